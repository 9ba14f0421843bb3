package org.worktime.adapters.rest.bitrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.worktime.adapters.rest.RestConfig;

/** Unconfigured, the limit is the vendor's on all plans but Enterprise: 50 at once, 2 a second. */
class TheDefaultQueryLimitTest extends TimemanFixture {

  @Override
  RestConfig config() {
    return super.config().withClock(clock);
  }

  @Test
  void fiftyAtOnceThenTwoASecond() {
    for (int i = 0; i < 50; i++) {
      assertThat(get("timeman.status", auth(fixedToken)).status())
          .as("request %d", i)
          .isEqualTo(200);
    }
    get("timeman.status", auth(fixedToken)).isError(503, "QUERY_LIMIT_EXCEEDED");

    clock.advance(Duration.ofSeconds(1));
    assertThat(get("timeman.status", auth(fixedToken)).status()).isEqualTo(200);
    assertThat(get("timeman.status", auth(fixedToken)).status()).isEqualTo(200);
    get("timeman.status", auth(fixedToken)).isError(503, "QUERY_LIMIT_EXCEEDED");
  }
}
