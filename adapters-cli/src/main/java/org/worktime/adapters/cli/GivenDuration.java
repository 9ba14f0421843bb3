package org.worktime.adapters.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a length of time typed for an option: hours and minutes as the command line prints them
 * ({@code 0:30}, {@code 8:00}) or ISO-8601 ({@code PT30M}, {@code P30D}); never negative.
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
    try {
      Duration duration = Duration.parse(given);
      if (!duration.isNegative()) {
        return duration;
      }
    } catch (DateTimeParseException notIso) {
      // answered below, like a negative one
    }
    throw new TypeConversionException("'" + text + "' is not a length of time; use " + FORMS);
  }
}
