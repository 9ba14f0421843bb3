package org.worktime.adapters.rest.staffomatic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * "Create work_timer" (the vendor's {@code ressources/work_timers.md}): {@code POST
 * /work_timers.json} with {@code starts_at}, {@code ends_at} and {@code user_id} and no {@code do}
 * answers 201 with a stopped work timer. The clock stands at Wednesday 09:00 in Berlin; the
 * recorded day is Tuesday's.
 */
class RecordingAFinishedWorkTimerTest extends StaffomaticFixture {

  private static final String TUESDAY =
      "{\"starts_at\": \"2018-02-27T08:00:00+01:00\", \"ends_at\": \"2018-02-27T16:30:00+01:00\"";

  @Test
  void theVendorsExampleBodyFromAManagerRecordsAStoppedTimerForTheUser() {
    JsonNode timer =
        post(
                "work_timers.json",
                miaToken,
                "{\"starts_at\": \"2018-02-27T08:00:00+01:00\","
                    + " \"ends_at\": \"2018-02-27T16:00:00+01:00\", \"user_id\": 493}")
            .ok(201);

    assertThat(timer.get("user_id").asLong()).isEqualTo(493);
    assertThat(timer.get("location_id").asLong()).isPositive();
    assertThat(timer.get("created_by_id").asLong()).isEqualTo(7);
    assertThat(timer.get("updated_by_id").asLong()).isEqualTo(7);
    assertThat(timer.get("state").asText()).isEqualTo("stopped");
    assertThat(timer.get("starts_at").asText()).isEqualTo("2018-02-27T08:00:00+01:00");
    assertThat(timer.get("ends_at").asText()).isEqualTo("2018-02-27T16:00:00+01:00");
    assertThat(timer.get("duration").asLong()).isEqualTo(8 * 3600);
    assertThat(timer.get("break_duration").asLong()).isZero();
    assertThat(timer.get("net_duration").asLong()).isEqualTo(8 * 3600);
    assertThat(timer.get("device_type").asText()).isEqualTo("api");
    assertThat(timer.get("created_at").asText()).isEqualTo("2018-02-28T09:00:00+01:00");
    assertThat(get("work_timers/" + timer.get("id").asLong() + ".json", noraToken).ok(200))
        .isEqualTo(timer);
  }

  @Test
  void anEmployeeRecordsTheirOwnDayAndMayThenAddItsBreak() {
    long id = post("work_timers.json", noraToken, TUESDAY + "}").ok(201).get("id").asLong();

    post(
            "work_timers/" + id + "/break_timers.json",
            noraToken,
            "{\"starts_at\": \"2018-02-27T12:00:00+01:00\","
                + " \"ends_at\": \"2018-02-27T12:30:00+01:00\"}")
        .ok(201);

    JsonNode timer = get("work_timers/" + id + ".json", noraToken).ok(200);
    assertThat(timer.get("net_duration").asLong()).isEqualTo(8 * 3600);
    assertThat(timer.get("break_duration").asLong()).isEqualTo(1800);
    assertThat(get("work_timers.json", miaToken).ok(200)).hasSize(1);
  }

  @Test
  void aRecordedDayDoesNotStopTheUserFromCheckingInToday() {
    post("work_timers.json", noraToken, TUESDAY + "}").ok(201);

    JsonNode running = post("work_timers.json", noraToken, "{\"do\": \"start\"}").ok(201);

    assertThat(running.get("state").asText()).isEqualTo("running");
  }

  @Test
  void aDayOverlappingAnotherIsA409AndNothingIsWritten() {
    post("work_timers.json", noraToken, TUESDAY + "}").ok(201);
    String before = get("work_timers.json", miaToken).ok(200).toString();

    post(
            "work_timers.json",
            noraToken,
            "{\"starts_at\": \"2018-02-27T16:00:00+01:00\","
                + " \"ends_at\": \"2018-02-27T18:00:00+01:00\"}")
        .isError(409, "overlap");

    assertThat(get("work_timers.json", miaToken).ok(200).toString()).isEqualTo(before);
  }

  @Test
  void aDayInTheFutureOrTooLongIsA422InvalidTime() {
    clock.advance(Duration.ofHours(1));

    Reply future =
        post(
                "work_timers.json",
                noraToken,
                "{\"starts_at\": \"2018-02-28T09:30:00+01:00\","
                    + " \"ends_at\": \"2018-02-28T10:30:00+01:00\"}")
            .isError(422, "invalid_time");
    post(
            "work_timers.json",
            noraToken,
            "{\"starts_at\": \"2018-02-26T08:00:00+01:00\","
                + " \"ends_at\": \"2018-02-27T09:00:00+01:00\"}")
        .isError(422, "invalid_time");

    assertThat(future.json().get("message").asText()).contains("later than now");
    assertThat(get("work_timers.json", miaToken).ok(200)).isEmpty();
  }

  @Test
  void missingOrDisorderedTimesAreNamed() {
    assertThat(
            post("work_timers.json", noraToken, "{\"starts_at\": \"2018-02-27T08:00:00+01:00\"}")
                .isError(422, "invalid_parameter")
                .json()
                .get("message")
                .asText())
        .startsWith("parameter ends_at:");
    assertThat(
            post(
                    "work_timers.json",
                    noraToken,
                    "{\"starts_at\": \"2018-02-27T16:00:00+01:00\","
                        + " \"ends_at\": \"2018-02-27T08:00:00+01:00\"}")
                .isError(422, "invalid_parameter")
                .json()
                .get("message")
                .asText())
        .startsWith("parameter ends_at:");
    assertThat(get("work_timers.json", miaToken).ok(200)).isEmpty();
  }

  @Test
  void anEmployeeMayNotRecordAColleaguesDayNorAnUnknownUsers() {
    post("work_timers.json", oleToken, TUESDAY + ", \"user_id\": 493}").isError(403, "forbidden");
    post("work_timers.json", miaToken, TUESDAY + ", \"user_id\": 999}").isError(404, "not_found");

    assertThat(get("work_timers.json", miaToken).ok(200)).isEmpty();
  }

  @Test
  void aRetriedPostWithTheSameIdempotencyKeyAnswersTheSameTimer() {
    JsonNode once = send(withKey("record-tuesday", TUESDAY + "}")).ok(201);
    clock.advance(Duration.ofMinutes(2));
    JsonNode again = send(withKey("record-tuesday", TUESDAY + "}")).ok(201);

    assertThat(again).isEqualTo(once);
    assertThat(get("work_timers.json", noraToken).ok(200)).hasSize(1);
    send(withKey("record-tuesday", TUESDAY + ", \"device_type\": \"web\"}"))
        .isError(422, "idempotency_key_reused");
  }

  private HttpRequest withKey(String key, String json) {
    return builder("work_timers.json", noraToken)
        .header("Idempotency-Key", key)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
        .build();
  }
}
