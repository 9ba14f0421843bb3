package org.worktime.app.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.worktime.app.HttpsServe;

/**
 * The vendors' own Bitrix24 clients — {@code @bitrix24/b24jssdk} 2.2.0 (the official JS SDK, which
 * talks to {@code https://} portals only) and {@code @2bad/bitrix} 2.5.1 — pinned with their lock
 * file in {@code src/test/node/bitrix-sdks}, installed by {@code npm ci} and run by Node.js against
 * a real {@code serve} over HTTPS with a throwaway certificate ({@code NODE_EXTRA_CA_CERTS}). The
 * script ({@code day.mjs}) uses each SDK's public API only and prints what each call returned to
 * its caller; this test asserts on that. It runs when {@code node} and {@code npm} are on the PATH
 * and says plainly that it was skipped otherwise ({@code .ci/run} installs Node.js).
 */
class RealBitrixClientsTest {

  private static final Path PROJECT = Path.of("src", "test", "node", "bitrix-sdks");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path work;

  @BeforeAll
  static void nodeAndNpmAreThere() throws Exception {
    boolean node = runs(List.of("node", "--version"));
    boolean npm = runs(List.of("npm", "--version"));
    if (!node || !npm) {
      String why =
          "RealBitrixClientsTest skipped: "
              + (node ? "" : "node ")
              + (npm ? "" : "npm ")
              + "not on the PATH (.ci/run installs Node.js from Debian)";
      System.out.println(why);
      Assumptions.abort(why);
    }
  }

  @Test
  void bothSdksCompleteADayInBothCredentialFormsAndSeeTheVendorsErrors() throws Exception {
    Path sdks = installed();
    HttpsServe serve = HttpsServe.start(Files.createDirectories(work.resolve("serve")));
    String secret;
    try {
      JsonNode hook =
          JSON.readTree(
              serve
                  .send("/api/v1/webhooks", "POST", "{\"employee\": 1, \"label\": \"SDK tests\"}")
                  .body());
      JsonNode client =
          JSON.readTree(
              serve
                  .send(
                      "/api/v1/oauth-clients",
                      "POST",
                      "{\"employee\": 1, \"label\": \"SDK tests\"}")
                  .body());
      secret = hook.get("secret").asText();

      ProcessBuilder run =
          new ProcessBuilder("node", "day.mjs").directory(sdks.toFile()).redirectErrorStream(false);
      run.environment().put("NODE_EXTRA_CA_CERTS", serve.certificate().toString());
      run.environment().put("BASE", serve.base());
      run.environment().put("HOOK_USER", "1");
      run.environment().put("HOOK_SECRET", secret);
      run.environment().put("TOKEN", serve.adminKey());
      run.environment().put("CLIENT_ID", client.get("client_id").asText());
      run.environment().put("CLIENT_SECRET", client.get("client_secret").asText());
      Process node = run.redirectError(work.resolve("node.err").toFile()).start();
      String printed = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(node.waitFor(3, TimeUnit.MINUTES)).isTrue();
      assertThat(node.exitValue())
          .as(printed + Files.readString(work.resolve("node.err")))
          .isZero();
      System.out.println("RealBitrixClientsTest: " + printed.strip());
      JsonNode out = JSON.readTree(printed);

      theJsSdkThroughAWebhook(out.get("b24jssdkWebhook"));
      theJsSdkAsAnOAuthApplication(out.get("b24jssdkOAuth"));
      twoBadBitrixThroughItsWebhookForm(out.get("twoBadBitrix"));
    } finally {
      serve.close();
    }
    // Everything the stopped server printed, its log included: the secret masked.
    assertThat(serve.output()).doesNotContain(secret).contains("/rest/1/***/");
  }

  private static void theJsSdkThroughAWebhook(JsonNode js) {
    assertThat(js.at("/before/result/STATUS").asText()).isEqualTo("CLOSED");
    assertThat(js.at("/before/time/operating_reset_at").isNumber()).isTrue();
    assertThat(js.at("/before/time/date_start").asText()).endsWith("+00:00");
    assertThat(js.at("/open/result/STATUS").asText()).isEqualTo("OPENED");
    assertThat(js.at("/pause/result/STATUS").asText()).isEqualTo("PAUSED");
    assertThat(js.at("/resume/result/STATUS").asText()).isEqualTo("OPENED");
    assertThat(js.at("/close/result/STATUS").asText()).isEqualTo("CLOSED");
    assertThat(js.at("/settings/result/UF_TIMEMAN").asBoolean()).isTrue();
    assertThat(js.at("/settings/result/ADMIN").asBoolean()).isTrue();
    assertThat(js.at("/batch/isSuccess").asBoolean()).as(js.get("batch").toString()).isTrue();
    assertThat(js.at("/batch/data/now/STATUS").asText()).isEqualTo("CLOSED");
    assertThat(js.at("/batch/data/rules/UF_TIMEMAN").asBoolean()).isTrue();
    assertThat(js.at("/wrongSecret/thrown").asText()).isEqualTo("AjaxError");
    assertThat(js.at("/wrongSecret/code").asText()).isEqualTo("INVALID_CREDENTIALS");
    assertThat(js.at("/wrongSecret/status").asInt()).isEqualTo(401);
    // The vendor documents an unknown user as 400 with an empty code; the SDK, finding no code,
    // reports the HTTP failure itself.
    assertThat(js.at("/unknownUser/status").asInt())
        .as(js.get("unknownUser").toString())
        .isEqualTo(400);
  }

  private static void theJsSdkAsAnOAuthApplication(JsonNode oauth) {
    assertThat(oauth.at("/status/result/STATUS").asText()).as(oauth.toString()).isEqualTo("CLOSED");
    assertThat(oauth.at("/settings/result/UF_TIMEMAN").asBoolean()).isTrue();
    // It began with a token the server did not know: invalid_token made the SDK refresh once.
    assertThat(oauth.get("refreshes").asInt()).isEqualTo(1);
  }

  private static void twoBadBitrixThroughItsWebhookForm(JsonNode two) {
    assertThat(two.at("/open/payload/result/STATUS").asText())
        .as(two.toString())
        .isEqualTo("OPENED");
    assertThat(two.at("/pause/payload/result/STATUS").asText()).isEqualTo("PAUSED");
    assertThat(two.at("/resume/payload/result/STATUS").asText()).isEqualTo("OPENED");
    assertThat(two.at("/close/payload/result/STATUS").asText()).isEqualTo("CLOSED");
    assertThat(two.at("/status/payload/result/STATUS").asText()).isEqualTo("CLOSED");
    assertThat(two.at("/status/payload/time/duration").isNumber()).isTrue();
    assertThat(two.at("/batch/payload/result/result/now/STATUS").asText()).isEqualTo("CLOSED");
    assertThat(two.at("/batch/payload/result/result/rules/UF_TIMEMAN").asBoolean()).isTrue();
    assertThat(two.at("/batch/payload/result/result_time/now/duration").isNumber()).isTrue();
    assertThat(two.at("/batchWithError/message").asText()).contains("[batch] failed to process");
    assertThat(two.at("/wrongSecret/status").asInt()).isEqualTo(401);
    assertThat(two.at("/wrongSecret/body/error").asText()).isEqualTo("INVALID_CREDENTIALS");
    assertThat(two.at("/unknownUser/status").asInt()).isEqualTo(400);
    assertThat(two.at("/unknownUser/body/error").asText()).isEmpty();
    assertThat(two.at("/unknownUser/body/error_description").asText()).isEqualTo("User not found");
    // Its token form sends no token at all (its hook writes to a field got 11 does not have): the
    // server can only say that none came.
    assertThat(two.at("/tokenForm/status").asInt()).isEqualTo(401);
    assertThat(two.at("/tokenForm/body/error").asText()).isEqualTo("NO_AUTH_FOUND");
  }

  /** The pinned SDKs, installed from their lock file into a copy of the project. */
  private static Path installed() throws Exception {
    Path copy = work.resolve("bitrix-sdks");
    Files.createDirectories(copy);
    for (String file : List.of("package.json", "package-lock.json", "day.mjs")) {
      Files.copy(PROJECT.resolve(file), copy.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
    Process npm =
        new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error")
            .directory(copy.toFile())
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("npm.log").toFile())
            .start();
    assertThat(npm.waitFor(5, TimeUnit.MINUTES)).as("npm ci within 5 minutes").isTrue();
    assertThat(npm.exitValue()).as(Files.readString(work.resolve("npm.log"))).isZero();
    return copy;
  }

  private static boolean runs(List<String> command) throws InterruptedException {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException absent) {
      return false;
    }
  }
}
