package org.worktime.adapters.rest.bitrix;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TimemanAuthenticationTest extends TimemanFixture {

  @ParameterizedTest
  @MethodSource("everyMethod")
  void aCallWithoutAnyTokenIsRefusedAsNoAuthFound(String method) {
    get(method, "").isError(401, "NO_AUTH_FOUND");
    get(method, "auth=").isError(401, "NO_AUTH_FOUND");
    send(HttpRequest.newBuilder(URI.create(base + "/rest/" + method))
            .header("Authorization", "Basic dXNlcjpwYXNz")
            .GET()
            .build())
        .isError(401, "NO_AUTH_FOUND");
  }

  @ParameterizedTest
  @MethodSource("everyMethod")
  void anUnknownTokenIsRefusedAsInvalidTokenNotAsExpiredOnWhichClientsRefresh(String method) {
    Reply reply = get(method, "auth=wt_not-a-token").isError(401, "invalid_token");
    assertThat(reply.text()).doesNotContain("wt_not-a-token");
    postJson(method, "xxxxxx", "{}").isError(401, "invalid_token");
  }

  @ParameterizedTest
  @MethodSource("everyMethod")
  void aRevokedKeyIsRefusedAsInvalidToken(String method) {
    var issued = engine.apiKeys().issue(asAdmin, flexible.id(), "old", Option.none()).get();
    engine.apiKeys().revoke(asAdmin, issued.key().id()).get();

    get(method, auth(issued.token())).isError(401, "invalid_token");
  }

  @ParameterizedTest
  @MethodSource("everyMethod")
  void anExpiredApiKeyIsRefusedAsInvalidTokenForNoRefreshWouldHelp(String method) {
    var issued =
        engine
            .apiKeys()
            .issue(asAdmin, flexible.id(), "short", Option.some(Duration.ofHours(1)))
            .get();
    get("timeman.status", auth(issued.token())).result();
    clock.advance(Duration.ofHours(2));

    get(method, auth(issued.token())).isError(401, "invalid_token");
  }

  @ParameterizedTest
  @MethodSource("everyMethod")
  void anExpiredOAuthAccessTokenIsRefusedAsExpiredTokenOnWhichClientsRefresh(String method) {
    var client = engine.apiKeys().registerClient(asAdmin, flexible.id(), "app").get();
    String token =
        engine
            .authenticate()
            .exchange(client.clientId(), client.clientSecret(), Duration.ofHours(1))
            .get()
            .token();
    get("timeman.status", "access_token=" + token).result();
    clock.advance(Duration.ofHours(2));

    get(method, auth(token)).isError(401, "expired_token");
    String fresh =
        engine
            .authenticate()
            .exchange(client.clientId(), client.clientSecret(), Duration.ofHours(1))
            .get()
            .token();
    get(method, "access_token=" + fresh).isAuthenticated();
  }

  @ParameterizedTest
  @MethodSource("everyMethod")
  void anEmployeeActingOnAnotherUserIsDenied(String method) {
    get(method, auth(flexibleToken) + "&USER_ID=5").isError(403, "ACCESS_DENIED");
  }

  @ParameterizedTest
  @MethodSource("everyMethod")
  void aBearerHeaderWorksLikeTheAuthParameter(String method) {
    Reply reply =
        send(
            HttpRequest.newBuilder(URI.create(base + "/rest/" + method + "?USER_ID=6"))
                .header("Authorization", "Bearer " + flexibleToken)
                .GET()
                .build());

    assertThat(reply.status()).isIn(200, 400);
    if (reply.status() == 400) {
      reply.isError(400, "WRONG_STATUS");
    }
  }
}
