package org.worktime.adapters.rest.bitrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** No input reaches a 500: each is answered 400, 404, 405 or 413 in Bitrix's error shape. */
class MalformedTimemanRequestsTest extends TimemanFixture {

  @ParameterizedTest
  @MethodSource("everyMethod")
  void aBodyThatIsNotJsonIsAnInvalidRequest(String method) {
    postJson(method, flexibleToken, "{\"USER_ID\": 6,").isError(400, "INVALID_REQUEST");
    postJson(method, flexibleToken, "{} {}").isError(400, "INVALID_REQUEST");
    postJson(method, flexibleToken, "[6]").isError(400, "INVALID_REQUEST");
    postJson(method, flexibleToken, "\"6\"").isError(400, "INVALID_REQUEST");
  }

  @ParameterizedTest
  @MethodSource("everyMethod")
  void aUserIdOfTheWrongTypeIsAnArgumentError(String method) {
    postJson(method, flexibleToken, "{\"USER_ID\": {\"id\": 6}}").isError(400, "ERROR_ARGUMENT");
    postJson(method, flexibleToken, "{\"USER_ID\": [6]}").isError(400, "ERROR_ARGUMENT");
    postJson(method, flexibleToken, "{\"USER_ID\": true}").isError(400, "ERROR_ARGUMENT");
    postJson(method, flexibleToken, "{\"USER_ID\": 6.5}").isError(400, "ERROR_ARGUMENT");
  }

  @ParameterizedTest
  @MethodSource("everyMethod")
  void aParameterGivenTwiceInAnySpellingIsAnArgumentError(String method) {
    get(method, auth(flexibleToken) + "&USER_ID=6&user_id=6").isError(400, "ERROR_ARGUMENT");
    send(HttpRequest.newBuilder(URI.create(base + "/rest/" + method + "?user_id=6"))
            .header("Authorization", "Bearer " + flexibleToken)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"USER_ID\": 6}"))
            .build())
        .isError(400, "ERROR_ARGUMENT");
    postJson(method, flexibleToken, "{\"USER_ID\": 6, \"USER_ID\": 7}")
        .isError(400, "INVALID_REQUEST");
  }

  @ParameterizedTest
  @MethodSource("everyMethod")
  void aBrokenPercentEscapeOrInvalidUtf8IsAnInvalidRequest(String method) {
    get(method, auth(flexibleToken) + "&REPORT=%E2%28").isError(400, "INVALID_REQUEST");
    rawGet("/rest/" + method + "?" + auth(flexibleToken) + "&REPORT=%ZZ")
        .isError(400, "INVALID_REQUEST");
    rawGet("/rest/" + method + "?" + auth(flexibleToken) + "&REPORT=%4")
        .isError(400, "INVALID_REQUEST");
    send(HttpRequest.newBuilder(URI.create(base + "/rest/" + method))
            .header("Authorization", "Bearer " + flexibleToken)
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofByteArray(
                    new byte[] {'{', '"', 'R', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}))
            .build())
        .isError(400, "INVALID_REQUEST");
  }

  @ParameterizedTest
  @MethodSource("everyMethod")
  void aBodyLargerThanTheLimitIsTooLarge(String method) {
    String huge = "{\"REPORT\": \"" + "x".repeat(1024 * 1024) + "\"}";

    postJson(method, flexibleToken, huge).isError(413, "REQUEST_TOO_LARGE");
  }

  @ParameterizedTest
  @MethodSource("everyMethod")
  void aBodyOfAnotherMediaTypeIsAnInvalidRequest(String method) {
    send(HttpRequest.newBuilder(URI.create(base + "/rest/" + method))
            .header("Authorization", "Bearer " + flexibleToken)
            .header("Content-Type", "application/xml")
            .POST(HttpRequest.BodyPublishers.ofString("<user_id>6</user_id>"))
            .build())
        .isError(400, "INVALID_REQUEST");
  }

  @ParameterizedTest
  @MethodSource("everyMethod")
  void anotherHttpMethodIsNotAllowed(String method) {
    send(HttpRequest.newBuilder(URI.create(base + "/rest/" + method))
            .header("Authorization", "Bearer " + flexibleToken)
            .PUT(HttpRequest.BodyPublishers.ofString("{}"))
            .build())
        .isError(405, "ERROR_METHOD_NOT_ALLOWED");
  }

  @ParameterizedTest
  @ValueSource(strings = {"timeman.open", "timeman.close"})
  void aPositionThatIsNotOneIsAnArgumentError(String method) {
    postJson(method, flexibleToken, "{\"LAT\": \"abc\", \"LON\": 20}")
        .isError(400, "ERROR_ARGUMENT");
    postJson(method, flexibleToken, "{\"LAT\": 100, \"LON\": 20}").isError(400, "ERROR_ARGUMENT");
    postJson(method, flexibleToken, "{\"LAT\": 54, \"LON\": 181}").isError(400, "ERROR_ARGUMENT");
    postJson(method, flexibleToken, "{\"LAT\": 54}").isError(400, "ERROR_ARGUMENT");
    postJson(method, flexibleToken, "{\"LAT\": {}, \"LON\": 20}").isError(400, "ERROR_ARGUMENT");
    get(method, auth(flexibleToken) + "&LAT=NaN&LON=1").isError(400, "ERROR_ARGUMENT");
    get(method, auth(flexibleToken) + "&LAT=1e400&LON=1").isError(400, "ERROR_ARGUMENT");
    get(method, auth(flexibleToken) + "&LAT=0x1p3&LON=1").isError(400, "ERROR_ARGUMENT");
  }

  @ParameterizedTest
  @ValueSource(strings = {"timeman.open", "timeman.close"})
  void aTimeOfTheWrongTypeIsAWrongDatetimeFormat(String method) {
    postJson(method, flexibleToken, "{\"TIME\": 1492731000}").isError(400, "WRONG_DATETIME_FORMAT");
    postJson(method, flexibleToken, "{\"TIME\": [\"2017-04-21T07:30:00+08:00\"]}")
        .isError(400, "ERROR_ARGUMENT");
    postJson(method, flexibleToken, "{\"TIME\": \"2017-04-21T07:30:00.5+08:00\"}")
        .isError(400, "WRONG_DATETIME_FORMAT");
  }

  @ParameterizedTest
  @ValueSource(strings = {"timeman.open", "timeman.close"})
  void aReportThatIsNotValidUnicodeIsAnArgumentError(String method) {
    postJson(method, flexibleToken, "{\"REPORT\": \"broken \\ud800 text\"}")
        .isError(400, "ERROR_ARGUMENT");
    postJson(method, flexibleToken, "{\"REPORT\": \"nul \\u0000 text\"}")
        .isError(400, "ERROR_ARGUMENT");
    postJson(method, flexibleToken, "{\"REPORT\": \"" + "x".repeat(4001) + "\"}")
        .isError(400, "ERROR_ARGUMENT");
  }

  @Test
  void anInvalidIdempotencyKeyIsAnArgumentError() {
    send(HttpRequest.newBuilder(URI.create(base + "/rest/timeman.open?" + auth(flexibleToken)))
            .header("Idempotency-Key", "has spaces in it")
            .GET()
            .build())
        .isError(400, "ERROR_ARGUMENT");
  }

  @Test
  void aPathOutsideEveryDialectIsAJsonNotFound() {
    Reply reply =
        send(HttpRequest.newBuilder(URI.create(base + "/nowhere?auth=secret")).GET().build());

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.contentType().toLowerCase()).contains("application/json");
    assertThat(reply.json().has("error")).isTrue();
    assertThat(reply.text()).doesNotContain("secret");
  }
}
