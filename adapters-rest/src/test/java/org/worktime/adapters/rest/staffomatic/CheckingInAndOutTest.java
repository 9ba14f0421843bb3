package org.worktime.adapters.rest.staffomatic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckingInAndOutTest extends StaffomaticFixture {

  @Test
  void aCheckInOpensARunningWorkTimerWithEveryField() {
    JsonNode timer = post("work_timers.json", noraToken, "{\"do\": \"start\"}").ok(201);

    List<String> fields = new ArrayList<>();
    timer.fieldNames().forEachRemaining(fields::add);
    assertThat(fields)
        .containsExactly(
            "id",
            "user_id",
            "location_id",
            "created_by_id",
            "updated_by_id",
            "state",
            "duration",
            "break_duration",
            "net_duration",
            "starts_at",
            "ends_at",
            "device_type",
            "created_at",
            "updated_at");
    assertThat(timer.get("user_id").asLong()).isEqualTo(493);
    assertThat(timer.get("location_id").asLong()).isPositive();
    assertThat(timer.get("created_by_id").asLong()).isEqualTo(493);
    assertThat(timer.get("state").asText()).isEqualTo("running");
    assertThat(timer.get("duration").asLong()).isZero();
    assertThat(timer.get("starts_at").asText()).isEqualTo("2018-02-28T09:00:00+01:00");
    assertThat(timer.get("ends_at").isNull()).isTrue();
    assertThat(timer.get("device_type").asText()).isEqualTo("api");
    assertThat(timer.get("created_at").asText()).isEqualTo("2018-02-28T09:00:00+01:00");
  }

  @Test
  void aCheckOutByIdStopsTheTimerAndCountsBreaksAndNetTime() {
    long id = checkIn(noraToken, "{\"do\": \"start\"}");
    clock.advance(Duration.ofHours(4));
    post("break_timers.json", noraToken, "{\"work_timer_id\": " + id + ", \"do\": \"start\"}")
        .ok(201);
    clock.advance(Duration.ofMinutes(30));
    put("break_timers.json", noraToken, "{\"work_timer_id\": " + id + ", \"do\": \"stop\"}")
        .ok(200);
    clock.advance(Duration.ofMinutes(210));

    JsonNode stopped = put("work_timers/" + id + ".json", noraToken, "{\"do\": \"stop\"}").ok(200);

    assertThat(stopped.get("state").asText()).isEqualTo("stopped");
    assertThat(stopped.get("ends_at").asText()).isEqualTo("2018-02-28T17:00:00+01:00");
    assertThat(stopped.get("duration").asLong()).isEqualTo(8 * 3600);
    assertThat(stopped.get("break_duration").asLong()).isEqualTo(30 * 60);
    assertThat(stopped.get("net_duration").asLong()).isEqualTo(8 * 3600 - 30 * 60);
    assertThat(stopped.get("updated_at").asText()).isEqualTo("2018-02-28T17:00:00+01:00");
  }

  @Test
  void aCheckOutOnTheCollectionTakesTheTimerIdAndADeviceEnd() {
    long id =
        checkIn(noraToken, "{\"do\": \"start\", \"starts_at\": \"2018-02-28T08:30:00+01:00\"}");
    clock.advance(Duration.ofHours(9));

    JsonNode stopped =
        put(
                "work_timers.json",
                noraToken,
                "{\"timer_id\": "
                    + id
                    + ", \"do\": \"stop\", \"ends_at\": \"2018-02-28T17:30:00+01:00\"}")
            .ok(200);

    assertThat(stopped.get("starts_at").asText()).isEqualTo("2018-02-28T08:30:00+01:00");
    assertThat(stopped.get("ends_at").asText()).isEqualTo("2018-02-28T17:30:00+01:00");
    assertThat(stopped.get("duration").asLong()).isEqualTo(9 * 3600);
  }

  @Test
  void aManagerChecksInAnEmployeeByUserIdAndIsTheCreator() {
    JsonNode timer =
        post("work_timers.json", miaToken, "{\"user_id\": 494, \"do\": \"start\"}").ok(201);

    assertThat(timer.get("user_id").asLong()).isEqualTo(494);
    assertThat(timer.get("created_by_id").asLong()).isEqualTo(7);
    assertThat(timer.get("location_id").isNull()).isTrue();
  }

  @Test
  void anEmployeeMayNotCheckInAColleague() {
    post("work_timers.json", noraToken, "{\"user_id\": 494, \"do\": \"start\"}")
        .isError(403, "forbidden");
  }

  @Test
  void aSecondCheckInWhileATimerRunsIsAConflict() {
    checkIn(noraToken, "{\"do\": \"start\"}");

    post("work_timers.json", noraToken, "{\"do\": \"start\"}").isError(409, "invalid_state");
  }

  @Test
  void stoppingAStoppedTimerIsAConflict() {
    long id = checkIn(noraToken, "{\"do\": \"start\"}");
    clock.advance(Duration.ofHours(1));
    put("work_timers/" + id + ".json", noraToken, "{\"do\": \"stop\"}").ok(200);

    put("work_timers/" + id + ".json", noraToken, "{\"do\": \"stop\"}")
        .isError(409, "invalid_state");
  }

  @Test
  void aManagerVerifiesAStoppedTimerAndAnEmployeeMayNot() {
    long id = checkIn(noraToken, "{\"do\": \"start\"}");
    clock.advance(Duration.ofHours(8));
    put("work_timers/" + id + ".json", noraToken, "{\"do\": \"stop\"}").ok(200);

    put("work_timers/" + id + ".json", noraToken, "{\"do\": \"verify\"}").isError(403, "forbidden");
    JsonNode verified =
        put("work_timers/" + id + ".json", miaToken, "{\"do\": \"verify\"}").ok(200);

    assertThat(verified.get("state").asText()).isEqualTo("verified");
    assertThat(verified.get("updated_by_id").asLong()).isEqualTo(7);
    assertThat(verified.get("created_by_id").asLong()).isEqualTo(493);
  }

  @Test
  void aWorkTimerIsNeverDeletedSoDeleteAnswers403() {
    long id = checkIn(noraToken, "{\"do\": \"start\"}");

    delete("work_timers/" + id + ".json", miaToken).isError(403, "forbidden");
    delete("work_timers/" + id + ".json", noraToken).isError(403, "forbidden");
    assertThat(get("work_timers/" + id + ".json", noraToken).ok(200).get("id").asLong())
        .isEqualTo(id);
  }

  @Test
  void aWorkTimerIsReadByItsNumberAndAnUnknownNumberIsNotFound() {
    long id = checkIn(noraToken, "{\"do\": \"start\"}");

    assertThat(get("work_timers/" + id + ".json", noraToken).ok(200).get("state").asText())
        .isEqualTo("running");
    get("work_timers/999999.json", noraToken).isError(404, "not_found");
    get("work_timers/0.json", noraToken).isError(422, "invalid_parameter");
    get("work_timers/abc.json", noraToken).isError(422, "invalid_parameter");
    get("work_timers/99999999999999999999999.json", noraToken).isError(422, "invalid_parameter");
  }

  @Test
  void aColleaguesWorkTimerIsForbiddenToAnEmployeeAndVisibleToAManager() {
    long id = checkIn(noraToken, "{\"do\": \"start\"}");

    get("work_timers/" + id + ".json", oleToken).isError(403, "forbidden");
    assertThat(get("work_timers/" + id + ".json", miaToken).ok(200).get("user_id").asLong())
        .isEqualTo(493);
  }

  @Test
  void aBreakNumberIsNotAWorkTimerAndAWorkTimerNumberIsNotABreak() {
    long workTimer = checkIn(noraToken, "{\"do\": \"start\"}");
    clock.advance(Duration.ofHours(1));
    long breakTimer =
        post(
                "break_timers.json",
                noraToken,
                "{\"work_timer_id\": " + workTimer + ", \"do\": \"start\"}")
            .ok(201)
            .get("id")
            .asLong();

    get("work_timers/" + breakTimer + ".json", noraToken).isError(404, "not_found");
    get("break_timers/" + workTimer + ".json", noraToken).isError(404, "not_found");
  }
}
