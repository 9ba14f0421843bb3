package org.worktime.adapters.cli;

import io.vavr.control.Either;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Pattern;
import org.worktime.application.Refusal;
import org.worktime.domain.time.WallTime;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A time a person typed for an option such as {@code --at}: {@code HH:MM} (today), {@code
 * YYYY-MM-DDTHH:MM} (a local date and time) or ISO-8601 with an offset. The first two are wall
 * times in the employee's home zone; an offset fixes the instant, and the day keeps the employee's
 * zone. Reading the text is the option's business (a malformed time is a usage error); resolving a
 * wall time is the domain's (a time in a DST gap is refused).
 */
public sealed interface GivenTime {

  /** The accepted forms, for help texts and error messages. */
  String FORMS =
      "HH:MM (today), YYYY-MM-DDTHH:MM (local) or ISO-8601 with an offset"
          + " (2026-03-10T09:00+01:00)";

  /** This time as an instant in {@code zone}; a wall time is read on {@code clock}'s today. */
  Either<Refusal, ZonedDateTime> in(ZoneId zone, Clock clock);

  /** A wall time today, in the employee's zone. */
  record Today(LocalTime time) implements GivenTime {
    public Today {
      Objects.requireNonNull(time, "time");
    }

    @Override
    public Either<Refusal, ZonedDateTime> in(ZoneId zone, Clock clock) {
      return resolved(LocalDate.now(clock.withZone(zone)).atTime(time), zone);
    }
  }

  /** A wall date and time, in the employee's zone. */
  record Local(LocalDateTime dateTime) implements GivenTime {
    public Local {
      Objects.requireNonNull(dateTime, "dateTime");
    }

    @Override
    public Either<Refusal, ZonedDateTime> in(ZoneId zone, Clock clock) {
      return resolved(dateTime, zone);
    }
  }

  /** An instant, written with its offset; shown in the employee's zone. */
  record WithOffset(OffsetDateTime dateTime) implements GivenTime {
    public WithOffset {
      Objects.requireNonNull(dateTime, "dateTime");
    }

    @Override
    public Either<Refusal, ZonedDateTime> in(ZoneId zone, Clock clock) {
      return Either.right(dateTime.atZoneSameInstant(zone));
    }
  }

  private static Either<Refusal, ZonedDateTime> resolved(LocalDateTime wallTime, ZoneId zone) {
    return WallTime.resolve(wallTime, zone).mapLeft(Refusal.InvalidValue::new);
  }

  /** Reads the text of an option; a text in none of the forms is a usage error naming them. */
  final class Converter implements ITypeConverter<GivenTime> {

    private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}");
    private static final Pattern LOCAL = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
    private static final Pattern OFFSET =
        Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})");

    @Override
    public GivenTime convert(String text) {
      String given = text.strip();
      try {
        if (TIME.matcher(given).matches()) {
          return new Today(LocalTime.parse(given, DateTimeFormatter.ISO_LOCAL_TIME));
        }
        if (LOCAL.matcher(given).matches()) {
          return new Local(LocalDateTime.parse(given, DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        }
        if (OFFSET.matcher(given).matches()) {
          return new WithOffset(
              OffsetDateTime.parse(given, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        }
      } catch (DateTimeParseException impossible) {
        // The shape was right but a field is out of range (25:00, 2026-02-30): answered below.
      }
      throw new TypeConversionException("'" + text + "' is not a time; use " + FORMS);
    }
  }
}
