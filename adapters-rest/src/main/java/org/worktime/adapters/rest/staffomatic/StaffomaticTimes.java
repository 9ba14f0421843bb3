package org.worktime.adapters.rest.staffomatic;

import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.worktime.adapters.rest.http.Parameters;
import org.worktime.adapters.rest.http.Problem;

/**
 * Staffomatic's times: ISO-8601 with an offset ({@code 2018-02-28T09:40:40+01:00}), written in the
 * day's zone in whole seconds, a zero offset as {@code +00:00}. Read with an offset or {@code Z},
 * seconds and their fraction optional; a time without an offset is refused, never guessed.
 */
final class StaffomaticTimes {

  static final String EXAMPLE = "2018-02-28T09:40:40+01:00";

  private static final DateTimeFormatter WRITE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

  private StaffomaticTimes() {}

  static String format(Instant instant, ZoneId zone) {
    return WRITE.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone));
  }

  /** The named time of a body if given; a malformed one is a problem naming the field. */
  static Either<Problem, Option<Instant>> given(Parameters parameters, String name) {
    Option<String> text = parameters.get(name);
    if (text.isEmpty()) {
      return Either.right(Option.none());
    }
    return parse(text.get())
        .<Problem>toEither(() -> new Problem.MalformedTime(name, EXAMPLE))
        .map(Option::some);
  }

  static Option<Instant> parse(String text) {
    return Try.of(() -> OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME))
        .map(OffsetDateTime::toInstant)
        .toOption();
  }
}
