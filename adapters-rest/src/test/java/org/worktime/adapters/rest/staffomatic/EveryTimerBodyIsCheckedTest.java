package org.worktime.adapters.rest.staffomatic;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every constraint of Staffomatic's work and break timer bodies, each broken alone: the answer is
 * Staffomatic's 422 whose message names the field, and nothing changes. Fields the dialect does not
 * know are ignored. {@code W} stands for Nora's running work timer, {@code B} for a finished break
 * of it.
 */
class EveryTimerBodyIsCheckedTest extends StaffomaticFixture {

  private long workTimer;
  private long finishedBreak;

  @BeforeEach
  void aRunningDayWithAFinishedBreak() {
    workTimer = checkIn(noraToken, "{\"do\": \"start\"}");
    clock.advance(Duration.ofHours(2));
    finishedBreak =
        post(
                "break_timers.json",
                noraToken,
                "{\"work_timer_id\": "
                    + workTimer
                    + ", \"starts_at\": \"2018-02-28T09:30:00+01:00\","
                    + " \"ends_at\": \"2018-02-28T09:45:00+01:00\"}")
            .ok(201)
            .get("id")
            .asLong();
  }

  static Stream<Arguments> brokenBodies() {
    String later = "\"2018-02-28T10:00:00+01:00\"";
    String earlier = "\"2018-02-28T09:00:00+01:00\"";
    return Stream.of(
        // Check-in.
        broken("POST", "work_timers.json", "{}", "invalid_parameter", "do"),
        broken("POST", "work_timers.json", "{\"do\": \"begin\"}", "invalid_parameter", "do"),
        broken(
            "POST",
            "work_timers.json",
            "{\"do\": \"start\", \"user_id\": 0}",
            "invalid_parameter",
            "user_id"),
        broken(
            "POST",
            "work_timers.json",
            "{\"do\": \"start\", \"user_id\": {\"id\": 494}}",
            "invalid_parameter",
            "user_id"),
        broken(
            "POST",
            "work_timers.json",
            "{\"do\": \"start\", \"starts_at\": \"2018-02-28T09:00:00\"}",
            "invalid_time",
            "starts_at"),
        broken(
            "POST",
            "work_timers.json",
            "{\"do\": \"start\", \"device_type\": \"fax\"}",
            "invalid_parameter",
            "device_type"),
        // A work timer's stop, verification or correction.
        broken("PUT", "work_timers/W.json", "{\"do\": \"pause\"}", "invalid_parameter", "do"),
        broken("PUT", "work_timers/W.json", "{}", "invalid_parameter", "starts_at"),
        broken(
            "PUT",
            "work_timers/W.json",
            "{\"starts_at\": " + later + ", \"ends_at\": " + earlier + "}",
            "invalid_parameter",
            "ends_at"),
        broken(
            "PUT",
            "work_timers/W.json",
            "{\"do\": \"stop\", \"ends_at\": \"soon\"}",
            "invalid_time",
            "ends_at"),
        broken(
            "PUT",
            "work_timers/W.json",
            "{\"starts_at\": " + earlier + ", \"reason\": \"nul \\u0000\"}",
            "invalid_parameter",
            "reason"),
        // Check-out on the collection.
        broken("PUT", "work_timers.json", "{\"do\": \"stop\"}", "invalid_parameter", "timer_id"),
        broken(
            "PUT",
            "work_timers.json",
            "{\"timer_id\": \"-1\", \"do\": \"stop\"}",
            "invalid_parameter",
            "timer_id"),
        broken(
            "PUT",
            "work_timers.json",
            "{\"timer_id\": W, \"do\": \"verify\"}",
            "invalid_parameter",
            "do"),
        // A new break.
        broken(
            "POST",
            "break_timers.json",
            "{\"do\": \"start\"}",
            "invalid_parameter",
            "work_timer_id"),
        broken(
            "POST",
            "break_timers.json",
            "{\"work_timer_id\": W, \"do\": \"stop\"}",
            "invalid_parameter",
            "do"),
        broken(
            "POST",
            "break_timers.json",
            "{\"work_timer_id\": W}",
            "invalid_parameter",
            "starts_at"),
        broken(
            "POST",
            "break_timers.json",
            "{\"work_timer_id\": W, \"starts_at\": " + earlier + "}",
            "invalid_parameter",
            "ends_at"),
        broken(
            "POST",
            "break_timers.json",
            "{\"work_timer_id\": W, \"do\": \"start\", \"starts_at\": \"noon\"}",
            "invalid_time",
            "starts_at"),
        broken(
            "POST",
            "break_timers.json",
            "{\"work_timer_id\": W, \"do\": \"start\", \"device_type\": [\"web\"]}",
            "invalid_parameter",
            "device_type"),
        // A break's change, stop and removal.
        broken("PUT", "break_timers/B.json", "{\"do\": \"start\"}", "invalid_parameter", "do"),
        broken(
            "PUT",
            "break_timers/B.json",
            "{\"ends_at\": " + earlier + "}",
            "invalid_parameter",
            "ends_at"),
        broken(
            "PUT",
            "break_timers/B.json",
            "{\"starts_at\": " + earlier + ", \"reason\": [\"late\"]}",
            "invalid_parameter",
            "reason"),
        broken("PUT", "break_timers.json", "{\"work_timer_id\": W}", "invalid_parameter", "do"),
        broken(
            "PUT",
            "break_timers.json",
            "{\"work_timer_id\": W, \"do\": \"start\"}",
            "invalid_parameter",
            "do"),
        broken(
            "PUT", "break_timers.json", "{\"do\": \"stop\"}", "invalid_parameter", "work_timer_id"),
        broken(
            "DELETE",
            "break_timers/B.json",
            "{\"reason\": \"broken \\ud800\"}",
            "invalid_parameter",
            "reason"));
  }

  private static Arguments broken(
      String method, String path, String body, String code, String field) {
    return Arguments.of(method, path, body, code, field);
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("brokenBodies")
  void aBrokenFieldIsNamedAndNothingChanges(
      String method, String path, String body, String code, String field) {
    String before = everything();

    Reply reply = send(method, path, body).isError(422, code);

    assertThat(reply.json().get("message").asText()).startsWith("parameter " + field + ":");
    assertThat(everything()).isEqualTo(before);
  }

  @Test
  void fieldsStaffomaticDoesNotKnowAreIgnored() {
    long started =
        post(
                "work_timers.json",
                oleToken,
                "{\"do\": \"start\", \"note\": {\"text\": \"hi\"}, \"shift_id\": 12}")
            .ok(201)
            .get("id")
            .asLong();

    put("work_timers.json", oleToken, "{\"id\": " + started + ", \"do\": \"stop\", \"x\": [1]}")
        .ok(200);
  }

  @Test
  void malformedJsonAnUnknownUserAndAnOversizedBodyChangeNothing() {
    String before = everything();

    post("work_timers.json", miaToken, "{\"do\": \"start\"").isError(400, "bad_request");
    post("work_timers.json", miaToken, "{\"do\": \"start\", \"user_id\": 999}")
        .isError(404, "not_found");
    post(
            "work_timers.json",
            miaToken,
            "{\"do\": \"start\", \"device_type\": \"" + "x".repeat(1024 * 1024) + "\"}")
        .isError(413, "request_too_large");

    assertThat(everything()).isEqualTo(before);
  }

  private Reply send(String method, String path, String body) {
    String target =
        path.replace("W", Long.toString(workTimer)).replace("B", Long.toString(finishedBreak));
    String json =
        body.replace("W", Long.toString(workTimer)).replace("B", Long.toString(finishedBreak));
    return send(
        HttpRequest.newBuilder(URI.create(base + "/v3/" + target))
            .header("Authorization", "Bearer " + miaToken)
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .build());
  }

  /** Every work and break timer of the company, as its manager lists them. */
  private String everything() {
    return get("work_timers.json", miaToken).ok(200).toString()
        + get("break_timers.json", miaToken).ok(200).toString();
  }
}
