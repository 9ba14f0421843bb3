package org.worktime.adapters.jsonrpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.worktime.domain.employee.Employee;

/**
 * Seed 004's examples, recreated through the write methods and read back field by field, in the
 * seed's order (the comparison is of the JSON text, so order counts). The seed asks for
 * 2025-10-08..15 while its days are in 2024: we ask for the days it shows.
 */
class TheSeedThroughJsonRpcTest extends JsonRpcFixture {

  private static final String WEEK = "{\"startDate\":\"2024-10-08\",\"endDate\":\"2024-10-15\"}";

  private static final String SESSION_9 =
      "{\"startDate\":\"2024-10-09 08:12:34\",\"endDate\":\"2024-10-09 17:18:34\","
          + "\"timezone\":\"Asia/Jerusalem\",\"locationType\":\"office\","
          + "\"startSourceType\":\"web\",\"endSourceType\":\"phone\"}";
  private static final String SESSION_10 = SESSION_9.replace("2024-10-09", "2024-10-10");

  @Test
  void sessionsAreTheSeedsSessionsGroupedPerEmployee() {
    replayTheSeed();

    JsonNode result = byNumber(result("sessions", WEEK));

    assertThat(result.toString())
        .isEqualTo(
            json("[{\"employeeNumber\":1265,\"email\":\"email@mail.com\",\"sessions\":["
                    + SESSION_9
                    + ","
                    + SESSION_10
                    + "]},{\"employeeNumber\":1267,\"email\":\"example@mail.com\",\"sessions\":["
                    + SESSION_9
                    + ","
                    + SESSION_10
                    + "]}]")
                .toString());
  }

  @Test
  void lunchesAreTheSeedsLunchesWithTheirZoneAndSources() {
    replayTheSeed();

    JsonNode result = byNumber(result("lunches", WEEK));

    assertThat(result.toString())
        .isEqualTo(
            json("[{\"employeeNumber\":1265,\"email\":\"email@mail.com\",\"sessions\":["
                    + lunch("2024-10-09 12:12:34", "2024-10-09 12:48:34")
                    + ","
                    + lunch("2024-10-10 12:12:34", "2024-10-10 12:51:34")
                    + "]},{\"employeeNumber\":1267,\"email\":\"example@mail.com\",\"sessions\":["
                    + lunch("2024-10-09 12:12:34", "2024-10-09 13:10:34")
                    + ","
                    + lunch("2024-10-10 12:12:34", "2024-10-10 12:28:34")
                    + "]}]")
                .toString());
  }

  @Test
  void theTimesheetNestsEachSessionsLunchesAndTheWorkLogsInsideIt() {
    replayTheSeed();

    JsonNode result = byNumber(result("timesheet", WEEK));

    JsonNode firstDay = result.get(0).get("sessions").get(0);
    assertThat(result.get(0).get("employeeNumber").intValue()).isEqualTo(1265);
    assertThat(result.get(0).get("email").asText()).isEqualTo("email@mail.com");
    assertThat(firstDay.toString())
        .isEqualTo(
            json("{\"startDate\":\"2024-10-09 08:12:34\",\"endDate\":\"2024-10-09 17:18:34\","
                    + "\"timezone\":\"Asia/Jerusalem\",\"locationType\":\"office\","
                    + "\"startSourceType\":\"web\",\"endSourceType\":\"phone\","
                    + "\"lunches\":[{\"startDate\":\"2024-10-09 12:12:34\","
                    + "\"endDate\":\"2024-10-09 12:48:34\",\"startSourceType\":\"web\","
                    + "\"endSourceType\":\"phone\"}],"
                    + "\"workLogs\":["
                    + "{\"name\":\"task\",\"externalId\":\"DR-4258\","
                    + "\"startDate\":\"2024-10-09 08:15:34\",\"endDate\":\"2024-10-09 12:10:34\","
                    + "\"startSourceType\":\"web\",\"endSourceType\":\"phone\"},"
                    + "{\"name\":\"task 1\",\"externalId\":\"DR-4259\","
                    + "\"startDate\":\"2024-10-09 12:55:34\",\"endDate\":\"2024-10-09 17:10:34\","
                    + "\"startSourceType\":\"web\",\"endSourceType\":\"phone\"}]}")
                .toString());
    assertThat(result.get(0).get("sessions").get(1).get("workLogs")).isEmpty();
    assertThat(result.get(1).get("employeeNumber").intValue()).isEqualTo(1267);
    assertThat(result.get(1).get("sessions").get(0).get("workLogs")).isEmpty();
    assertThat(result.get(1).get("sessions").get(0).get("lunches").get(0).get("endDate").asText())
        .isEqualTo("2024-10-09 13:10:34");
  }

  @Test
  void extendedSessionsAreTheSeedsEmployeeWithWhatWeDoNotModelLeftEmpty() {
    Employee elena = add(31394, "s7654321@mail.ru", JERUSALEM);
    clock.set(at("2025-01-24 12:35:50"));
    result(
        "clock-in",
        "{\"employeeNumber\":\"31394\",\"sourceType\":\"web\",\"locationType\":\"office\"}");
    clock.set(at("2025-01-24 15:38:12"));
    result("clock-out", "{\"employeeNumber\":31394,\"sourceType\":\"web\"}");

    JsonNode result =
        result("extended-sessions", "{\"startDate\":\"2025-01-24\",\"endDate\":\"2025-01-24\"}");

    assertThat(result.toString())
        .isEqualTo(
            json("[{\"id\":"
                    + engine.shortNumbers().numberOf(asAdmin, elena.id().value())
                    + ",\"employeeNumber\":\"31394\",\"email\":\"s7654321@mail.ru\","
                    + "\"passport\":null,\"groups\":[],\"workStartedAt\":null,"
                    + "\"workEndedAt\":null,\"birthday\":null,\"gender\":null,"
                    + "\"totalWorkedSeconds\":10942,\"totalLeaveSeconds\":0,"
                    + "\"expectedSeconds\":0,\"sessions\":[{"
                    + "\"startDate\":\"2025-01-24 12:35:50\","
                    + "\"startDateSentAt\":\"2025-01-24 12:35:50\",\"startNote\":null,"
                    + "\"endDate\":\"2025-01-24 15:38:12\","
                    + "\"endDateSentAt\":\"2025-01-24 15:38:12\",\"endNote\":null,"
                    + "\"duration\":10942,\"timezone\":\"Asia/Jerusalem\","
                    + "\"locationType\":\"office\",\"startSourceType\":\"web\","
                    + "\"endSourceType\":\"web\",\"isAbsence\":false,\"absenceName\":null,"
                    + "\"absenceNote\":null,\"absenceApprovedDate\":null,"
                    + "\"absenceApprovedManager\":null,\"absenceCodeDays\":null,"
                    + "\"absenceCodeHors\":null}]}]")
                .toString());
  }

  @Test
  void extendedSessionsCountTheWorkedTimeWithoutLunchesAndTheDurationWithThem() {
    replayTheSeed();

    JsonNode result = byNumber(result("extended-sessions", WEEK));

    JsonNode employee = result.get(0);
    assertThat(employee.get("employeeNumber").asText()).isEqualTo("1265");
    // 9 h 6 min a day, less lunches of 36 and 39 minutes.
    assertThat(employee.get("sessions").get(0).get("duration").longValue()).isEqualTo(32_760);
    assertThat(employee.get("sessions").get(1).get("duration").longValue()).isEqualTo(32_760);
    assertThat(employee.get("totalWorkedSeconds").longValue())
        .isEqualTo(2 * 32_760 - 36 * 60 - 39 * 60);
    assertThat(result.get(1).get("employeeNumber").asText()).isEqualTo("1267");
  }

  @Test
  void employeesListsTheTenantByNumber() {
    JsonNode result = result("employees", "{}");

    assertThat(result).hasSize(3);
    assertThat(result.get(1).toString())
        .isEqualTo(
            json("{\"employeeNumber\":1265,\"email\":\"email@mail.com\",\"name\":\"Employee 1265\","
                    + "\"timezone\":\"Asia/Jerusalem\",\"role\":\"employee\"}")
                .toString());
  }

  @Test
  void aRunningSessionHasNoEndAndItsDurationSoFar() {
    clock.set(at("2024-10-09 08:00:00"));
    result("clock-in", "{\"employeeNumber\":1265,\"sourceType\":\"terminal\"}");
    clock.set(at("2024-10-09 09:00:00"));
    result("lunch-start", "{\"employeeNumber\":1265}");
    clock.set(at("2024-10-09 09:30:00"));

    JsonNode session = result("sessions", WEEK).get(0).get("sessions").get(0);
    JsonNode extended = result("extended-sessions", WEEK).get(0);
    JsonNode lunch = result("lunches", WEEK).get(0).get("sessions").get(0);

    assertThat(session.get("endDate").isNull()).isTrue();
    assertThat(session.get("endSourceType").isNull()).isTrue();
    assertThat(session.get("locationType").isNull()).isTrue();
    assertThat(session.get("startSourceType").asText()).isEqualTo("terminal");
    assertThat(extended.get("sessions").get(0).get("duration").longValue()).isEqualTo(5400);
    assertThat(extended.get("totalWorkedSeconds").longValue()).isEqualTo(3600);
    assertThat(lunch.get("startDate").asText()).isEqualTo("2024-10-09 09:00:00");
    assertThat(lunch.get("endDate").isNull()).isTrue();
  }

  private static String lunch(String start, String end) {
    return "{\"startDate\":\""
        + start
        + "\",\"endDate\":\""
        + end
        + "\",\"timezone\":\"Asia/Jerusalem\",\"startSourceType\":\"web\",\"endSourceType\":\"phone\"}";
  }
}
