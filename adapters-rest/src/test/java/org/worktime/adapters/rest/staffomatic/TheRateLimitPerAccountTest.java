package org.worktime.adapters.rest.staffomatic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.worktime.adapters.rest.RestConfig;

/**
 * "Up to 500 requests per 10 second period from the same IP address for the same account" (the
 * vendor's README): on an account path, everyone of the company from one address shares a window.
 */
class TheRateLimitPerAccountTest extends StaffomaticFixture {

  @Override
  RestConfig config() {
    return super.config().withRateLimit(3, Duration.ofSeconds(10));
  }

  @Test
  void oneAddressAndOneAccountShareAWindowAndAnotherAccountHasItsOwn() {
    name(asAdmin, "werk-sued");
    name(asOtherAdmin, "zed-ag");

    assertThat(get("werk-sued/work_timers.json", noraToken).status()).isEqualTo(200);
    assertThat(get("werk-sued/work_timers.json", oleToken).status()).isEqualTo(200);
    assertThat(get("werk-sued/users.json", miaToken).status()).isEqualTo(200);
    Reply refused = get("werk-sued/work_timers.json", noraToken).isError(429, "rate_limited");
    assertThat(refused.header("Retry-After")).isEqualTo("10");
    assertThat(get("zed-ag/work_timers.json", zoeToken).status()).isEqualTo(200);

    clock.advance(Duration.ofSeconds(10));
    assertThat(get("werk-sued/work_timers.json", oleToken).status()).isEqualTo(200);
  }
}
