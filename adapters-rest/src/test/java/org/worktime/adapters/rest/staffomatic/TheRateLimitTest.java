package org.worktime.adapters.rest.staffomatic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.worktime.adapters.rest.RestConfig;

/** Three requests per token in each 60-second window, on the hand-moved clock. */
class TheRateLimitTest extends StaffomaticFixture {

  @Override
  RestConfig config() {
    return super.config().withRateLimit(3, Duration.ofSeconds(60));
  }

  @Test
  void theFourthRequestInAWindowIs429WithTheLimitHeadersAndTheNextWindowIsFree() {
    long reset = Instant.parse("2018-02-28T08:01:00Z").getEpochSecond();
    for (int remaining = 2; remaining >= 0; remaining--) {
      Reply reply = get("work_timers.json", noraToken);
      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.header("X-RateLimit-Limit")).isEqualTo("3");
      assertThat(reply.header("X-RateLimit-Remaining")).isEqualTo(Integer.toString(remaining));
      assertThat(reply.header("X-RateLimit-Reset")).isEqualTo(Long.toString(reset));
    }

    Reply refused = get("work_timers.json", noraToken).isError(429, "rate_limited");
    assertThat(refused.header("X-RateLimit-Remaining")).isEqualTo("0");
    assertThat(refused.header("X-RateLimit-Reset")).isEqualTo(Long.toString(reset));
    assertThat(refused.header("Retry-After")).isEqualTo("60");
    // Another token has its own window.
    assertThat(get("work_timers.json", oleToken).status()).isEqualTo(200);

    clock.advance(Duration.ofSeconds(60));
    Reply fresh = get("work_timers.json", noraToken);
    assertThat(fresh.status()).isEqualTo(200);
    assertThat(fresh.header("X-RateLimit-Remaining")).isEqualTo("2");
  }
}
