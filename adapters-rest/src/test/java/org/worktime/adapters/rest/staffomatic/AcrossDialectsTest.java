package org.worktime.adapters.rest.staffomatic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** One day, two dialects: what Bitrix opens, Staffomatic shows and changes, and back. */
class AcrossDialectsTest extends StaffomaticFixture {

  @Test
  void aDayOpenedInBitrixGetsABreakThroughStaffomaticThatBitrixCountsInTimeLeaks() {
    JsonNode opened = bitrix("timeman.open", noraToken).json().get("result");
    assertThat(opened.get("TIME_START").asText()).isEqualTo("2018-02-28T09:00:00+01:00");
    clock.advance(Duration.ofHours(3));

    JsonNode timers = get("work_timers.json", noraToken).ok(200);
    assertThat(timers).hasSize(1);
    JsonNode timer = timers.get(0);
    assertThat(timer.get("state").asText()).isEqualTo("running");
    assertThat(timer.get("starts_at").asText()).isEqualTo("2018-02-28T09:00:00+01:00");
    assertThat(timer.get("duration").asLong()).isEqualTo(3 * 3600);

    post(
            "break_timers.json",
            noraToken,
            "{\"work_timer_id\": "
                + timer.get("id").asLong()
                + ", \"starts_at\": \"2018-02-28T10:00:00+01:00\","
                + " \"ends_at\": \"2018-02-28T10:45:00+01:00\"}")
        .ok(201);

    JsonNode status = bitrix("timeman.status", noraToken).json().get("result");
    assertThat(status.get("STATUS").asText()).isEqualTo("OPENED");
    assertThat(status.get("TIME_LEAKS").asText()).isEqualTo("00:45:00");
    JsonNode again = get("work_timers/" + timer.get("id").asLong() + ".json", noraToken).ok(200);
    assertThat(again.get("break_duration").asLong()).isEqualTo(45 * 60);
    assertThat(again.get("net_duration").asLong()).isEqualTo(3 * 3600 - 45 * 60);
  }

  @Test
  void aBreakStartedInStaffomaticPausesTheBitrixDayAndBitrixContinuesIt() {
    long workTimer = checkIn(noraToken, "{\"do\": \"start\"}");
    clock.advance(Duration.ofHours(2));
    long breakTimer =
        post(
                "break_timers.json",
                noraToken,
                "{\"work_timer_id\": " + workTimer + ", \"do\": \"start\"}")
            .ok(201)
            .get("id")
            .asLong();
    clock.advance(Duration.ofMinutes(20));

    assertThat(bitrix("timeman.status", noraToken).json().get("result").get("STATUS").asText())
        .isEqualTo("PAUSED");
    bitrix("timeman.open", noraToken).json();

    JsonNode stopped = get("break_timers/" + breakTimer + ".json", noraToken).ok(200);
    assertThat(stopped.get("state").asText()).isEqualTo("stopped");
    assertThat(stopped.get("duration").asLong()).isEqualTo(20 * 60);
  }
}
