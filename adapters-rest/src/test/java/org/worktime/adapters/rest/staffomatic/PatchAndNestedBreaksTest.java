package org.worktime.adapters.rest.staffomatic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * PATCH wherever PUT works (staffomatic.rb's {@code update_work_timer} and {@code
 * update_break_timer} send PATCH), and a break started on its work timer's own path ({@code
 * create_break_timer} posts to {@code work_timers/<id>/break_timers}).
 */
class PatchAndNestedBreaksTest extends StaffomaticFixture {

  @Test
  void patchStopsAWorkTimerAsPutDoes() {
    long id = checkIn(noraToken, "{\"do\": \"start\"}");
    clock.advance(Duration.ofHours(1));

    JsonNode stopped =
        patch("work_timers/" + id + ".json", noraToken, "{\"do\": \"stop\"}").ok(200);

    assertThat(stopped.get("state").asText()).isEqualTo("stopped");
    assertThat(stopped.get("duration").asLong()).isEqualTo(3600);
  }

  @Test
  void patchOnTheCollectionChecksOutByTimerId() {
    long id = checkIn(noraToken, "{\"do\": \"start\"}");

    JsonNode stopped =
        patch("work_timers.json", noraToken, "{\"timer_id\": " + id + ", \"do\": \"stop\"}")
            .ok(200);

    assertThat(stopped.get("state").asText()).isEqualTo("stopped");
  }

  @Test
  void patchOnAMissingIdIs404() {
    patch("work_timers/987654.json", noraToken, "{\"do\": \"stop\"}").isError(404, "not_found");
    patch("break_timers/987654.json", noraToken, "{\"do\": \"stop\"}").isError(404, "not_found");
  }

  @Test
  void patchStopsABreakAsPutDoes() {
    long id = checkIn(noraToken, "{\"do\": \"start\"}");
    long breakId =
        post("work_timers/" + id + "/break_timers.json", noraToken, "{\"do\": \"start\"}")
            .ok(201)
            .get("id")
            .asLong();
    clock.advance(Duration.ofMinutes(10));

    JsonNode stopped =
        patch("break_timers/" + breakId + ".json", noraToken, "{\"do\": \"stop\"}").ok(200);

    assertThat(stopped.get("state").asText()).isEqualTo("stopped");
    assertThat(stopped.get("duration").asLong()).isEqualTo(600);
  }

  @Test
  void aNestedPostStartsABreakOnThatTimer() {
    long id = checkIn(noraToken, "{\"do\": \"start\"}");

    JsonNode started =
        post(
                "work_timers/" + id + "/break_timers.json",
                noraToken,
                "{\"starts_at\": \"2018-02-28T09:00:00+01:00\", \"do\": \"start\"}")
            .ok(201);

    assertThat(started.get("work_timer_id").asLong()).isEqualTo(id);
    assertThat(started.get("state").asText()).isEqualTo("running");
    assertThat(started.get("ends_at").isNull()).isTrue();
    assertThat(get("work_timers/" + id + ".json", noraToken).ok(200).get("state").asText())
        .isEqualTo("running");
    assertThat(get("work_timers/" + id + "/break_timers.json", noraToken).ok(200).size())
        .isEqualTo(1);
  }

  @Test
  void aNestedPostWithoutABodyStartsABreakNow() {
    long id = checkIn(noraToken, "{\"do\": \"start\"}");

    Reply reply =
        send(
            builder("work_timers/" + id + "/break_timers.json", noraToken)
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                .build());

    assertThat(reply.ok(201).get("state").asText()).isEqualTo("running");
  }

  @Test
  void aNestedPostWithBothEndsRecordsAFinishedBreak() {
    long id =
        checkIn(noraToken, "{\"do\": \"start\", \"starts_at\": \"2018-02-28T08:00:00+01:00\"}");

    JsonNode added =
        post(
                "work_timers/" + id + "/break_timers.json",
                noraToken,
                "{\"starts_at\": \"2018-02-28T08:15:00+01:00\","
                    + " \"ends_at\": \"2018-02-28T08:30:00+01:00\"}")
            .ok(201);

    assertThat(added.get("state").asText()).isEqualTo("stopped");
    assertThat(added.get("duration").asLong()).isEqualTo(900);
  }

  @Test
  void aNestedBreakOnSomeoneElsesTimerIsForbidden() {
    long olesTimer = checkIn(oleToken, "{\"do\": \"start\"}");

    post("work_timers/" + olesTimer + "/break_timers.json", noraToken, "{\"do\": \"start\"}")
        .isError(403, "forbidden");
    assertThat(get("work_timers/" + olesTimer + ".json", oleToken).ok(200).get("state").asText())
        .isEqualTo("running");
    post("work_timers/" + olesTimer + "/break_timers.json", zoeToken, "{\"do\": \"start\"}")
        .isError(404, "not_found");
  }

  @Test
  void aNestedBreakOnAMissingOrStoppedTimerIsRefused() {
    post("work_timers/987654/break_timers.json", noraToken, "{\"do\": \"start\"}")
        .isError(404, "not_found");
    long id = checkIn(noraToken, "{\"do\": \"start\"}");
    put("work_timers/" + id + ".json", noraToken, "{\"do\": \"stop\"}").ok(200);

    post("work_timers/" + id + "/break_timers.json", noraToken, "{\"do\": \"start\"}")
        .isError(409, "invalid_state");
  }

  @Test
  void aNestedStartWithAnEndIsRefusedAsIncoherent() {
    long id = checkIn(noraToken, "{\"do\": \"start\"}");

    post(
            "work_timers/" + id + "/break_timers.json",
            noraToken,
            "{\"do\": \"start\", \"ends_at\": \"2018-02-28T10:00:00+01:00\"}")
        .isError(422, "invalid_parameter");
    post(
            "work_timers/" + id + "/break_timers.json",
            noraToken,
            "{\"ends_at\": \"2018-02-28T10:00:00+01:00\"}")
        .isError(422, "invalid_parameter");
  }

  @Test
  void onlyWhatTakesPutTakesPatch() {
    patch("users/493.json", noraToken, "{}").isError(405, "method_not_allowed");
  }
}
