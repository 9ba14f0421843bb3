package org.worktime.domain.timer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * A timer's length as minutes with one decimal, as a string (TheBase {@code total_minuets}, e.g.
 * {@code "1.7"} for 102 seconds). Every dialect that shows decimal minutes uses this one rule,
 * which is why it lives in the domain.
 *
 * <p>The rule: whole seconds (a fraction of a second is dropped, as every dialect counts whole
 * seconds), divided by 60 and rounded {@link RoundingMode#HALF_UP} to one decimal, computed exactly
 * with {@link BigDecimal}. So 3 seconds (0.05 minutes) shows {@code "0.1"}, 2 seconds {@code
 * "0.0"}. This is a view: the recorded instants are never rounded.
 */
public final class TimerMinutes {

  private static final BigDecimal SECONDS_PER_MINUTE = BigDecimal.valueOf(60);

  private TimerMinutes() {}

  /**
   * @throws IllegalArgumentException for a negative duration, which no timer can have
   */
  public static String oneDecimal(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("a timer never lasts a negative time: " + duration);
    }
    return BigDecimal.valueOf(duration.toSeconds())
        .divide(SECONDS_PER_MINUTE, 1, RoundingMode.HALF_UP)
        .toPlainString();
  }
}
