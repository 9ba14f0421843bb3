package org.worktime.domain.compliance;

import java.time.Duration;
import java.util.Objects;

/** Formats durations for violation sentences; adapters keep their own dialect formats. */
final class Durations {

  private Durations() {}

  /**
   * {@code "6 h 1 min"}, {@code "6 h"}, {@code "45 min"}, {@code "0 min"}; seconds when present.
   */
  static String text(Duration duration) {
    Duration magnitude = duration.abs();
    StringBuilder text = new StringBuilder(duration.isNegative() ? "-" : "");
    long hours = magnitude.toHours();
    int minutes = magnitude.toMinutesPart();
    int seconds = magnitude.toSecondsPart();
    if (hours > 0) {
      text.append(hours).append(" h");
    }
    if (minutes > 0 || hours == 0) {
      text.append(hours > 0 ? " " : "").append(minutes).append(" min");
    }
    if (seconds > 0) {
      text.append(' ').append(seconds).append(" s");
    }
    return text.toString();
  }

  static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  static void requireNonNegative(Duration duration, String what) {
    if (Objects.requireNonNull(duration, what).isNegative()) {
      throw new IllegalArgumentException(what + " cannot be negative: " + duration);
    }
  }
}
