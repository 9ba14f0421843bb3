package org.worktime.adapters.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a length of time typed for an option: hours and minutes as the command line prints them
 * ({@code 0:30}, {@code 8:00}) or ISO-8601 ({@code PT30M}, {@code P30D}); never negative, never
 * longer than the {@link Bounds}.
 */
public final class GivenDuration implements ITypeConverter<Duration> {

  /** The accepted forms, for help texts and error messages. */
  public static final String FORMS = "H:MM (0:30, 8:00) or ISO-8601 (PT30M, P30D)";

  private static final Pattern HOURS_AND_MINUTES = Pattern.compile("(\\d{1,5}):([0-5]\\d)");

  @Override
  public Duration convert(String text) {
    String given = text.strip();
    Matcher hoursAndMinutes = HOURS_AND_MINUTES.matcher(given);
    if (hoursAndMinutes.matches()) {
      return Duration.ofHours(Long.parseLong(hoursAndMinutes.group(1)))
          .plusMinutes(Long.parseLong(hoursAndMinutes.group(2)));
    }
    Duration duration;
    try {
      duration = Duration.parse(given);
    } catch (DateTimeParseException notIso) {
      duration = Duration.ofSeconds(-1); // answered below, like a negative one
    }
    if (duration.isNegative()) {
      throw new TypeConversionException("'" + text + "' is not a length of time; use " + FORMS);
    }
    if (!Bounds.holds(duration)) {
      throw new TypeConversionException("'" + text + "' is longer than " + Bounds.LONGEST_TEXT);
    }
    return duration;
  }
}
