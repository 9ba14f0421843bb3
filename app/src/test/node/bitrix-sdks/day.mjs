// Drives the vendors' own Bitrix24 clients against a running `worktime serve` over HTTPS, through
// their public APIs only, and prints one JSON object: what each call returned to its caller. The
// Java test (app's RealBitrixClientsTest) starts the server, issues the credentials, trusts the
// throwaway certificate through NODE_EXTRA_CA_CERTS and asserts on what is printed here.
//
// Environment: BASE (https://127.0.0.1:<port>), HOOK_USER and HOOK_SECRET (a webhook of an
// employee), TOKEN (an API key of the same employee), CLIENT_ID and CLIENT_SECRET (an OAuth client
// of the same employee, for the JS SDK's token refresh).
import { B24Hook, B24OAuth } from '@bitrix24/b24jssdk';
import twoBad from '@2bad/bitrix';

const { Bitrix } = twoBad;
const env = process.env;
const out = {};

/** What the JS SDK gives its caller for one call: the result and time, or the error it threw. */
async function jsSdk(b24, method, params = {}) {
  try {
    const answer = await b24.actions.v2.call.make({ method, params });
    return answer.isSuccess
      ? { result: answer.getData().result, time: answer.getData().time }
      : { errors: answer.getErrorMessages() };
  } catch (error) {
    return { thrown: error.name, code: error.code, status: error.status };
  }
}

/** What @2bad/bitrix gives its caller: the payload, or the error got threw (status and body). */
async function twoBadSdk(call) {
  try {
    return { payload: await call() };
  } catch (error) {
    return { thrown: error.name, status: error.response?.statusCode, body: error.response?.body, message: error.message };
  }
}

const webhookUrl = `${env.BASE}/rest/${env.HOOK_USER}/${env.HOOK_SECRET}`;

// @bitrix24/b24jssdk, inbound webhook: a whole day, settings, a batch, a wrong secret, an unknown user.
const hook = B24Hook.fromWebhookUrl(webhookUrl);
hook.offClientSideWarning();
const js = {};
js.before = await jsSdk(hook, 'timeman.status');
js.open = await jsSdk(hook, 'timeman.open', { REPORT: 'בוקר טוב 🌅' });
js.pause = await jsSdk(hook, 'timeman.pause');
js.resume = await jsSdk(hook, 'timeman.open');
js.close = await jsSdk(hook, 'timeman.close');
js.settings = await jsSdk(hook, 'timeman.settings');
const batch = await hook.actions.v2.batch.make({
  calls: { now: { method: 'timeman.status' }, rules: ['timeman.settings', {}] },
  options: { isHaltOnError: false }
});
js.batch = { isSuccess: batch.isSuccess, data: batch.getData(), errors: batch.getErrorMessages() };
const wrong = B24Hook.fromWebhookUrl(`${env.BASE}/rest/${env.HOOK_USER}/${env.HOOK_SECRET}x`);
wrong.offClientSideWarning();
js.wrongSecret = await jsSdk(wrong, 'timeman.status');
js.unknownUser = await jsSdk(hook, 'timeman.status', { USER_ID: 99 });
out.b24jssdkWebhook = js;

// @bitrix24/b24jssdk, OAuth application: the token is sent as `auth`; it starts with a token the
// server does not know, so the SDK's refresh (here: worktime's client-credentials grant) must run.
let refreshes = 0;
const oauth = new B24OAuth(
  {
    applicationToken: '',
    userId: Number(env.HOOK_USER),
    memberId: 'worktime',
    accessToken: 'wt_unknown.token',
    refreshToken: 'unused',
    expires: Math.floor(Date.now() / 1000) + 3600,
    expiresIn: 3600,
    scope: 'timeman',
    domain: env.BASE,
    clientEndpoint: `${env.BASE}/rest/`,
    serverEndpoint: `${env.BASE}/rest/`,
    status: 'L'
  },
  { clientId: env.CLIENT_ID, clientSecret: env.CLIENT_SECRET }
);
oauth.offClientSideWarning();
oauth.setCustomRefreshAuth(async () => {
  refreshes++;
  const answer = await fetch(`${env.BASE}/oauth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: env.CLIENT_ID, client_secret: env.CLIENT_SECRET })
  });
  const token = await answer.json();
  return {
    access_token: token.access_token,
    refresh_token: 'unused',
    expires: String(Math.floor(Date.now() / 1000) + token.expires_in),
    expires_in: String(token.expires_in),
    client_endpoint: `${env.BASE}/rest/`,
    server_endpoint: `${env.BASE}/rest/`,
    scope: 'timeman',
    status: 'L'
  };
});
out.b24jssdkOAuth = { status: await jsSdk(oauth, 'timeman.status'), settings: await jsSdk(oauth, 'timeman.settings') };
out.b24jssdkOAuth.refreshes = refreshes;

// @2bad/bitrix, both of its forms: the inbound webhook as its base URL, and a token. Its token
// form cannot work against any server: its beforeRequest hook (client/hooks/addAccessToken.js)
// appends `access_token` to `options.path`, which got 11 does not set, so no token is ever sent.
// What it does send is recorded here, and the day goes through the webhook form.
const viaHook = Bitrix(webhookUrl);
const viaToken = Bitrix(`${env.BASE}/rest`, env.TOKEN);
const two = {};
two.open = await twoBadSdk(() => viaHook.call('timeman.open', {}));
two.pause = await twoBadSdk(() => viaHook.call('timeman.pause', {}));
two.resume = await twoBadSdk(() => viaHook.call('timeman.open', {}));
two.close = await twoBadSdk(() => viaHook.call('timeman.close', {}));
two.status = await twoBadSdk(() => viaHook.call('timeman.status', {}));
two.batch = await twoBadSdk(() =>
  viaHook.batch({ now: { method: 'timeman.status', params: {} }, rules: { method: 'timeman.settings', params: { USER_ID: env.HOOK_USER } } })
);
two.batchWithError = await twoBadSdk(() => viaHook.batch({ nobody: { method: 'timeman.status', params: { USER_ID: 99 } } }));
two.wrongSecret = await twoBadSdk(() => Bitrix(`${webhookUrl}x`).call('timeman.status', {}));
two.unknownUser = await twoBadSdk(() => viaHook.call('timeman.status', { USER_ID: 99 }));
two.tokenForm = await twoBadSdk(() => viaToken.call('timeman.status', {}));
out.twoBadBitrix = two;

process.stdout.write(JSON.stringify(out) + '\n');
