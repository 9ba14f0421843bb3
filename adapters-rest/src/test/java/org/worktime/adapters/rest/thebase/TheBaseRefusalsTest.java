package org.worktime.adapters.rest.thebase;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Authentication, malformed input and wrong routes: each is a 4xx in TheBase's error shape with a
 * Hebrew message, never a 500.
 */
class TheBaseRefusalsTest extends TheBaseFixture {

  private HttpRequest.Builder to(String method, String path, String authorization) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .method(method, HttpRequest.BodyPublishers.ofString("{}"));
    return authorization == null ? request : request.header("Authorization", authorization);
  }

  private Reply call(String route, String authorization) {
    String[] parts = route.split(" ");
    return send(to(parts[0], parts[1], authorization).build());
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST /v2/timer/start", "PUT /v2/timer/12345", "GET /v2/timer/open"})
  void withoutATokenEveryRouteIsUnauthorizedWithABearerChallenge(String route) {
    Reply none = call(route, null).isError(401, "unauthorized");
    assertThat(none.challenge()).startsWith("Bearer");
    call(route, "Bearer ").isError(401, "unauthorized");
    call(route, "Basic ZGFuYTpzZWNyZXQ=").isError(401, "unauthorized");
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST /v2/timer/start", "PUT /v2/timer/12345", "GET /v2/timer/open"})
  void anUnknownRevokedOrExpiredTokenIsAnInvalidToken(String route) {
    Reply unknown = call(route, "Bearer wt_not-a-token").isError(401, "invalid_token");
    assertThat(unknown.text()).doesNotContain("wt_not-a-token");

    var revoked = engine.apiKeys().issue(asAdmin, dana.id(), "old", Option.none()).get();
    engine.apiKeys().revoke(asAdmin, revoked.key().id()).get();
    call(route, "Bearer " + revoked.token()).isError(401, "invalid_token");

    var brief =
        engine
            .apiKeys()
            .issue(asAdmin, dana.id(), "brief", Option.some(Duration.ofMinutes(1)))
            .get();
    clock.advance(Duration.ofMinutes(2));
    call(route, "Bearer " + brief.token()).isError(401, "invalid_token");
  }

  @Test
  void aBodyThatIsNotAJsonObjectIsAnInvalidRequest() {
    for (String body : new String[] {"{\"owner\": ", "{} {}", "[1]", "\"owner\"", "null"}) {
      start(danaToken, body).isError(400, "invalid_request");
    }
  }

  @Test
  void aKeyGivenTwiceIsRefused() {
    start(danaToken, "{\"owner\": \"1\", \"owner\": \"2\"}").isError(400, "invalid_request");
  }

  @Test
  void fieldsOfTheWrongTypeAreInvalidParameters() {
    String owner = "\"owner\": \"" + decimal(dana) + "\"";
    start(danaToken, "{\"owner\": {\"id\": 1}}").isError(400, "invalid_parameter");
    start(danaToken, "{\"owner\": [\"1\"]}").isError(400, "invalid_parameter");
    start(danaToken, "{\"owner\": true}").isError(400, "invalid_parameter");
    start(danaToken, "{" + owner + ", \"comment\": [\"a\"]}").isError(400, "invalid_parameter");
    start(danaToken, "{" + owner + ", \"start_time\": 1632328388}")
        .isError(400, "invalid_start_time");
    start(danaToken, "{" + owner + ", \"account_id\": \"A\\tB\"}")
        .isError(400, "invalid_parameter");
    start(danaToken, "{" + owner + ", \"comment\": \"" + "x".repeat(4001) + "\"}")
        .isError(400, "invalid_parameter");
  }

  @Test
  void unknownFieldsAreIgnored() {
    start(danaToken, "{\"owner\": \"" + decimal(dana) + "\", \"color\": \"blue\", \"n\": 3}")
        .created();
  }

  @Test
  void anOwnerSentAsAJsonNumberIsReadExactly() {
    start(danaToken, "{\"owner\": " + decimal(dana) + "}").created();
  }

  @Test
  void invalidUtf8IsAnInvalidRequestNotRepairedText() {
    byte[] broken = "{\"owner\": \"1\", \"comment\": \"\"}".getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[broken.length + 2];
    int at = new String(broken, StandardCharsets.UTF_8).lastIndexOf('"');
    System.arraycopy(broken, 0, body, 0, at);
    body[at] = (byte) 0xD7;
    body[at + 1] = (byte) 0x28;
    System.arraycopy(broken, at, body, at + 2, broken.length - at);

    send(HttpRequest.newBuilder(URI.create(base + "/v2/timer/start"))
            .header("Authorization", "Bearer " + danaToken)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build())
        .isError(400, "invalid_request");
  }

  @Test
  void aBodyOverTheLimitIsTooLarge() {
    String huge = "{\"comment\": \"" + "x".repeat((int) (1024 * 1024)) + "\"}";

    start(danaToken, huge).isError(413, "request_too_large");
  }

  @Test
  void anotherMediaTypeIsAnInvalidRequest() {
    send(HttpRequest.newBuilder(URI.create(base + "/v2/timer/start"))
            .header("Authorization", "Bearer " + danaToken)
            .header("Content-Type", "application/xml")
            .POST(HttpRequest.BodyPublishers.ofString("<owner>1</owner>"))
            .build())
        .isError(400, "invalid_request");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "GET /v2/timer/start",
        "PUT /v2/timer/start",
        "DELETE /v2/timer/start",
        "POST /v2/timer/open",
        "DELETE /v2/timer/open",
        "GET /v2/timer/12345",
        "POST /v2/timer/12345",
        "DELETE /v2/timer/12345",
        "PATCH /v2/timer/12345"
      })
  void anotherHttpMethodIsNotAllowed(String route) {
    call(route, "Bearer " + danaToken).isError(405, "method_not_allowed");
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET /v2/timer", "GET /v2/timers/open", "POST /v2/timer/12345/stop"})
  void anUnknownPathUnderV2IsNotFoundInTheBasesShape(String route) {
    call(route, "Bearer " + danaToken).isError(404, "not_found");
  }
}
