package org.worktime.adapters.rest.staffomatic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Seed 002's examples, replayed: the requests as written, the answers in the seed's shape. */
class ReplayingTheStaffomaticSeedTest extends StaffomaticFixture {

  private static final List<String> SEED_FIELDS =
      List.of(
          "created_at",
          "updated_at",
          "id",
          "user_id",
          "updated_by_id",
          "created_by_id",
          "duration",
          "starts_at",
          "work_timer_id",
          "ends_at",
          "device_type",
          "state");

  /** The seed's break: started 09:40:40, ended 09:40:50 by a terminal that sent it at 09:40:57. */
  private JsonNode theSeedsBreak(long workTimer) {
    clock.set(MORNING.plus(Duration.parse("PT40M40S")));
    post(
            "break_timers.json",
            noraToken,
            "{\"work_timer_id\": "
                + workTimer
                + ", \"do\": \"start\", \"device_type\": \"terminal\"}")
        .ok(201);
    clock.set(MORNING.plus(Duration.parse("PT40M57S")));
    return put(
            "break_timers.json",
            noraToken,
            "{\"work_timer_id\": "
                + workTimer
                + ", \"do\": \"stop\", \"ends_at\": \"2018-02-28T09:40:50+01:00\","
                + " \"device_type\": \"terminal\"}")
        .ok(200);
  }

  @Test
  void theSeedsBreakTimerComesBackWithTheSeedsFieldsAndValues() {
    long workTimer = checkIn(noraToken, "{\"do\": \"start\", \"device_type\": \"terminal\"}");

    JsonNode stopped = theSeedsBreak(workTimer);

    List<String> fields = new ArrayList<>();
    stopped.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).isEqualTo(SEED_FIELDS);
    assertThat(stopped.get("created_at").asText()).isEqualTo("2018-02-28T09:40:40+01:00");
    assertThat(stopped.get("updated_at").asText()).isEqualTo("2018-02-28T09:40:57+01:00");
    assertThat(stopped.get("user_id").asLong()).isEqualTo(493);
    assertThat(stopped.get("updated_by_id").asLong()).isEqualTo(493);
    assertThat(stopped.get("created_by_id").asLong()).isEqualTo(493);
    assertThat(stopped.get("duration").asLong()).isEqualTo(10);
    assertThat(stopped.get("starts_at").asText()).isEqualTo("2018-02-28T09:40:40+01:00");
    assertThat(stopped.get("work_timer_id").asLong()).isEqualTo(workTimer);
    assertThat(stopped.get("ends_at").asText()).isEqualTo("2018-02-28T09:40:50+01:00");
    assertThat(stopped.get("device_type").asText()).isEqualTo("terminal");
    assertThat(stopped.get("state").asText()).isEqualTo("stopped");
    assertThat(stopped.get("id").asLong()).isPositive().isNotEqualTo(workTimer);
  }

  @Test
  void everyGetOfTheSeedAnswersTheSameBreakTimer() {
    long workTimer = checkIn(noraToken, "{\"do\": \"start\"}");
    JsonNode stopped = theSeedsBreak(workTimer);
    long id = stopped.get("id").asLong();

    assertThat(get("break_timers/" + id + ".json", noraToken).ok(200)).isEqualTo(stopped);
    assertThat(get("break_timers.json", noraToken).ok(200)).containsExactly(stopped);
    assertThat(
            get("locations/" + locationNumber(workTimer) + "/break_timers.json", miaToken).ok(200))
        .containsExactly(stopped);
    assertThat(
            get(
                    "break_timers.json?from=2018-02-28T00%3A00%3A00%2B01%3A00"
                        + "&until=2018-03-01T00%3A00%3A00%2B01%3A00",
                    noraToken)
                .ok(200))
        .containsExactly(stopped);
    assertThat(get("break_timers.json?user_ids%5B%5D=493", miaToken).ok(200))
        .containsExactly(stopped);
    assertThat(get("work_timers/" + workTimer + "/break_timers.json", noraToken).ok(200))
        .containsExactly(stopped);
  }

  @Test
  void creatingAFinishedBreakTimerAnswers201WithIt() {
    clock.set(MORNING.minus(Duration.ofHours(2)));
    long workTimer = checkIn(noraToken, "{\"do\": \"start\"}");
    clock.set(MORNING.plus(Duration.ofHours(10)));

    JsonNode created =
        post(
                "break_timers.json",
                noraToken,
                "{\"starts_at\": \"2018-02-28T08:00:00+01:00\","
                    + " \"ends_at\": \"2018-02-28T16:00:00+01:00\", \"work_timer_id\": "
                    + workTimer
                    + "}")
            .ok(201);

    assertThat(created.get("starts_at").asText()).isEqualTo("2018-02-28T08:00:00+01:00");
    assertThat(created.get("ends_at").asText()).isEqualTo("2018-02-28T16:00:00+01:00");
    assertThat(created.get("duration").asLong()).isEqualTo(8 * 3600);
    assertThat(created.get("state").asText()).isEqualTo("stopped");
  }

  @Test
  void updatingABreakTimersEndMovesItAndKeepsItsId() {
    clock.set(MORNING.minus(Duration.ofHours(2)));
    long workTimer = checkIn(noraToken, "{\"do\": \"start\"}");
    clock.set(MORNING.plus(Duration.ofHours(10)));
    long id =
        post(
                "break_timers.json",
                noraToken,
                "{\"starts_at\": \"2018-02-28T08:00:00+01:00\","
                    + " \"ends_at\": \"2018-02-28T16:00:00+01:00\", \"work_timer_id\": "
                    + workTimer
                    + "}")
            .ok(201)
            .get("id")
            .asLong();

    JsonNode updated =
        put(
                "break_timers/" + id + ".json",
                noraToken,
                "{\"ends_at\": \"2018-02-28T17:00:00+01:00\"}")
            .ok(200);

    assertThat(updated.get("id").asLong()).isEqualTo(id);
    assertThat(updated.get("starts_at").asText()).isEqualTo("2018-02-28T08:00:00+01:00");
    assertThat(updated.get("ends_at").asText()).isEqualTo("2018-02-28T17:00:00+01:00");
    assertThat(updated.get("duration").asLong()).isEqualTo(9 * 3600);
  }

  @Test
  void aRunningBreakTimerIsStoppedByItsIdAsTheSeedShows() {
    long workTimer = checkIn(noraToken, "{\"do\": \"start\"}");
    clock.advance(Duration.ofHours(1));
    JsonNode running =
        post(
                "break_timers.json",
                noraToken,
                "{\"work_timer_id\": " + workTimer + ", \"do\": \"start\"}")
            .ok(201);
    assertThat(running.get("state").asText()).isEqualTo("running");
    assertThat(running.get("ends_at").isNull()).isTrue();
    long id = running.get("id").asLong();
    clock.advance(Duration.ofMinutes(15));

    JsonNode stopped =
        put("break_timers/" + id + ".json", noraToken, "{\"id\": " + id + ", \"do\": \"stop\"}")
            .ok(200);

    assertThat(stopped.get("state").asText()).isEqualTo("stopped");
    assertThat(stopped.get("duration").asLong()).isEqualTo(15 * 60);
    assertThat(stopped.get("ends_at").asText()).isEqualTo("2018-02-28T10:15:00+01:00");
  }

  @Test
  void theSeedsCheckOutWithDoStartAndAnEndIsReadAsStop() {
    long workTimer = checkIn(noraToken, "{\"do\": \"start\"}");
    clock.advance(Duration.ofHours(1));
    post(
            "break_timers.json",
            noraToken,
            "{\"starts_at\": \"2018-02-28T09:30:00+01:00\", \"work_timer_id\": "
                + workTimer
                + ", \"do\": \"start\"}")
        .ok(201);

    JsonNode stopped =
        put(
                "break_timers.json",
                noraToken,
                "{\"ends_at\": \"2018-02-28T09:45:00+01:00\", \"work_timer_id\": "
                    + workTimer
                    + ", \"do\": \"start\"}")
            .ok(200);

    assertThat(stopped.get("starts_at").asText()).isEqualTo("2018-02-28T09:30:00+01:00");
    assertThat(stopped.get("ends_at").asText()).isEqualTo("2018-02-28T09:45:00+01:00");
    assertThat(stopped.get("duration").asLong()).isEqualTo(15 * 60);
  }

  @Test
  void deletingABreakTimerAnswers204AndItIsGone() {
    long workTimer = checkIn(noraToken, "{\"do\": \"start\"}");
    long id = theSeedsBreak(workTimer).get("id").asLong();

    Reply deleted = delete("break_timers/" + id + ".json", noraToken);

    assertThat(deleted.status()).isEqualTo(204);
    assertThat(deleted.body()).isEmpty();
    get("break_timers/" + id + ".json", noraToken).isError(404, "not_found");
    assertThat(get("break_timers.json", noraToken).ok(200)).isEmpty();
  }

  private long locationNumber(long workTimer) {
    return get("work_timers/" + workTimer + ".json", noraToken).ok(200).get("location_id").asLong();
  }
}
