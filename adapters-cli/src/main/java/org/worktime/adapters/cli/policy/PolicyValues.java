package org.worktime.adapters.cli.policy;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.worktime.adapters.cli.GivenDuration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The limits a policy may set or, with {@code none}, leave open. */
final class PolicyValues {

  static final String NONE = "none";

  private PolicyValues() {}

  /** {@code HH:MM}, or {@code none} for no limit. */
  static final class WallTimeOrNone implements ITypeConverter<Option<LocalTime>> {
    private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}");

    @Override
    public Option<LocalTime> convert(String text) {
      String given = text.strip();
      if (given.equalsIgnoreCase(NONE)) {
        return Option.none();
      }
      try {
        if (TIME.matcher(given).matches()) {
          return Option.some(LocalTime.parse(given, DateTimeFormatter.ISO_LOCAL_TIME));
        }
      } catch (DateTimeParseException outOfRange) {
        // answered below
      }
      throw new TypeConversionException(
          "'" + text + "' is not a local time; use HH:MM (09:30), or none for no limit");
    }
  }

  /** A length of time, or {@code none} for no limit. */
  static final class DurationOrNone implements ITypeConverter<Option<Duration>> {
    @Override
    public Option<Duration> convert(String text) {
      return text.strip().equalsIgnoreCase(NONE)
          ? Option.none()
          : Option.some(new GivenDuration().convert(text));
    }
  }
}
