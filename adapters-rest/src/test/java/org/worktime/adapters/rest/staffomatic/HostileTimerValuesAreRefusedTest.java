package org.worktime.adapters.rest.staffomatic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Numbers and times an operator found to cost memory, time or a 500: each is Staffomatic's 422
 * whose message names the field, and nothing changes. {@code W} stands for Nora's running work
 * timer.
 */
class HostileTimerValuesAreRefusedTest extends StaffomaticFixture {

  private long workTimer;

  @BeforeEach
  void aRunningDay() {
    workTimer = checkIn(noraToken, "{\"do\": \"start\"}");
    clock.advance(Duration.ofHours(2));
  }

  static Stream<Arguments> hostileBodies() {
    return Stream.of(
        hostile("POST", "work_timers.json", "{\"do\": \"start\", \"x\": 1e100000000}", "x"),
        hostile("POST", "work_timers.json", "{\"x\": 1e1000000000, \"do\": \"start\"}", "x"),
        hostile(
            "POST",
            "work_timers.json",
            "{\"do\": \"start\", \"user_id\": 1e2147483647}",
            "user_id"),
        hostile("POST", "work_timers.json", "{\"do\": 1.5e-2147483648}", "do"),
        hostile(
            "PUT",
            "work_timers.json",
            "{\"timer_id\": 99999999999999999999, \"do\": \"stop\"}",
            "timer_id"),
        hostile(
            "POST",
            "break_timers.json",
            "{\"work_timer_id\": 1E+2147483648, \"do\": \"start\"}",
            "work_timer_id"),
        hostile(
            "PUT",
            "work_timers/W.json",
            "{\"do\": \"stop\", \"ends_at\": 1e-2147483649}",
            "ends_at"));
  }

  static Stream<Arguments> hostileTimes() {
    return Stream.of(
        hostile(
            "POST",
            "work_timers.json",
            "{\"do\": \"start\", \"starts_at\": \"+999999999-12-31T23:59:59Z\"}",
            "starts_at"),
        hostile(
            "POST",
            "work_timers.json",
            "{\"do\": \"start\", \"starts_at\": \"-999999999-01-01T00:00:00+01:00\"}",
            "starts_at"),
        hostile(
            "PUT",
            "work_timers/W.json",
            "{\"do\": \"stop\", \"ends_at\": \"+999999999-12-31T23:59:59+18:00\"}",
            "ends_at"),
        hostile(
            "PUT",
            "work_timers/W.json",
            "{\"starts_at\": \"-999999999-01-01T00:00:00Z\"}",
            "starts_at"),
        hostile(
            "POST",
            "break_timers.json",
            "{\"work_timer_id\": W, \"starts_at\": \"-999999999-01-01T00:00:00Z\", \"ends_at\": \"+999999999-12-31T23:59:59Z\"}",
            "starts_at"));
  }

  private static Arguments hostile(String method, String path, String body, String field) {
    return Arguments.of(method, path, body, field);
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("hostileBodies")
  void aHostileNumberIsNamedAndNothingChanges(
      String method, String path, String body, String field) {
    String before = everything();

    Reply reply = send(method, path, body).isError(422, "invalid_parameter");

    assertThat(reply.json().get("message").asText()).startsWith("parameter " + field + ":");
    assertThat(reply.body().length).isLessThan(1000);
    assertThat(everything()).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("hostileTimes")
  void aTimeBeyondTheYearsTheEngineHoldsIsNamedAndNothingChanges(
      String method, String path, String body, String field) {
    String before = everything();

    Reply reply = send(method, path, body).isError(422, "invalid_time");

    assertThat(reply.json().get("message").asText())
        .isEqualTo("parameter " + field + ": must be a time from year 1 to year 9999");
    assertThat(everything()).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "from=%2B999999999-12-31T23:59:59Z",
        "until=%2B999999999-12-31T23:59:59%2B18:00",
        "from=-999999999-01-01T00:00:00Z",
        "until=-999999999-01-01T00:00:00-18:00"
      })
  void aListingBeyondTheYearsTheEngineHoldsIsNamed(String query) {
    for (String list : new String[] {"work_timers.json", "break_timers.json"}) {
      Reply reply = get(list + "?" + query, miaToken).isError(422, "invalid_time");

      assertThat(reply.json().get("message").asText())
          .startsWith("parameter " + query.substring(0, query.indexOf('=')) + ":");
    }
  }

  private Reply send(String method, String path, String body) {
    String target = path.replace("W", Long.toString(workTimer));
    String json = body.replace("W", Long.toString(workTimer));
    return send(
        builder(target, miaToken)
            .header("Content-Type", "application/json")
            .method(
                method,
                java.net.http.HttpRequest.BodyPublishers.ofString(
                    json, java.nio.charset.StandardCharsets.UTF_8))
            .build());
  }

  /** Every work and break timer of the company, as its manager lists them. */
  private String everything() {
    return get("work_timers.json", miaToken).ok(200).toString()
        + get("break_timers.json", miaToken).ok(200).toString();
  }
}
