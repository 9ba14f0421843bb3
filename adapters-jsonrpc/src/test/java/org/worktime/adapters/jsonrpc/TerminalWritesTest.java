package org.worktime.adapters.jsonrpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.worktime.domain.place.NetworkRange;

/** The writes for terminals: what they answer, a device's own time, and every refusal's code. */
class TerminalWritesTest extends JsonRpcFixture {

  private static final String DAY = "{\"startDate\":\"2024-10-09\",\"endDate\":\"2024-10-09\"}";

  @Test
  void clockInAnswersTheSessionAsExtendedSessionsShowsIt() {
    clock.set(at("2024-10-09 08:00:00"));

    JsonNode session =
        result(
            "clock-in",
            "{\"employeeNumber\":1265,\"sourceType\":\"terminal\",\"locationType\":\"home\",\"note\":\"early\"}");

    assertThat(session.get("startDate").asText()).isEqualTo("2024-10-09 08:00:00");
    assertThat(session.get("startDateSentAt").asText()).isEqualTo("2024-10-09 08:00:00");
    assertThat(session.get("startNote").asText()).isEqualTo("early");
    assertThat(session.get("endDate").isNull()).isTrue();
    assertThat(session.get("duration").longValue()).isZero();
    assertThat(session.get("timezone").asText()).isEqualTo("Asia/Jerusalem");
    assertThat(session.get("locationType").asText()).isEqualTo("home");
    assertThat(session.get("startSourceType").asText()).isEqualTo("terminal");
    assertThat(session.get("isAbsence").booleanValue()).isFalse();
    assertThat(byNumber(result("extended-sessions", DAY)).get(0).get("sessions").get(0).toString())
        .isEqualTo(session.toString());
  }

  @Test
  void aDeviceThatSyncsLateKeepsItsOwnTimesBesideWhenItSentThem() {
    clock.set(at("2024-10-09 18:30:00"));

    JsonNode opened =
        result(
            "clock-in",
            "{\"employeeNumber\":1265,\"date\":\"2024-10-09 08:00:00\",\"timezone\":\"Asia/Jerusalem\",\"sourceType\":\"terminal\"}");
    JsonNode closed =
        result(
            "clock-out",
            "{\"employeeNumber\":1265,\"date\":\"2024-10-09 16:00:00\",\"timezone\":\"Asia/Jerusalem\",\"sourceType\":\"terminal\"}");

    assertThat(opened.get("startDate").asText()).isEqualTo("2024-10-09 08:00:00");
    assertThat(opened.get("startDateSentAt").asText()).isEqualTo("2024-10-09 18:30:00");
    assertThat(closed.get("endDate").asText()).isEqualTo("2024-10-09 16:00:00");
    assertThat(closed.get("endDateSentAt").asText()).isEqualTo("2024-10-09 18:30:00");
    assertThat(closed.get("duration").longValue()).isEqualTo(8 * 3600);
  }

  @Test
  void aDeviceTimeInAnotherZoneIsTheSameInstantShownInTheSessionsZone() {
    clock.set(at("2024-10-09 08:00:00"));
    result("clock-in", "{\"employeeNumber\":1265}");
    clock.set(at("2024-10-09 18:30:00"));

    JsonNode closed =
        result(
            "clock-out",
            "{\"employeeNumber\":1265,\"date\":\"2024-10-09 16:00:00\",\"timezone\":\"Europe/London\"}");

    assertThat(closed.get("endDate").asText()).isEqualTo("2024-10-09 18:00:00");
    assertThat(closed.get("timezone").asText()).isEqualTo("Asia/Jerusalem");
  }

  @Test
  void lunchesAndWorkLogsAnswerAsTheReadMethodsShowThem() {
    clock.set(at("2024-10-09 08:00:00"));
    result("clock-in", "{\"employeeNumber\":1265,\"sourceType\":\"web\"}");
    clock.set(at("2024-10-09 08:05:00"));
    JsonNode started =
        result(
            "worklog-start",
            "{\"employeeNumber\":1265,\"name\":\"task\",\"externalId\":\"DR-4258\",\"comment\":\"c\",\"sourceType\":\"web\"}");
    clock.set(at("2024-10-09 12:00:00"));
    JsonNode lunch = result("lunch-start", "{\"employeeNumber\":1265,\"sourceType\":\"web\"}");
    clock.set(at("2024-10-09 12:30:00"));
    JsonNode lunchEnded = result("lunch-end", "{\"employeeNumber\":1265,\"sourceType\":\"phone\"}");
    JsonNode stopped =
        result(
            "worklog-stop",
            "{\"employeeNumber\":1265,\"date\":\"2024-10-09 12:00:00\",\"timezone\":\"Asia/Jerusalem\",\"sourceType\":\"phone\"}");

    assertThat(started.toString())
        .isEqualTo(
            json("{\"name\":\"task\",\"externalId\":\"DR-4258\",\"startDate\":\"2024-10-09 08:05:00\","
                    + "\"endDate\":null,\"timezone\":\"Asia/Jerusalem\",\"startSourceType\":\"web\","
                    + "\"endSourceType\":null}")
                .toString());
    assertThat(lunch.get("startDate").asText()).isEqualTo("2024-10-09 12:00:00");
    assertThat(lunch.get("endDate").isNull()).isTrue();
    assertThat(lunchEnded.toString())
        .isEqualTo(
            json("{\"startDate\":\"2024-10-09 12:00:00\",\"endDate\":\"2024-10-09 12:30:00\","
                    + "\"timezone\":\"Asia/Jerusalem\",\"startSourceType\":\"web\",\"endSourceType\":\"phone\"}")
                .toString());
    assertThat(stopped.get("endDate").asText()).isEqualTo("2024-10-09 12:00:00");
    assertThat(stopped.get("endSourceType").asText()).isEqualTo("phone");
    JsonNode timesheet = result("timesheet", DAY).get(0).get("sessions").get(0);
    assertThat(timesheet.get("workLogs").get(0).get("endDate").asText())
        .isEqualTo("2024-10-09 12:00:00");
    assertThat(timesheet.get("lunches")).hasSize(1);
  }

  @Test
  void anEmployeesOwnKeyActsForThemWithoutANumber() {
    clock.set(at("2024-10-09 08:00:00"));

    result(firstToken, "clock-in", "{}");

    JsonNode own = result(firstToken, "sessions", DAY);
    assertThat(own).hasSize(1);
    assertThat(own.get(0).get("employeeNumber").intValue()).isEqualTo(1265);
    assertThat(result(secondToken, "sessions", DAY)).isEmpty();
  }

  @Test
  void actingForAColleagueWithoutAManagersRightIsForbidden() {
    clock.set(at("2024-10-09 08:00:00"));

    JsonNode error = error(firstToken, "clock-in", "{\"employeeNumber\":1267}", -32001);

    assertThat(error.get("message").asText()).isEqualTo("Forbidden");
    assertThat(error.get("data").get("reason").asText()).isNotBlank();
  }

  @Test
  void anUnknownEmployeeNumberIsNotFound() {
    error(adminToken, "clock-in", "{\"employeeNumber\":99999}", -32002);
  }

  @Test
  void workdayRefusalsHaveTheirOwnCodes() {
    clock.set(at("2024-10-09 08:00:00"));
    JsonNode closingNothing = error(adminToken, "clock-out", "{\"employeeNumber\":1265}", -32010);
    assertThat(closingNothing.get("data").get("status").asText()).isEqualTo("closed");
    assertThat(closingNothing.get("data").get("action").asText()).isEqualTo("close");
    error(adminToken, "lunch-end", "{\"employeeNumber\":1265}", -32010);

    error(
        adminToken,
        "clock-in",
        "{\"employeeNumber\":1265,\"date\":\"2024-10-09 09:00:00\",\"timezone\":\"Asia/Jerusalem\"}",
        -32015);
    result("clock-in", "{\"employeeNumber\":1265}");
    error(
        adminToken,
        "lunch-start",
        "{\"employeeNumber\":1265,\"date\":\"2024-10-09 07:00:00\",\"timezone\":\"Asia/Jerusalem\"}",
        -32016);
  }

  @Test
  void aSessionOpenedInsideAnOfficeNetworkIsAtTheOfficeUnlessItSaysOtherwise() {
    clock.set(at("2024-10-09 08:00:00"));
    assertThat(result("clock-in", "{\"employeeNumber\":1265}").get("locationType").isNull())
        .as("no office networks yet")
        .isTrue();
    result("clock-out", "{\"employeeNumber\":1265}");

    assertThat(
            engine
                .officeNetworks()
                .setNetworks(
                    asAdmin,
                    io.vavr.collection.List.of(
                        NetworkRange.of("127.0.0.0-127.255.255.255", "loopback office")))
                .get())
        .as("every entry is a range, so all are saved")
        .isEmpty();
    clock.set(at("2024-10-09 09:00:00"));
    assertThat(result("clock-in", "{\"employeeNumber\":1265}").get("locationType").asText())
        .isEqualTo("office");
    result("clock-out", "{\"employeeNumber\":1265}");
    clock.set(at("2024-10-09 10:00:00"));
    assertThat(
            result("clock-in", "{\"employeeNumber\":1265,\"locationType\":\"home\"}")
                .get("locationType")
                .asText())
        .isEqualTo("home");
  }

  @Test
  void workLogRefusalsHaveTheirOwnCodes() {
    clock.set(at("2024-10-09 08:00:00"));
    error(adminToken, "worklog-stop", "{\"employeeNumber\":1265}", -32031);
    error(
        adminToken,
        "worklog-start",
        "{\"employeeNumber\":1265,\"date\":\"2024-10-09 09:00:00\",\"timezone\":\"Asia/Jerusalem\"}",
        -32032);
    result("worklog-start", "{\"employeeNumber\":1265}");
    error(
        adminToken,
        "worklog-stop",
        "{\"employeeNumber\":1265,\"date\":\"2024-10-09 09:00:00\",\"timezone\":\"Asia/Jerusalem\"}",
        -32033);
    error(
        adminToken,
        "worklog-stop",
        "{\"employeeNumber\":1265,\"date\":\"2024-10-09 07:00:00\",\"timezone\":\"Asia/Jerusalem\"}",
        -32034);
  }

  @Test
  void badParamsNameTheParamAndWhy() {
    clock.set(at("2024-10-09 08:00:00"));
    assertBadParam("{\"employeeNumber\":1265,\"sourceType\":\"fax\"}", "sourceType");
    assertBadParam("{\"employeeNumber\":1265,\"locationType\":\"moon\"}", "locationType");
    assertBadParam("{\"employeeNumber\":0}", "employeeNumber");
    assertBadParam("{\"employeeNumber\":\"12a\"}", "employeeNumber");
    assertBadParam("{\"employeeNumber\":1265,\"date\":\"2024-10-09 08:00:00\"}", "timezone");
    assertBadParam("{\"employeeNumber\":1265,\"timezone\":\"Asia/Jerusalem\"}", "date");
    assertBadParam(
        "{\"employeeNumber\":1265,\"date\":\"2024-10-09T08:00:00\",\"timezone\":\"Asia/Jerusalem\"}",
        "date");
    assertBadParam(
        "{\"employeeNumber\":1265,\"date\":\"2024-10-09 08:00:00\",\"timezone\":\"Mars/Olympus\"}",
        "timezone");
    assertBadParam("{\"employeeNumber\":1265,\"colour\":\"red\"}", "colour");
    assertBadParam("{\"employeeNumber\":1265,\"note\":7}", "note");
    assertBadParam("{\"employeeNumber\":1265,\"note\":\"a\\u0000b\"}", "note");
    assertBadParam("{\"employeeNumber\":1265,\"idempotencyKey\":\"\"}", "idempotencyKey");
    JsonNode positional = error(adminToken, "clock-in", "[1265]", -32602).get("data");
    assertThat(positional.get("param").asText()).isEqualTo("params");
  }

  @Test
  void aRetryWithTheSameIdempotencyKeyAnswersTheFirstResult() {
    clock.set(at("2024-10-09 08:00:00"));
    String params = "{\"employeeNumber\":1265,\"idempotencyKey\":\"terminal-7-0001\"}";
    JsonNode first = result("clock-in", params);
    clock.set(at("2024-10-09 08:01:00"));

    JsonNode retried = result("clock-in", params);

    assertThat(retried).isEqualTo(first);
    assertThat(result("sessions", DAY).get(0).get("sessions")).hasSize(1);
  }

  private void assertBadParam(String params, String param) {
    JsonNode error = error(adminToken, "clock-in", params, -32602);
    assertThat(error.get("message").asText()).isEqualTo("Invalid params");
    assertThat(error.get("data").get("param").asText()).as(params).isEqualTo(param);
    assertThat(error.get("data").get("reason").asText()).isNotBlank();
  }
}
