package org.worktime.adapters.rest.bitrix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * {@code batch} as the vendor documents it ({@code settings/how-to-call-rest-api/batch.md}) and as
 * the SDKs send it: @2bad/bitrix by GET with {@code cmd[name]=...} (its {@code client/methods/
 * batch.js}), the JS SDK by POST with a JSON {@code cmd} object or list and {@code halt} (its
 * {@code core/http/v2.mjs}).
 */
class BatchTest extends TimemanFixture {

  Reply batchJson(String token, String json) {
    return postJson("batch", token, json);
  }

  Reply batchJson(String token, String json, String idempotencyKey) {
    return send(
        HttpRequest.newBuilder(URI.create(base + "/rest/batch"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", idempotencyKey)
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .build());
  }

  static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void namedCommandsRunInOrderAndAnswerEachByName() {
    JsonNode batch =
        batchJson(
                flexibleToken,
                "{\"halt\": 0, \"cmd\": {\"open\": \"timeman.open\", \"Now\": \"timeman.status\"}}")
            .result();

    assertThat(batch.get("result").get("open").get("STATUS").asText()).isEqualTo("OPENED");
    assertThat(batch.get("result").get("Now").get("STATUS").asText()).isEqualTo("OPENED");
    assertThat(batch.get("result_error").isArray() && batch.get("result_error").isEmpty()).isTrue();
    assertThat(batch.get("result_total").isArray()).isTrue();
    assertThat(batch.get("result_next").isArray()).isTrue();
    assertThat(batch.get("result_time").get("open").get("duration").isNumber()).isTrue();
    assertThat(batch.get("result_time").get("Now").get("date_start").asText()).endsWith("+00:00");
    assertThat(get("timeman.status", auth(flexibleToken)).result().get("STATUS").asText())
        .isEqualTo("OPENED");
  }

  @Test
  void aListOfCommandsIsAnsweredAsLists() {
    JsonNode batch =
        batchJson(flexibleToken, "{\"cmd\": [\"timeman.status\", \"timeman.settings?USER_ID=6\"]}")
            .result();

    assertThat(batch.get("result").isArray()).isTrue();
    assertThat(batch.get("result").get(0).get("STATUS").asText()).isEqualTo("CLOSED");
    assertThat(batch.get("result").get(1).get("UF_TM_FREE").asBoolean()).isTrue();
    assertThat(batch.get("result_time").isArray()).isTrue();
  }

  @Test
  void theFormEncodingByGetAsTwoBadBitrixSendsIt() {
    String query =
        encoded("cmd[a]")
            + "="
            + encoded("timeman.open?" + "REPORT=" + encoded("מוקדם 🙂"))
            + "&"
            + encoded("cmd[b]")
            + "="
            + encoded("timeman.status")
            + "&access_token="
            + flexibleToken;

    JsonNode batch = get("batch", query).result();

    assertThat(batch.get("result").get("a").get("STATUS").asText()).isEqualTo("OPENED");
    assertThat(batch.get("result").get("b").get("STATUS").asText()).isEqualTo("OPENED");
  }

  @Test
  void aLaterCommandUsesAnEarlierResult() {
    get("timeman.open", auth(flexibleToken) + "&LAT=48.1&LON=11.5").result();
    clock.advance(Duration.ofHours(1));
    JsonNode batch =
        batchJson(
                flexibleToken,
                "{\"cmd\": {\"a\": \"timeman.status\","
                    + " \"b\": \"timeman.close?LAT=$result[a][LON_OPEN]&LON=$result[a][LAT_OPEN]\","
                    + " \"c\": \"timeman.status?USER_ID=$result[a][NOTHING]\"}}")
            .result();

    JsonNode closed = batch.get("result").get("b");
    assertThat(closed.get("LAT_CLOSE").doubleValue()).isEqualTo(11.5);
    assertThat(closed.get("LON_CLOSE").doubleValue()).isEqualTo(48.1);
    // A reference to nothing stays as written, and is then no user's number.
    assertThat(batch.get("result_error").get("c").get("error").asText())
        .isEqualTo("ERROR_ARGUMENT");
  }

  @Test
  void aFailedCommandIsAnsweredInResultErrorAndTheOthersStillRun() {
    JsonNode batch =
        batchJson(
                flexibleToken,
                "{\"cmd\": {\"other\": \"timeman.status?USER_ID=5\", \"nobody\":"
                    + " \"timeman.status?USER_ID=99\", \"none\": \"timeman.nothing\", \"inner\":"
                    + " \"batch?cmd[x]=timeman.status\", \"mine\": \"timeman.status\"}}")
            .result();

    JsonNode errors = batch.get("result_error");
    assertThat(errors.get("other").get("error").asText()).isEqualTo("ACCESS_DENIED");
    assertThat(errors.get("nobody").get("error").asText()).isEmpty();
    assertThat(errors.get("nobody").get("error_description").asText()).isEqualTo("User not found");
    assertThat(errors.get("none").get("error").asText()).isEqualTo("ERROR_METHOD_NOT_FOUND");
    assertThat(errors.get("inner").get("error").asText())
        .isEqualTo("ERROR_BATCH_METHOD_NOT_ALLOWED");
    assertThat(batch.get("result").get("mine").get("STATUS").asText()).isEqualTo("CLOSED");
    assertThat(batch.get("result").has("other")).isFalse();
  }

  @Test
  void haltStopsAtTheFirstError() {
    JsonNode batch =
        batchJson(
                flexibleToken,
                "{\"halt\": 1, \"cmd\": {\"pause\": \"timeman.pause\", \"open\": \"timeman.open\"}}")
            .result();

    assertThat(batch.get("result_error").get("pause").get("error").asText())
        .isEqualTo("WRONG_STATUS");
    assertThat(batch.get("result").isEmpty()).isTrue();
    assertThat(get("timeman.status", auth(flexibleToken)).result().get("STATUS").asText())
        .isEqualTo("CLOSED");
  }

  @Test
  void aListWithAFailureInTheMiddleIsKeyedByIndexAsThePhpArraysAre() {
    JsonNode batch =
        batchJson(
                flexibleToken,
                "{\"cmd\": [\"timeman.status\", \"timeman.pause\", \"timeman.settings\"]}")
            .result();

    assertThat(batch.get("result").isObject()).isTrue();
    assertThat(batch.get("result").has("0")).isTrue();
    assertThat(batch.get("result").has("2")).isTrue();
    assertThat(batch.get("result_error").get("1").get("error").asText()).isEqualTo("WRONG_STATUS");
  }

  @Test
  void moreThanFiftyCommandsAreRefusedWholeAndNoneRuns() {
    StringBuilder cmd = new StringBuilder("{\"cmd\": [\"timeman.open\"");
    for (int i = 1; i <= 50; i++) {
      cmd.append(", \"timeman.status\"");
    }
    batchJson(flexibleToken, cmd.append("]}").toString())
        .isError(400, "ERROR_BATCH_LENGTH_EXCEEDED");

    assertThat(get("timeman.status", auth(flexibleToken)).result().get("STATUS").asText())
        .isEqualTo("CLOSED");
  }

  @Test
  void aRetriedBatchWithItsIdempotencyKeyReplaysEveryCommand() {
    String json = "{\"cmd\": {\"open\": \"timeman.open\", \"pause\": \"timeman.pause\"}}";
    JsonNode first = batchJson(flexibleToken, json, "batch-1").result();
    clock.advance(Duration.ofMinutes(5));
    JsonNode again = batchJson(flexibleToken, json, "batch-1").result();

    assertThat(again.get("result")).isEqualTo(first.get("result"));
    assertThat(again.get("result_error").isEmpty()).isTrue();
    assertThat(
            batchJson(flexibleToken, "{\"cmd\": {\"open\": \"timeman.close\"}}", "batch-1")
                .result()
                .get("result_error")
                .get("open")
                .get("error")
                .asText())
        .isEqualTo("IDEMPOTENCY_KEY_REUSED");
  }

  @Test
  void aBatchNeedsCredentialsLikeAnyCall() {
    postJson("batch", "nothing", "{\"cmd\": {\"a\": \"timeman.open\"}}")
        .isError(401, "invalid_token");
    get("batch", "cmd%5Ba%5D=timeman.open").isError(401, "NO_AUTH_FOUND");
    batchJson(flexibleToken, "{\"cmd\": {\"a\": 5}}").isError(400, "ERROR_ARGUMENT");
    batchJson(flexibleToken, "{\"halt\": \"maybe\", \"cmd\": {}}").isError(400, "ERROR_ARGUMENT");
  }
}
