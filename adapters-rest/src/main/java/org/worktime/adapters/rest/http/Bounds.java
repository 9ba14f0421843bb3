package org.worktime.adapters.rest.http;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The ranges every number, duration and date-time from outside is held to before it is used, the
 * same for every dialect: what the engine and its stores can hold, and small enough that reading it
 * costs next to nothing. A number's text is checked before any {@link java.math.BigDecimal} is
 * built from it ({@code 1e1000000000} is 12 bytes, its plain digits a gigabyte). Each check answers
 * why a value is out of range, or nothing when it is in.
 */
public final class Bounds {

  /** The longest number text read, sign, point and exponent included. */
  public static final int MAX_NUMBER_LENGTH = 100;

  /** The largest exponent, either way, of a number read ({@code 1e100}, {@code 1e-100}). */
  public static final int MAX_EXPONENT = 100;

  /** The earliest time read: the first day of year 1, in UTC. */
  public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

  /** The latest time read: the last second of year 9999, in UTC. */
  public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

  /** The longest duration read: a hundred years of days. */
  public static final Duration LONGEST = Duration.ofDays(36_525);

  static final String NUMBER =
      "must be a number of at most "
          + MAX_NUMBER_LENGTH
          + " characters with an exponent from -"
          + MAX_EXPONENT
          + " to "
          + MAX_EXPONENT;

  static final String TIME = "must be a time from year 1 to year 9999";

  static final String DURATION = "must be at most P36525D (100 years)";

  private Bounds() {}

  /**
   * Why a JSON number's text (as the parser found it: digits, point, exponent) is out of range;
   * read digit by digit, never converted.
   */
  public static Option<String> number(String text) {
    if (text.length() > MAX_NUMBER_LENGTH) {
      return Option.some(NUMBER);
    }
    int e = Math.max(text.indexOf('e'), text.indexOf('E'));
    if (e < 0) {
      return Option.none();
    }
    long exponent = 0;
    for (int i = e + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        exponent = exponent * 10 + (c - '0');
        if (exponent > MAX_EXPONENT) {
          return Option.some(NUMBER);
        }
      }
    }
    return Option.none();
  }

  /** Why an instant is out of range. */
  public static Option<String> instant(Instant at) {
    return at.isBefore(EARLIEST) || at.isAfter(LATEST) ? Option.some(TIME) : Option.none();
  }

  /**
   * Why a wall time without an offset is out of range: the same years as {@link #instant}, wherever
   * on Earth it is read.
   */
  public static Option<String> wallTime(LocalDateTime at) {
    return at.isBefore(LocalDateTime.ofInstant(EARLIEST, ZoneOffset.UTC).plusDays(1))
            || at.isAfter(LocalDateTime.ofInstant(LATEST, ZoneOffset.UTC).minusDays(1))
        ? Option.some(TIME)
        : Option.none();
  }

  /** Why a duration is out of range (negative ones are the caller's to refuse). */
  public static Option<String> duration(Duration duration) {
    return duration.compareTo(LONGEST) > 0 ? Option.some(DURATION) : Option.none();
  }
}
