package org.worktime.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AManualTimeNeedingApprovalTest {

  private static final Instant NOW = Instant.parse("2026-06-15T09:00:00Z");

  private static final SchedulePolicy FIFTEEN_MINUTES = SchedulePolicy.flexible();

  private static SchedulePolicy allowing(Duration delta) {
    return new SchedulePolicy(
        new Schedule.FlexibleHours(1), Option.none(), Option.none(), Option.none(), delta, true);
  }

  @Test
  void theDefaultAllowedDeltaIsFifteenMinutes() {
    assertThat(FIFTEEN_MINUTES.allowedDelta()).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void aTimeExactlyTheAllowedDeltaInThePastIsFine() {
    assertThat(FIFTEEN_MINUTES.needsApproval(NOW.minus(Duration.ofMinutes(15)), NOW)).isFalse();
  }

  @Test
  void aTimeOneSecondFurtherInThePastNeedsApproval() {
    assertThat(FIFTEEN_MINUTES.needsApproval(NOW.minusSeconds(15 * 60 + 1), NOW)).isTrue();
  }

  @Test
  void aTimeExactlyTheAllowedDeltaInTheFutureIsFine() {
    assertThat(FIFTEEN_MINUTES.needsApproval(NOW.plus(Duration.ofMinutes(15)), NOW)).isFalse();
  }

  @Test
  void aTimeOneSecondFurtherInTheFutureNeedsApproval() {
    assertThat(FIFTEEN_MINUTES.needsApproval(NOW.plusSeconds(15 * 60 + 1), NOW)).isTrue();
  }

  @Test
  void evenANanosecondBeyondTheDeltaNeedsApproval() {
    assertThat(FIFTEEN_MINUTES.needsApproval(NOW.minus(Duration.ofMinutes(15).plusNanos(1)), NOW))
        .isTrue();
  }

  @Test
  void theCurrentTimeNeverNeedsApproval() {
    assertThat(allowing(Duration.ZERO).needsApproval(NOW, NOW)).isFalse();
  }

  @Test
  void withNoAllowedDeltaAnyOtherTimeNeedsApproval() {
    assertThat(allowing(Duration.ZERO).needsApproval(NOW.minusSeconds(1), NOW)).isTrue();
    assertThat(allowing(Duration.ZERO).needsApproval(NOW.plusSeconds(1), NOW)).isTrue();
  }

  @Test
  void aNegativeAllowedDeltaIsNotAPolicy() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> allowing(Duration.ofMinutes(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
