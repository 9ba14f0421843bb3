package org.worktime.adapters.jsonrpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * On 2024-10-27 Berlin's clocks go back from 03:00 CEST to 02:00 CET: a session from 01:00 to 05:00
 * on the wall lasts five real hours, and its times are reported as the wall showed them.
 */
class AcrossTheBerlinAutumnChangeTest extends JsonRpcFixture {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final String DAY = "{\"startDate\":\"2024-10-27\",\"endDate\":\"2024-10-27\"}";

  @Test
  void aSessionAcrossTheChangeReportsWallTimesAndTheRealDuration() {
    add(2000, "berlin@example.com", BERLIN);
    clock.set(at("2024-10-27 01:00:00", BERLIN));
    result("clock-in", "{\"employeeNumber\":2000}");
    clock.set(at("2024-10-27 05:00:00", BERLIN));
    result("clock-out", "{\"employeeNumber\":2000}");

    JsonNode session = result("extended-sessions", DAY).get(0);

    assertThat(session.get("sessions").get(0).get("startDate").asText())
        .isEqualTo("2024-10-27 01:00:00");
    assertThat(session.get("sessions").get(0).get("endDate").asText())
        .isEqualTo("2024-10-27 05:00:00");
    assertThat(session.get("sessions").get(0).get("timezone").asText()).isEqualTo("Europe/Berlin");
    assertThat(session.get("sessions").get(0).get("duration").longValue()).isEqualTo(5 * 3600);
    assertThat(session.get("totalWorkedSeconds").longValue()).isEqualTo(5 * 3600);
  }

  @Test
  void aDeviceTimeThatHappenedTwiceTakesTheEarlierOffset() {
    add(2000, "berlin@example.com", BERLIN);
    clock.set(at("2024-10-27 01:00:00", BERLIN));
    result("clock-in", "{\"employeeNumber\":2000}");
    clock.set(at("2024-10-27 05:00:00", BERLIN));

    JsonNode closed =
        result(
            "clock-out",
            "{\"employeeNumber\":2000,\"date\":\"2024-10-27 02:30:00\",\"timezone\":\"Europe/Berlin\"}");

    // 02:30 CEST is 00:30 UTC: an hour and a half after 01:00 CEST.
    assertThat(closed.get("duration").longValue()).isEqualTo(90 * 60);
    assertThat(closed.get("endDate").asText()).isEqualTo("2024-10-27 02:30:00");
  }

  @Test
  void aDeviceTimeThatNeverHappenedIsInvalidParams() {
    add(2000, "berlin@example.com", BERLIN);
    clock.set(at("2024-03-31 05:00:00", BERLIN));

    JsonNode error =
        error(
            adminToken,
            "clock-in",
            "{\"employeeNumber\":2000,\"date\":\"2024-03-31 02:30:00\",\"timezone\":\"Europe/Berlin\"}",
            -32602);

    assertThat(error.get("data").get("param").asText()).isEqualTo("date");
  }

  @Test
  void aDayRecordedWithABareOffsetNamesTheOffset() {
    clock.set(at("2024-10-09 10:00:00"));

    JsonNode opened =
        result(
            "clock-in",
            "{\"employeeNumber\":1265,\"date\":\"2024-10-09 06:00:00\",\"timezone\":\"+01:00\"}");

    assertThat(opened.get("timezone").asText()).isEqualTo("+01:00");
    assertThat(opened.get("startDate").asText()).isEqualTo("2024-10-09 06:00:00");
  }
}
