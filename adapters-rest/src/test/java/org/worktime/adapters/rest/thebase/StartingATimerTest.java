package org.worktime.adapters.rest.thebase;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.worktime.domain.timer.RunningTimer;

class StartingATimerTest extends TheBaseFixture {

  private RunningTimer theOnlyRunningTimer() {
    return engine.runningTimers().running(asAdmin, Option.none(), 0, 10).get().items().single();
  }

  private String body(String fields) {
    return "{\"owner\": \"" + decimal(dana) + "\"" + (fields.isEmpty() ? "" : ", " + fields) + "}";
  }

  @Test
  void anAccountIdLinksTheTimerToThatCustomerExactlyAsGiven() {
    start(danaToken, body("\"account_id\": \"ACC-0042 לקוח\"")).created();

    assertThat(theOnlyRunningTimer().details().account().get().value()).isEqualTo("ACC-0042 לקוח");
  }

  @Test
  void aStartTimeInUtcIsThatInstant() {
    start(danaToken, body("\"start_time\": \"2021-09-22T16:00:00Z\"")).created();

    assertThat(theOnlyRunningTimer().start().at()).isEqualTo(Instant.parse("2021-09-22T16:00:00Z"));
  }

  @Test
  void aStartTimeWithAnOffsetIsThatInstant() {
    start(danaToken, body("\"start_time\": \"2021-09-22T19:00:00+03:00\"")).created();

    assertThat(theOnlyRunningTimer().start().at()).isEqualTo(Instant.parse("2021-09-22T16:00:00Z"));
  }

  @Test
  void aStartTimeWithoutAnOffsetIsAWallTimeInTheOwnersHomeZone() {
    // Jerusalem keeps summer time (+03:00) until the end of October.
    start(danaToken, body("\"start_time\": \"2021-09-22T19:00:00\"")).created();

    assertThat(theOnlyRunningTimer().start().at()).isEqualTo(Instant.parse("2021-09-22T16:00:00Z"));
  }

  @Test
  void aStartTimeMayUseASpaceForTheTAndOmitTheSeconds() {
    start(danaToken, body("\"start_time\": \"2021-09-22 19:00\"")).created();

    assertThat(theOnlyRunningTimer().start().at()).isEqualTo(Instant.parse("2021-09-22T16:00:00Z"));
  }

  @Test
  void aWallTimeInTheSpringGapOfTheOwnersZoneIsRefusedAsNonexistent() {
    // Israel moved its clocks from 02:00 to 03:00 on 2021-03-26.
    start(danaToken, body("\"start_time\": \"2021-03-26T02:30:00\""))
        .isError(400, "nonexistent_local_time");
  }

  @Test
  void aWallTimeInTheAutumnOverlapTakesTheEarlierOffset() {
    clock.set(Instant.parse("2021-11-01T00:00:00Z"));
    // On 2021-10-31 01:30 happened twice in Jerusalem: at +03:00 and an hour later at +02:00.
    start(danaToken, body("\"start_time\": \"2021-10-31T01:30:00\"")).created();

    assertThat(theOnlyRunningTimer().start().at()).isEqualTo(Instant.parse("2021-10-30T22:30:00Z"));
  }

  @Test
  void aStartTimeThatIsNotADateTimeIsRefused() {
    for (String text : new String[] {"yesterday", "2021-09-22", "22/09/2021 16:33", "16:33:08"}) {
      start(danaToken, body("\"start_time\": \"" + text + "\"")).isError(400, "invalid_start_time");
    }
  }

  @Test
  void aStartTimeInTheFutureIsRefused() {
    start(danaToken, body("\"start_time\": \"2021-09-22T16:34:00Z\""))
        .isError(400, "start_in_future");
  }

  @Test
  void withoutAnOwnerTheTimerIsRefused() {
    start(danaToken, "{\"comment\": \"x\"}").isError(400, "missing_parameter");
    start(danaToken, "{\"owner\": \"\"}").isError(400, "missing_parameter");
    start(danaToken, "{\"owner\": null}").isError(400, "missing_parameter");
  }

  @Test
  void anOwnerThatIsNotADecimalIdIsRefused() {
    for (String owner :
        new String[] {
          "dana", "-1", "1e5", "0x10", "١٢٣", "340282366920938463463374607431768211456"
        }) {
      start(danaToken, "{\"owner\": \"" + owner + "\"}").isError(400, "invalid_parameter");
    }
  }

  @Test
  void anUnknownOwnerIsNotFound() {
    start(danaToken, "{\"owner\": \"12345\"}").isError(404, "owner_not_found");
    start(danaToken, "{\"owner\": \"12345\", \"start_time\": \"2021-09-22T10:00:00\"}")
        .isError(404, "owner_not_found");
  }

  @Test
  void anOwnerOfAnotherTenantIsNotFound() {
    start(danaToken, "{\"owner\": \"" + decimal(otto) + "\"}").isError(404, "owner_not_found");
    start(ottoToken, "{\"owner\": \"" + decimal(dana) + "\"}").isError(404, "owner_not_found");
  }

  @Test
  void anEmployeeCannotStartATimerForAColleague() {
    start(eliToken, body("")).isError(403, "forbidden");
  }

  @Test
  void aManagerStartsATimerForAnEmployee() {
    start(miriToken, body("")).created();

    assertThat(theOnlyRunningTimer().owner()).isEqualTo(dana.id());
  }

  @Test
  void aSecondStartStopsTheOwnersRunningTimerWhereTheNewOneStarts() {
    String first = started(danaToken, dana);
    clock.advance(Duration.ofMinutes(5));
    String second = started(danaToken, dana);

    assertThat(theOnlyRunningTimer().id().value().toDecimal()).isEqualTo(second);
    stop(danaToken, first).isError(409, "timer_not_running");
  }

  @Test
  void aRetryWithTheSameIdempotencyKeyAnswersTheFirstTimerAndStartsNoOther() {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/v2/timer/start"))
            .header("Authorization", "Bearer " + danaToken)
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", "start-7f3a")
            .POST(HttpRequest.BodyPublishers.ofString(body(""), StandardCharsets.UTF_8))
            .build();

    String first = send(request).created().get("id").asText();
    clock.advance(Duration.ofSeconds(3));
    String retried = send(request).created().get("id").asText();

    assertThat(retried).isEqualTo(first);
    assertThat(theOnlyRunningTimer().id().value().toDecimal()).isEqualTo(first);
  }

  @Test
  void anIdempotencyKeyReusedForAnotherRequestIsRefused() {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + "/v2/timer/start"))
            .header("Authorization", "Bearer " + danaToken)
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", "start-7f3a");
    send(request.POST(HttpRequest.BodyPublishers.ofString(body(""))).build()).created();

    send(request.POST(HttpRequest.BodyPublishers.ofString(body("\"comment\": \"other\""))).build())
        .isError(422, "idempotency_key_reused");
  }

  @Test
  void aMalformedIdempotencyKeyIsRefused() {
    send(HttpRequest.newBuilder(URI.create(base + "/v2/timer/start"))
            .header("Authorization", "Bearer " + danaToken)
            .header("Idempotency-Key", "x".repeat(201))
            .POST(HttpRequest.BodyPublishers.ofString(body("")))
            .build())
        .isError(400, "invalid_parameter");
  }
}
