package org.worktime.adapters.rest.staffomatic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.worktime.application.port.AuditEntry;
import org.worktime.domain.id.WorkdayId;

/** Paths, media types, credentials, tenants, malformed input and retries. */
class StaffomaticConventionsTest extends StaffomaticFixture {

  @Test
  void aPathWithoutTheJsonSuffixIsAnUnsupportedMediaTypeUnlessJsonIsAskedFor() {
    // Without .json only a request that asks for JSON is served (PathsWithoutJsonTest).
    send(builder("work_timers", noraToken).header("Accept", "text/html").build())
        .isError(415, "unsupported_media_type");
    get("work_timers.xml", noraToken).isError(415, "unsupported_media_type");
    get("break_timers/1.csv", noraToken).isError(415, "unsupported_media_type");
  }

  @Test
  void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
    Reply form =
        send(
            builder("work_timers.json", noraToken)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("do=start"))
                .build());
    Reply text =
        send(
            builder("work_timers.json", noraToken)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"do\": \"start\"}"))
                .build());

    form.isError(415, "unsupported_media_type");
    text.isError(415, "unsupported_media_type");
    assertThat(get("work_timers.json", noraToken).ok(200)).isEmpty();
  }

  @Test
  void withoutAValidTokenTheAnswerIs401() {
    Reply none = get("work_timers.json", null);
    none.isError(401, "unauthorized");
    assertThat(none.header("WWW-Authenticate")).contains("Bearer realm=\"worktime\"");
    get("work_timers.json", "not-a-token").isError(401, "unauthorized");
  }

  @Test
  void anotherTenantsNumbersAreNotFound() {
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

    get("work_timers/" + workTimer + ".json", zoeToken).isError(404, "not_found");
    get("break_timers/" + breakTimer + ".json", zoeToken).isError(404, "not_found");
    put("work_timers/" + workTimer + ".json", zoeToken, "{\"do\": \"stop\"}")
        .isError(404, "not_found");
    delete("break_timers/" + breakTimer + ".json", zoeToken).isError(404, "not_found");
    assertThat(get("work_timers.json", zoeToken).ok(200)).isEmpty();
    assertThat(get("break_timers.json?user_ids%5B%5D=493", zoeToken).ok(200)).isEmpty();
    // Zoe's own user 493 is another person: checking her in touches nothing of Nora's.
    assertThat(
            post("work_timers.json", zoeToken, "{\"user_id\": 493, \"do\": \"start\"}")
                .ok(201)
                .get("user_id")
                .asLong())
        .isEqualTo(493);
    assertThat(get("work_timers/" + workTimer + ".json", noraToken).ok(200).get("state").asText())
        .isEqualTo("running");
  }

  @Test
  void malformedInputIsAClientErrorNeverA500() {
    long workTimer = checkIn(noraToken, "{\"do\": \"start\"}");

    post("break_timers.json", noraToken, "{not json").isError(400, "bad_request");
    post("break_timers.json", noraToken, "[1, 2]").isError(400, "bad_request");
    post(
            "break_timers.json",
            noraToken,
            "{\"starts_at\": \"2015-07-20T08:00:00+02:00\", \"work_timer_id\": 1,}")
        .isError(400, "bad_request");
    post("break_timers.json", noraToken, "{\"do\": \"start\"}").isError(422, "invalid_parameter");
    post("break_timers.json", noraToken, "{\"work_timer_id\": \"x\", \"do\": \"start\"}")
        .isError(422, "invalid_parameter");
    post("break_timers.json", noraToken, "{\"work_timer_id\": {\"a\": 1}}")
        .isError(422, "invalid_parameter");
    post(
            "break_timers.json",
            noraToken,
            "{\"work_timer_id\": " + workTimer + ", \"starts_at\": \"2018-02-28T08:00:00+01:00\"}")
        .isError(422, "invalid_parameter");
    post(
            "break_timers.json",
            noraToken,
            "{\"work_timer_id\": "
                + workTimer
                + ", \"starts_at\": \"2018-02-28T09:10:00+01:00\","
                + " \"ends_at\": \"2018-02-28T09:05:00+01:00\"}")
        .isError(422, "invalid_parameter");
    post(
            "break_timers.json",
            noraToken,
            "{\"work_timer_id\": " + workTimer + ", \"do\": \"start\", \"starts_at\": \"noon\"}")
        .isError(422, "invalid_time");
    post("work_timers.json", noraToken, "{\"do\": \"begin\"}").isError(422, "invalid_parameter");
    post("work_timers.json", noraToken, "{\"do\": \"start\", \"device_type\": \"toaster\"}")
        .isError(422, "invalid_parameter");
    put("work_timers/" + workTimer + ".json", noraToken, "{\"do\": \"dance\"}")
        .isError(422, "invalid_parameter");
    get("nothing_here.json", noraToken).isError(404, "not_found");
    // PATCH is taken wherever PUT is (PatchAndNestedBreaksTest); DELETE is not, on the list.
    send(builder("work_timers.json", noraToken)
            .method("DELETE", HttpRequest.BodyPublishers.noBody())
            .build())
        .isError(405, "method_not_allowed");
  }

  @Test
  void aBreakOutsideItsDayOrOverlappingAnotherIsRefusedWithAReason() {
    long workTimer = checkIn(noraToken, "{\"do\": \"start\"}");
    clock.advance(Duration.ofHours(4));
    String inside =
        "{\"work_timer_id\": "
            + workTimer
            + ", \"starts_at\": \"2018-02-28T10:00:00+01:00\","
            + " \"ends_at\": \"2018-02-28T10:30:00+01:00\"}";
    post("break_timers.json", noraToken, inside).ok(201);

    post("break_timers.json", noraToken, inside).isError(409, "overlap");
    post(
            "break_timers.json",
            noraToken,
            "{\"work_timer_id\": "
                + workTimer
                + ", \"starts_at\": \"2018-02-28T07:00:00+01:00\","
                + " \"ends_at\": \"2018-02-28T07:30:00+01:00\"}")
        .isError(422, "invalid_time");
  }

  @Test
  void anEditReasonInHebrewWithEmojiReachesTheAuditTrailIntact() {
    String reason = "שכחתי לסיים את ההפסקה ☕🙈";
    long workTimer = checkIn(noraToken, "{\"do\": \"start\"}");
    clock.advance(Duration.ofHours(4));
    long breakTimer =
        post(
                "break_timers.json",
                noraToken,
                "{\"work_timer_id\": "
                    + workTimer
                    + ", \"starts_at\": \"2018-02-28T10:00:00+01:00\","
                    + " \"ends_at\": \"2018-02-28T10:30:00+01:00\"}")
            .ok(201)
            .get("id")
            .asLong();

    put(
            "break_timers/" + breakTimer + ".json",
            miaToken,
            "{\"ends_at\": \"2018-02-28T10:20:00+01:00\", \"reason\": \"" + reason + "\"}")
        .ok(200);

    WorkdayId day = engine.workdayStatus().statusOf(asAdmin, nora.id()).get().get().workday().id();
    AuditEntry last = engine.workdayHistory().historyOf(asAdmin, day).get().last();
    assertThat(last.reason().map(note -> note.text())).contains(reason);
    assertThat(last.reason().get().text().getBytes(StandardCharsets.UTF_8))
        .isEqualTo(reason.getBytes(StandardCharsets.UTF_8));
    JsonNode edited = get("break_timers/" + breakTimer + ".json", noraToken).ok(200);
    assertThat(edited.get("updated_by_id").asLong()).isEqualTo(7);
  }

  @Test
  void aRetriedCheckInWithTheSameIdempotencyKeyAnswersTheSameTimer() {
    HttpRequest first =
        builder("work_timers.json", noraToken)
            .header("Idempotency-Key", "check-in-2018-02-28")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"do\": \"start\"}"))
            .build();

    JsonNode once = send(first).ok(201);
    JsonNode again = send(first).ok(201);

    assertThat(again.get("id")).isEqualTo(once.get("id"));
    assertThat(get("work_timers.json", noraToken).ok(200)).hasSize(1);
    send(builder("work_timers.json", noraToken)
            .header("Idempotency-Key", "check-in-2018-02-28")
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"do\": \"start\", \"device_type\": \"web\"}"))
            .build())
        .isError(422, "idempotency_key_reused");
  }

  @Test
  void aRunningBreakIsStoppedBeforeItIsDeletedOrEdited() {
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

    delete("break_timers/" + breakTimer + ".json", noraToken).isError(409, "invalid_state");
    put(
            "break_timers/" + breakTimer + ".json",
            noraToken,
            "{\"ends_at\": \"2018-02-28T10:05:00+01:00\"}")
        .isError(409, "invalid_state");
    post(
            "break_timers.json",
            noraToken,
            "{\"work_timer_id\": " + workTimer + ", \"do\": \"start\"}")
        .isError(409, "invalid_state");
    post("work_timers.json", noraToken, "{\"do\": \"start\"}").isError(409, "invalid_state");
    put("break_timers.json", noraToken, "{\"work_timer_id\": " + workTimer + ", \"do\": \"start\"}")
        .isError(422, "invalid_parameter");
  }
}
