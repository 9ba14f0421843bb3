package org.worktime.adapters.jsonrpc.timeclock;

import io.vavr.control.Either;
import io.vavr.control.Try;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import org.worktime.adapters.jsonrpc.Bounds;

/**
 * TimeClock's times: local wall time {@code "YYYY-MM-DD HH:MM:SS"} without an offset, beside the
 * zone's name, and dates {@code "YYYY-MM-DD"}. Parsing is strict: no February 30th, no 24:00.
 */
final class WallClock {

  static final String DATE_FORMAT = "must be a date YYYY-MM-DD, e.g. 2024-10-09";
  static final String TIME_FORMAT =
      "must be a local time YYYY-MM-DD HH:MM:SS, e.g. 2024-10-09 08:12:34";

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);

  private WallClock() {}

  /** The instant as the wall clock in {@code zone} showed it. */
  static String format(Instant at, ZoneId zone) {
    return TIME.format(at.atZone(zone));
  }

  /**
   * The zone's name: an IANA id such as {@code Asia/Jerusalem}; a day recorded with a bare offset
   * is named by the offset's id ({@code +03:00}, or {@code Z} for UTC).
   */
  static String name(ZoneId zone) {
    return zone.getId();
  }

  /** A date within the {@link Bounds}, or why the text is not one. */
  static Either<String, LocalDate> date(String text) {
    return Try.of(() -> LocalDate.parse(text, DATE))
        .toEither(DATE_FORMAT)
        .flatMap(date -> Bounds.date(date).toLeft(date));
  }

  /** A wall time within the {@link Bounds}, or why the text is not one. */
  static Either<String, LocalDateTime> time(String text) {
    return Try.of(() -> LocalDateTime.parse(text, TIME))
        .toEither(TIME_FORMAT)
        .flatMap(time -> Bounds.wallTime(time).toLeft(time));
  }

  static Either<String, ZoneId> zone(String text) {
    try {
      return Either.right(ZoneId.of(text));
    } catch (DateTimeException unknown) {
      return Either.left("must be an IANA time zone, e.g. Asia/Jerusalem");
    }
  }
}
