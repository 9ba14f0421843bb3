package org.worktime.adapters.jsonrpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * Every example of the JSON-RPC 2.0 specification (section 7), with our methods in place of its
 * {@code subtract}, {@code sum}, {@code update} and {@code get_data}, and the id rules besides.
 */
class TheJsonRpcSpecificationExamplesTest extends JsonRpcFixture {

  private static final String DAYS = "[\"2024-10-09\",\"2024-10-10\"]";
  private static final String NAMED = "{\"startDate\":\"2024-10-09\",\"endDate\":\"2024-10-10\"}";

  @Test
  void aCallWithPositionalParamsReadsThemInTheDocumentedOrder() {
    replayTheSeed();

    Reply reply =
        post(
            adminToken,
            "{\"jsonrpc\":\"2.0\",\"method\":\"sessions\",\"params\":" + DAYS + ",\"id\":1}");

    assertThat(reply.status()).isEqualTo(200);
    JsonNode response = reply.json();
    assertThat(response.get("id").intValue()).isEqualTo(1);
    assertThat(response.get("result")).hasSize(2);
    assertThat(response.get("result")).isEqualTo(result("sessions", NAMED));
  }

  @Test
  void aCallWithNamedParamsInAnyOrderGivesTheSameResult() {
    replayTheSeed();

    Reply reply =
        post(
            adminToken,
            "{\"jsonrpc\":\"2.0\",\"method\":\"lunches\",\"params\":"
                + "{\"endDate\":\"2024-10-10\",\"startDate\":\"2024-10-09\"},\"id\":3}");

    assertThat(reply.json().get("id").intValue()).isEqualTo(3);
    assertThat(reply.json().get("result")).isEqualTo(result("lunches", NAMED));
  }

  @Test
  void aNotificationIsCarriedOutAndAnsweredWithNothing() {
    clock.set(at("2024-10-09 08:00:00"));

    Reply reply =
        post(
            adminToken,
            "{\"jsonrpc\":\"2.0\",\"method\":\"clock-in\",\"params\":{\"employeeNumber\":1265}}");

    assertThat(reply.status()).isEqualTo(204);
    assertThat(reply.body()).isEmpty();
    assertThat(result("sessions", NAMED).get(0).get("employeeNumber").intValue()).isEqualTo(1265);
  }

  @Test
  void aNotificationOfAnUnknownMethodIsAnsweredWithNothingToo() {
    Reply reply = post(adminToken, "{\"jsonrpc\":\"2.0\",\"method\":\"foobar\"}");

    assertThat(reply.status()).isEqualTo(204);
    assertThat(reply.body()).isEmpty();
  }

  @Test
  void aMethodThatDoesNotExistIsMethodNotFoundUnderTheCallsId() {
    Reply reply = post(adminToken, "{\"jsonrpc\":\"2.0\",\"method\":\"foobar\",\"id\":\"1\"}");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("id").asText()).isEqualTo("1");
    assertThat(reply.json().get("error").get("code").intValue()).isEqualTo(-32601);
    assertThat(reply.json().get("error").get("message").asText()).isEqualTo("Method not found");
    assertThat(reply.json().get("error").get("data").get("method").asText()).isEqualTo("foobar");
  }

  @Test
  void invalidJsonIsAParseErrorWithANullId() {
    Reply reply =
        post(adminToken, "{\"jsonrpc\":\"2.0\",\"method\":\"foobar, \"params\":\"bar\", \"baz]");

    assertParseError(reply);
  }

  @Test
  void anInvalidRequestObjectIsAnInvalidRequestWithANullId() {
    Reply reply = post(adminToken, "{\"jsonrpc\":\"2.0\",\"method\":1,\"params\":\"bar\"}");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("id").isNull()).isTrue();
    assertThat(reply.json().get("error").get("code").intValue()).isEqualTo(-32600);
    assertThat(reply.json().get("error").get("message").asText()).isEqualTo("Invalid Request");
  }

  @Test
  void aBatchThatIsInvalidJsonIsOneParseError() {
    Reply reply =
        post(
            adminToken,
            "[{\"jsonrpc\":\"2.0\",\"method\":\"sessions\",\"params\":"
                + DAYS
                + ",\"id\":\"1\"},{\"jsonrpc\":\"2.0\",\"method\"]");

    assertParseError(reply);
  }

  @Test
  void anEmptyBatchIsOneInvalidRequestNotAnArray() {
    Reply reply = post(adminToken, "[]");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().isObject()).isTrue();
    assertThat(reply.json().get("id").isNull()).isTrue();
    assertThat(reply.json().get("error").get("code").intValue()).isEqualTo(-32600);
  }

  @Test
  void anInvalidBatchOfOneAnswersOneInvalidRequest() {
    JsonNode answers = post(adminToken, "[1]").json();

    assertThat(answers.isArray()).isTrue();
    assertThat(answers).hasSize(1);
    assertInvalidRequest(answers.get(0));
  }

  @Test
  void anInvalidBatchOfThreeAnswersThreeInvalidRequests() {
    JsonNode answers = post(adminToken, "[1,2,3]").json();

    assertThat(answers).hasSize(3);
    answers.forEach(TheJsonRpcSpecificationExamplesTest::assertInvalidRequest);
  }

  @Test
  void aMixedBatchAnswersEveryCallButTheNotificationsInOrder() {
    replayTheSeed();

    JsonNode answers =
        post(
                adminToken,
                "[{\"jsonrpc\":\"2.0\",\"method\":\"sessions\",\"params\":"
                    + DAYS
                    + ",\"id\":\"1\"},"
                    + "{\"jsonrpc\":\"2.0\",\"method\":\"employees\"},"
                    + "{\"jsonrpc\":\"2.0\",\"method\":\"lunches\",\"params\":"
                    + NAMED
                    + ",\"id\":\"2\"},"
                    + "{\"foo\":\"boo\"},"
                    + "{\"jsonrpc\":\"2.0\",\"method\":\"foo.get\",\"params\":{\"name\":\"myself\"},\"id\":\"5\"},"
                    + "{\"jsonrpc\":\"2.0\",\"method\":\"employees\",\"id\":\"9\"}]")
            .json();

    assertThat(answers).hasSize(5);
    assertThat(answers.get(0).get("id").asText()).isEqualTo("1");
    assertThat(answers.get(0).get("result")).isEqualTo(result("sessions", NAMED));
    assertThat(answers.get(1).get("id").asText()).isEqualTo("2");
    assertThat(answers.get(1).get("result")).isEqualTo(result("lunches", NAMED));
    assertInvalidRequest(answers.get(2));
    assertThat(answers.get(3).get("id").asText()).isEqualTo("5");
    assertThat(answers.get(3).get("error").get("code").intValue()).isEqualTo(-32601);
    assertThat(answers.get(4).get("id").asText()).isEqualTo("9");
    assertThat(answers.get(4).get("result")).hasSize(3);
  }

  @Test
  void aBatchOfNotificationsOnlyIsCarriedOutAndAnsweredWithNothing() {
    clock.set(at("2024-10-09 08:00:00"));

    Reply reply =
        post(
            adminToken,
            "[{\"jsonrpc\":\"2.0\",\"method\":\"clock-in\",\"params\":{\"employeeNumber\":1265}},"
                + "{\"jsonrpc\":\"2.0\",\"method\":\"clock-in\",\"params\":{\"employeeNumber\":1267}}]");

    assertThat(reply.status()).isEqualTo(204);
    assertThat(reply.body()).isEmpty();
    assertThat(result("sessions", NAMED)).hasSize(2);
  }

  @Test
  void everyKindOfIdIsEchoedAsWritten() {
    String[] ids = {
      "\"abc\"", "\"\"", "0", "-7", "1.50", "2.5e-3", "123456789012345678901234567890", "null"
    };
    for (String id : ids) {
      Reply reply =
          post(adminToken, "{\"jsonrpc\":\"2.0\",\"method\":\"employees\",\"id\":" + id + "}");

      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.text())
          .as(id)
          .startsWith("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"result\":[");
    }
  }

  @Test
  void anErrorKeepsTheIdOfAWellFormedCall() {
    Reply reply = post(adminToken, "{\"jsonrpc\":\"2.0\",\"method\":\"nope\",\"id\":1.50}");

    assertThat(reply.text())
        .startsWith("{\"jsonrpc\":\"2.0\",\"id\":1.50,\"error\":{\"code\":-32601");
  }

  @Test
  void aRequestOfAnotherVersionIsInvalidUnderItsOwnId() {
    JsonNode answer =
        post(adminToken, "{\"jsonrpc\":\"1.0\",\"method\":\"employees\",\"id\":4}").json();

    assertThat(answer.get("id").intValue()).isEqualTo(4);
    assertThat(answer.get("error").get("code").intValue()).isEqualTo(-32600);
    assertThat(answer.get("error").get("data").get("reason").asText()).contains("2.0");
  }

  @Test
  void aRequestWithoutAVersionAnIdThatIsAnObjectOrParamsThatAreAStringIsInvalid() {
    String[] invalid = {
      "{\"method\":\"employees\",\"id\":1}",
      "{\"jsonrpc\":2.0,\"method\":\"employees\",\"id\":1}",
      "{\"jsonrpc\":\"2.0\",\"method\":\"employees\",\"id\":{\"a\":1}}",
      "{\"jsonrpc\":\"2.0\",\"method\":\"employees\",\"id\":[1]}",
      "{\"jsonrpc\":\"2.0\",\"method\":\"employees\",\"id\":true}",
      "{\"jsonrpc\":\"2.0\",\"method\":\"sessions\",\"params\":\"2024-10-09\",\"id\":1}",
      "{\"jsonrpc\":\"2.0\",\"id\":1}",
      "\"sessions\"",
      "42"
    };
    for (String body : invalid) {
      JsonNode answer = post(adminToken, body).json();

      assertThat(answer.get("error").get("code").intValue()).as(body).isEqualTo(-32600);
    }
  }

  @Test
  void duplicateNamesAndTrailingTextAreParseErrors() {
    assertParseError(
        post(adminToken, "{\"jsonrpc\":\"2.0\",\"method\":\"employees\",\"id\":1,\"id\":2}"));
    assertParseError(
        post(adminToken, "{\"jsonrpc\":\"2.0\",\"method\":\"employees\",\"id\":1} {}"));
    assertParseError(post(adminToken, ""));
  }

  @Test
  void aBatchMayMixReadsAndWritesAndTheyHappenInOrder() {
    clock.set(at("2024-10-09 08:00:00"));

    JsonNode answers =
        post(
                adminToken,
                "[{\"jsonrpc\":\"2.0\",\"method\":\"clock-in\",\"params\":{\"employeeNumber\":1265},\"id\":1},"
                    + "{\"jsonrpc\":\"2.0\",\"method\":\"sessions\",\"params\":"
                    + DAYS
                    + ",\"id\":2}]")
            .json();

    assertThat(answers.get(0).get("result").get("startDate").asText())
        .isEqualTo("2024-10-09 08:00:00");
    assertThat(answers.get(1).get("result").get(0).get("sessions")).hasSize(1);
  }

  private static void assertParseError(Reply reply) {
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("jsonrpc").asText()).isEqualTo("2.0");
    assertThat(reply.json().get("id").isNull()).isTrue();
    assertThat(reply.json().get("error").get("code").intValue()).isEqualTo(-32700);
    assertThat(reply.json().get("error").get("message").asText()).isEqualTo("Parse error");
  }

  private static void assertInvalidRequest(JsonNode answer) {
    assertThat(answer.get("jsonrpc").asText()).isEqualTo("2.0");
    assertThat(answer.get("id").isNull()).isTrue();
    assertThat(answer.get("error").get("code").intValue()).isEqualTo(-32600);
    assertThat(answer.has("result")).isFalse();
  }
}
