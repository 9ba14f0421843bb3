package org.worktime.adapters.rest.thebase;

import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.worktime.adapters.rest.http.Bounds;
import org.worktime.adapters.rest.http.Text;

/**
 * TheBase's {@code start_time}: ISO-8601 in two forms. With an offset or {@code Z} ({@code
 * 2021-09-22T16:33:08Z}, {@code 2021-09-22T19:33:08+03:00}) it is that instant; without one ({@code
 * 2021-09-22T19:33:08}) it is a wall time the caller resolves in the owner's home zone. Seconds and
 * their fraction are optional; a space may stand for the {@code T}. Answers write UTC with {@code
 * Z} and whole seconds, as the vendor's example.
 */
final class TheBaseTimes {

  static final String EXAMPLE = "2021-09-22T16:33:08Z";

  private TheBaseTimes() {}

  /** {@code start_time}: either form, within the {@link Bounds}. */
  static final class Iso implements Text.Rule {
    @Override
    public Option<String> brokenBy(String text) {
      return parse(text)
          .fold(
              () -> Option.some("must be a date-time like " + EXAMPLE),
              at -> at.fold(Bounds::wallTime, Bounds::instant));
    }
  }

  /** The instant or the wall time written; none when the text is neither. */
  static Option<Either<LocalDateTime, Instant>> parse(String text) {
    String iso = text.length() > 10 && text.charAt(10) == ' ' ? text.replaceFirst(" ", "T") : text;
    return Try.of(() -> OffsetDateTime.parse(iso, DateTimeFormatter.ISO_OFFSET_DATE_TIME))
        .map(at -> Either.<LocalDateTime, Instant>right(at.toInstant()))
        .orElse(
            () ->
                Try.of(() -> LocalDateTime.parse(iso, DateTimeFormatter.ISO_LOCAL_DATE_TIME))
                    .map(Either::<LocalDateTime, Instant>left))
        .toOption();
  }

  static String format(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }
}
