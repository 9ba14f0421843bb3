package org.worktime.adapters.rest.staffomatic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Without configuration the limit is the vendor's documented one: 500 requests per 10 s. */
class TheDefaultRateLimitTest extends StaffomaticFixture {

  @Test
  void fiveHundredRequestsInTenSecondsThenA429() {
    for (int i = 0; i < 500; i++) {
      Reply reply = get("users/493.json", noraToken);
      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.header("X-RateLimit-Limit")).isEqualTo("500");
    }
    Reply refused = get("users/493.json", noraToken).isError(429, "rate_limited");
    // The clock stands at a whole minute: the window of 10 s has all of its 10 s ahead of it.
    assertThat(refused.header("Retry-After")).isEqualTo("10");
  }
}
