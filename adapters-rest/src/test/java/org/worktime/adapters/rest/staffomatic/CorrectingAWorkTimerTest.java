package org.worktime.adapters.rest.staffomatic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.worktime.application.port.AuditEntry;
import org.worktime.domain.id.WorkdayId;
import org.worktime.domain.workday.Approval;
import org.worktime.domain.workday.Workday;

/**
 * {@code PUT /v3/work_timers/{id}.json} without {@code do}: new {@code starts_at}/{@code ends_at}
 * correct the day by hand, with a reason in the audit trail; every refusal leaves the day as it
 * was.
 */
class CorrectingAWorkTimerTest extends StaffomaticFixture {

  /** Nora's day from 09:00 to 17:00, stopped; the clock then stands at 18:00. */
  private long stoppedDay() {
    long id = checkIn(noraToken, "{\"do\": \"start\"}");
    clock.advance(Duration.ofHours(8));
    put("work_timers/" + id + ".json", noraToken, "{\"do\": \"stop\"}").ok(200);
    clock.advance(Duration.ofHours(1));
    return id;
  }

  private Workday noraDay() {
    return engine.workdayStatus().statusOf(asAdmin, nora.id()).get().get().workday();
  }

  private AuditEntry lastAuditEntry() {
    WorkdayId day = noraDay().id();
    return engine.workdayHistory().historyOf(asAdmin, day).get().last();
  }

  @Test
  void aManagerMovesBothEndsAndTheDefaultReasonGoesToTheAuditTrail() {
    long id = stoppedDay();

    JsonNode corrected =
        put(
                "work_timers/" + id + ".json",
                miaToken,
                "{\"starts_at\": \"2018-02-28T08:30:00+01:00\","
                    + " \"ends_at\": \"2018-02-28T16:45:00+01:00\"}")
            .ok(200);

    assertThat(corrected.get("id").asLong()).isEqualTo(id);
    assertThat(corrected.get("state").asText()).isEqualTo("stopped");
    assertThat(corrected.get("starts_at").asText()).isEqualTo("2018-02-28T08:30:00+01:00");
    assertThat(corrected.get("ends_at").asText()).isEqualTo("2018-02-28T16:45:00+01:00");
    assertThat(corrected.get("duration").asLong()).isEqualTo(8 * 3600 + 15 * 60);
    assertThat(corrected.get("updated_by_id").asLong()).isEqualTo(7);
    assertThat(corrected.get("created_by_id").asLong()).isEqualTo(493);
    assertThat(get("work_timers/" + id + ".json", noraToken).ok(200)).isEqualTo(corrected);
    assertThat(lastAuditEntry().reason().map(note -> note.text()))
        .contains("changed through the Staffomatic API");
    assertThat(noraDay().approval()).isEqualTo(Approval.APPROVED);
  }

  @Test
  void anEmployeeCorrectsTheStartOfTheirRunningDayAndItWaitsForAManager() {
    long id = checkIn(noraToken, "{\"do\": \"start\"}");
    clock.advance(Duration.ofHours(2));

    JsonNode corrected =
        put(
                "work_timers/" + id + ".json",
                noraToken,
                "{\"starts_at\": \"2018-02-28T08:00:00Z\", \"reason\": \"forgot to check in\"}")
            .ok(200);

    assertThat(corrected.get("state").asText()).isEqualTo("running");
    assertThat(corrected.get("starts_at").asText()).isEqualTo("2018-02-28T09:00:00+01:00");
    assertThat(corrected.get("ends_at").isNull()).isTrue();
    assertThat(lastAuditEntry().reason().map(note -> note.text())).contains("forgot to check in");
    assertThat(noraDay().approval()).isEqualTo(Approval.PENDING);
  }

  @Test
  void aReasonInHebrewWithEmojiReachesTheAuditTrailByteForByte() {
    String reason = "שכחתי להחתים כרטיס בבוקר ⏰🙈";
    long id = stoppedDay();

    put(
            "work_timers/" + id + ".json",
            miaToken,
            "{\"starts_at\": \"2018-02-28T08:40:00+01:00\", \"reason\": \"" + reason + "\"}")
        .ok(200);

    AuditEntry last = lastAuditEntry();
    assertThat(last.action()).isEqualTo("CORRECT");
    assertThat(last.actor()).isEqualTo(mia.id());
    assertThat(last.reason().get().text().getBytes(StandardCharsets.UTF_8))
        .isEqualTo(reason.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void badTimesAndFieldsAreTheDialects422NamingTheFieldAndChangeNothing() {
    long id = stoppedDay();
    JsonNode before = get("work_timers/" + id + ".json", miaToken).ok(200);
    String path = "work_timers/" + id + ".json";

    assertThat(
            put(path, miaToken, "{\"starts_at\": \"noon\"}")
                .isError(422, "invalid_time")
                .json()
                .get("message")
                .asText())
        .contains("starts_at");
    assertThat(
            put(
                    path,
                    miaToken,
                    "{\"starts_at\": \"2018-02-28T08:00:00+01:00\","
                        + " \"ends_at\": \"2018-02-28T16:00:00\"}")
                .isError(422, "invalid_time")
                .json()
                .get("message")
                .asText())
        .contains("ends_at");
    assertThat(
            put(
                    path,
                    miaToken,
                    "{\"starts_at\": \"2018-02-28T12:00:00+01:00\","
                        + " \"ends_at\": \"2018-02-28T11:00:00+01:00\"}")
                .isError(422, "invalid_parameter")
                .json()
                .get("message")
                .asText())
        .contains("ends_at");
    put(path, miaToken, "{\"reason\": \"nothing to change\"}").isError(422, "invalid_parameter");
    put(path, miaToken, "{}").isError(422, "invalid_parameter");
    put(path, miaToken, "{\"starts_at\": \"2018-02-28T08:00:00+01:00\", \"reason\": \"\\u0000\"}")
        .isError(422, "invalid_parameter");
    put(path, miaToken, "{\"starts_at\": {\"at\": 1}}").isError(422, "invalid_parameter");
    put(path, miaToken, "{\"starts_at\": \"2018-02-28T08:00:00+01:00\",}")
        .isError(400, "bad_request");

    assertThat(get(path, miaToken).ok(200)).isEqualTo(before);
  }

  @Test
  void aRefusedCorrectionWritesNeitherEnd() {
    long id = stoppedDay();
    JsonNode before = get("work_timers/" + id + ".json", miaToken).ok(200);
    String path = "work_timers/" + id + ".json";

    // A valid start with an end in the future: the start is not kept either.
    put(
            path,
            miaToken,
            "{\"starts_at\": \"2018-02-28T08:00:00+01:00\","
                + " \"ends_at\": \"2018-02-28T19:00:00+01:00\"}")
        .isError(422, "invalid_time");
    // A start after the day's only break would leave the break outside the day.
    long breakTimer =
        post(
                "break_timers.json",
                noraToken,
                "{\"work_timer_id\": "
                    + id
                    + ", \"starts_at\": \"2018-02-28T12:00:00+01:00\","
                    + " \"ends_at\": \"2018-02-28T12:30:00+01:00\"}")
            .ok(201)
            .get("id")
            .asLong();
    JsonNode withBreak = get("work_timers/" + id + ".json", miaToken).ok(200);
    put(path, miaToken, "{\"starts_at\": \"2018-02-28T12:10:00+01:00\"}")
        .isError(422, "invalid_time");

    assertThat(withBreak.get("starts_at")).isEqualTo(before.get("starts_at"));
    assertThat(withBreak.get("ends_at")).isEqualTo(before.get("ends_at"));
    assertThat(get(path, miaToken).ok(200)).isEqualTo(withBreak);
    assertThat(
            get("break_timers/" + breakTimer + ".json", miaToken).ok(200).get("starts_at").asText())
        .isEqualTo("2018-02-28T12:00:00+01:00");
  }

  @Test
  void theEndOfARunningDayIsSetByStoppingItNotByACorrection() {
    long id = checkIn(noraToken, "{\"do\": \"start\"}");
    clock.advance(Duration.ofHours(2));

    put("work_timers/" + id + ".json", miaToken, "{\"ends_at\": \"2018-02-28T10:30:00+01:00\"}")
        .isError(409, "invalid_state");

    assertThat(get("work_timers/" + id + ".json", miaToken).ok(200).get("state").asText())
        .isEqualTo("running");
  }

  @Test
  void aVerifiedDayIsLockedAgainstCorrections() {
    long id = stoppedDay();
    put("work_timers/" + id + ".json", miaToken, "{\"do\": \"verify\"}").ok(200);
    JsonNode verified = get("work_timers/" + id + ".json", miaToken).ok(200);

    put(
            "work_timers/" + id + ".json",
            miaToken,
            "{\"starts_at\": \"2018-02-28T08:00:00+01:00\", \"reason\": \"too late\"}")
        .isError(409, "invalid_state");
    put("work_timers/" + id + ".json", noraToken, "{\"ends_at\": \"2018-02-28T17:30:00+01:00\"}")
        .isError(409, "invalid_state");

    assertThat(get("work_timers/" + id + ".json", miaToken).ok(200)).isEqualTo(verified);
  }

  @Test
  void anEmployeeMayNotCorrectAColleaguesDay() {
    long id = stoppedDay();
    JsonNode before = get("work_timers/" + id + ".json", miaToken).ok(200);

    put(
            "work_timers/" + id + ".json",
            oleToken,
            "{\"starts_at\": \"2018-02-28T08:00:00+01:00\", \"reason\": \"helping out\"}")
        .isError(403, "forbidden");
    put("work_timers/" + id + ".json", zoeToken, "{\"starts_at\": \"2018-02-28T08:00:00+01:00\"}")
        .isError(404, "not_found");

    assertThat(get("work_timers/" + id + ".json", miaToken).ok(200)).isEqualTo(before);
  }

  @Test
  void aCorrectionOverlappingAnotherDayOfTheEmployeeIsAnOverlap() {
    long first = stoppedDay();
    long second = checkIn(noraToken, "{\"do\": \"start\"}");
    clock.advance(Duration.ofMinutes(30));
    put("work_timers/" + second + ".json", noraToken, "{\"do\": \"stop\"}").ok(200);

    put("work_timers/" + first + ".json", miaToken, "{\"ends_at\": \"2018-02-28T18:10:00+01:00\"}")
        .isError(409, "overlap");

    assertThat(get("work_timers/" + first + ".json", miaToken).ok(200).get("ends_at").asText())
        .isEqualTo("2018-02-28T17:00:00+01:00");
  }
}
