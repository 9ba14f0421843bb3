package org.worktime.adapters.rest.staffomatic;

import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.worktime.adapters.rest.http.Bounds;
import org.worktime.adapters.rest.http.Text;

/**
 * Staffomatic's times: ISO-8601 with an offset ({@code 2018-02-28T09:40:40+01:00}), written in the
 * day's zone in whole seconds, a zero offset as {@code +00:00}. Read with an offset or {@code Z},
 * seconds and their fraction optional, a space allowed for the {@code T}; a time without an offset
 * is refused, never guessed.
 */
final class StaffomaticTimes {

  static final String EXAMPLE = "2018-02-28T09:40:40+01:00";

  /** What a time that does not parse is told. */
  static final String EXPECTED = "must be a date-time with offset like " + EXAMPLE;

  private static final DateTimeFormatter WRITE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

  private StaffomaticTimes() {}

  /**
   * A time with an offset or {@code Z}, within the {@link Bounds}; one without an offset is
   * refused, never guessed.
   */
  static final class WithOffset implements Text.Rule {
    @Override
    public Option<String> brokenBy(String text) {
      return read(text).swap().toOption();
    }
  }

  /** The instant of a time with an offset within the {@link Bounds}, or why the text is not one. */
  static Either<String, Instant> read(String text) {
    return parse(text).toEither(EXPECTED).flatMap(at -> Bounds.instant(at).toLeft(at));
  }

  static String format(Instant instant, ZoneId zone) {
    return WRITE.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone));
  }

  /** A valid {@link OffsetTime} text's instant; none when not given. */
  static Option<Instant> given(String text) {
    return Option.of(text).flatMap(StaffomaticTimes::parse);
  }

  /**
   * {@code ends_at} named when it precedes {@code starts_at}; nothing to say when either is absent
   * or not a time (its own constraint says that).
   */
  static Map<String, String> inOrder(String startsAt, String endsAt) {
    Option<Instant> start = given(startsAt);
    Option<Instant> end = given(endsAt);
    return start.isDefined() && end.isDefined() && end.get().isBefore(start.get())
        ? Map.of("ends_at", "must not be before starts_at")
        : Map.of();
  }

  /**
   * ISO-8601 with an offset; a space in the place of the {@code T} is read too, since
   * staffomatic.rb sends Ruby's {@code Time#to_s} form ({@code 2014-12-08 03:30:00.000+02:00}, its
   * cassette {@code creates_a_work_timer.json}) and the vendor answered it.
   */
  static Option<Instant> parse(String text) {
    String iso =
        text != null && text.length() > 10 && text.charAt(10) == ' '
            ? text.substring(0, 10) + 'T' + text.substring(11)
            : text;
    return Try.of(() -> OffsetDateTime.parse(iso, DateTimeFormatter.ISO_OFFSET_DATE_TIME))
        .map(OffsetDateTime::toInstant)
        .toOption();
  }
}
