package org.worktime.adapters.jsonrpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The read methods' period: both days included, by each session's local start date, bounded. */
class ReadingAPeriodTest extends JsonRpcFixture {

  @Test
  void aPeriodLongerThanTheMaximumIsInvalidParams() {
    for (String method : new String[] {"sessions", "lunches", "timesheet", "extended-sessions"}) {
      JsonNode error =
          error(
              adminToken,
              method,
              "{\"startDate\":\"2024-01-01\",\"endDate\":\"2024-04-03\"}",
              -32602);

      assertThat(error.get("data").get("param").asText()).isEqualTo("endDate");
      assertThat(error.get("data").get("reason").asText()).contains("94 days").contains("93");
    }
  }

  @Test
  void aPeriodOfExactlyTheMaximumIsRead() {
    assertThat(result("sessions", "{\"startDate\":\"2024-01-01\",\"endDate\":\"2024-04-02\"}"))
        .isEmpty();
  }

  @Test
  void anEndBeforeTheStartIsInvalidParams() {
    JsonNode error =
        error(
            adminToken,
            "sessions",
            "{\"startDate\":\"2024-10-10\",\"endDate\":\"2024-10-09\"}",
            -32602);

    assertThat(error.get("data").get("param").asText()).isEqualTo("endDate");
  }

  @Test
  void aMalformedMissingOrUnknownDateIsNamed() {
    assertBad(
        "{\"startDate\":\"2024-10-9\",\"endDate\":\"2024-10-10\"}", "startDate", "YYYY-MM-DD");
    assertBad(
        "{\"startDate\":\"2024-02-30\",\"endDate\":\"2024-03-01\"}", "startDate", "YYYY-MM-DD");
    assertBad("{\"startDate\":\"2024-10-09\"}", "endDate", "required");
    assertBad("{\"startDate\":20241009,\"endDate\":\"2024-10-10\"}", "startDate", "string");
    assertBad(
        "{\"startDate\":\"2024-10-09\",\"endDate\":\"2024-10-10\",\"employee\":1}",
        "employee",
        "not a parameter");
    assertBad("[\"2024-10-09\",\"2024-10-10\",\"2024-10-11\"]", "params", "at most 2");
    JsonNode none =
        post(adminToken, "{\"jsonrpc\":\"2.0\",\"method\":\"sessions\",\"id\":1}").json();
    assertThat(none.get("error").get("data").get("param").asText()).isEqualTo("startDate");
  }

  @Test
  void theMaximumIsConfigurable() {
    JsonRpcServer narrow =
        new JsonRpcServer(engine, JsonRpcConfig.loopback().withMaxRangeDays(7), clock);
    int port = narrow.start();
    try {
      java.net.URI wide = endpoint;
      endpoint = java.net.URI.create("http://127.0.0.1:" + port + JsonRpcEndpoint.PATH);
      error(
          adminToken,
          "sessions",
          "{\"startDate\":\"2024-10-01\",\"endDate\":\"2024-10-08\"}",
          -32602);
      assertThat(result("sessions", "{\"startDate\":\"2024-10-01\",\"endDate\":\"2024-10-07\"}"))
          .isEmpty();
      endpoint = wide;
    } finally {
      narrow.stop();
    }
  }

  @Test
  void aSessionBelongsToTheDateItStartedOnEvenPastMidnight() {
    clock.set(at("2024-10-09 22:00:00"));
    result("clock-in", "{\"employeeNumber\":1265}");
    clock.set(at("2024-10-10 02:00:00"));
    result(
        "clock-out",
        "{\"employeeNumber\":1265,\"date\":\"2024-10-10 01:30:00\",\"timezone\":\"Asia/Jerusalem\"}");

    assertThat(result("sessions", "{\"startDate\":\"2024-10-09\",\"endDate\":\"2024-10-09\"}"))
        .hasSize(1);
    assertThat(result("sessions", "{\"startDate\":\"2024-10-10\",\"endDate\":\"2024-10-10\"}"))
        .isEmpty();
  }

  private void assertBad(String params, String param, String reason) {
    JsonNode error = error(adminToken, "sessions", params, -32602);
    assertThat(error.get("data").get("param").asText()).as(params).isEqualTo(param);
    assertThat(error.get("data").get("reason").asText()).as(params).contains(reason);
  }
}
