package org.worktime.adapters.rest.thebase;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StoppingATimerTest extends TheBaseFixture {

  private Reply stopWithBody(String token, String timerId, String body) {
    return send(
        HttpRequest.newBuilder(URI.create(base + "/v2/timer/" + timerId))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "null", "NULL", "{}", "{\"end_time\": \"ignored\"}", "{not json"})
  void theBodyIsNotReadTheTimerStopsByItsIdAlone(String body) {
    String id = started(danaToken, dana);
    clock.advance(Duration.ofSeconds(60));

    assertThat(stopWithBody(danaToken, id, body).ok().get("total_minuets").asText())
        .isEqualTo("1.0");
  }

  @Test
  void totalMinuetsRoundsWholeSecondsHalfUpToOneDecimal() {
    String a = started(danaToken, dana);
    clock.advance(Duration.ofSeconds(3));
    assertThat(stop(danaToken, a).ok().get("total_minuets").asText()).isEqualTo("0.1");

    String b = started(danaToken, dana);
    clock.advance(Duration.ofMillis(2999));
    assertThat(stop(danaToken, b).ok().get("total_minuets").asText()).isEqualTo("0.0");

    String c = started(danaToken, dana);
    clock.advance(Duration.ofHours(26).plusSeconds(33));
    assertThat(stop(danaToken, c).ok().get("total_minuets").asText()).isEqualTo("1560.6");
  }

  @Test
  void stoppingAStoppedTimerIsRefusedInHebrewAndKeepsTheFirstEnd() {
    String id = started(danaToken, dana);
    clock.advance(Duration.ofSeconds(102));
    stop(danaToken, id).ok();
    clock.advance(Duration.ofMinutes(10));

    Reply again = stop(danaToken, id).isError(409, "timer_not_running");

    assertThat(again.message()).isEqualTo("הטיימר כבר הופסק");
  }

  @Test
  void anUnknownTimerIsNotFound() {
    stop(danaToken, "271943382793099311437728449716604792195").isError(404, "timer_not_found");
    stop(danaToken, "0").isError(404, "timer_not_found");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "abc",
        "-5",
        "1.5",
        "340282366920938463463374607431768211456",
        "1234567890123456789012345678901234567890",
        "%D7%90"
      })
  void aTimerIdThatIsNotADecimalIdIsABadRequest(String id) {
    stop(danaToken, id).isError(400, "invalid_timer_id");
  }

  @Test
  void aTimerOfAnotherTenantIsNotFound() {
    String ottos = started(ottoToken, otto);

    stop(danaToken, ottos).isError(404, "timer_not_found");
    stop(miriToken, ottos).isError(404, "timer_not_found");
  }

  @Test
  void anEmployeeCannotStopAColleaguesTimer() {
    String danas = started(danaToken, dana);

    stop(eliToken, danas).isError(403, "forbidden");
  }

  @Test
  void aManagerStopsAnEmployeesTimer() {
    String danas = started(danaToken, dana);
    clock.advance(Duration.ofSeconds(30));

    assertThat(stop(miriToken, danas).ok().get("total_minuets").asText()).isEqualTo("0.5");
  }
}
