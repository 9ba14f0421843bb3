package org.worktime.adapters.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The ranges every date, time and duration typed or imported is held to before it is used: what the
 * engine and its stores can hold (years 1 to 9999; a hundred years at most for a duration, so that
 * a key's expiry or a rounding grid never overflows an instant), the same for every command.
 */
public final class Bounds {

  public static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
  public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

  /** The longest duration read: a hundred years of days. */
  public static final Duration LONGEST = Duration.ofDays(36_525);

  /** {@link #LONGEST} as people write it (its {@code toString} is in hours). */
  public static final String LONGEST_TEXT = "P36525D (100 years)";

  /** What a date or time out of range is told. */
  public static final String YEARS = "years 1 to 9999";

  private Bounds() {}

  /** A date from year 1 to year 9999. */
  public static boolean holds(LocalDate date) {
    return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
  }

  /** An instant from year 1 to year 9999, in UTC. */
  public static boolean holds(Instant at) {
    return !at.isBefore(EARLIEST.atStartOfDay().toInstant(java.time.ZoneOffset.UTC))
        && at.isBefore(LATEST.plusDays(1).atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
  }

  /** A duration of at most a hundred years. */
  public static boolean holds(Duration duration) {
    return duration.compareTo(LONGEST) <= 0;
  }
}
