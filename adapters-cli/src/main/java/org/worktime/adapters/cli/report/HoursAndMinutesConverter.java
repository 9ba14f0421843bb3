package org.worktime.adapters.cli.report;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A duration as people write it on a time sheet: {@code H:MM}, e.g. {@code 8:00} or {@code 40:30}.
 */
public final class HoursAndMinutesConverter implements ITypeConverter<Duration> {

  private static final Pattern HOURS_AND_MINUTES = Pattern.compile("(\\d{1,4}):([0-5]\\d)");

  @Override
  public Duration convert(String value) {
    Matcher matcher = HOURS_AND_MINUTES.matcher(value);
    if (!matcher.matches()) {
      throw new TypeConversionException("'" + value + "' is not a duration H:MM");
    }
    return Duration.ofHours(Long.parseLong(matcher.group(1)))
        .plusMinutes(Long.parseLong(matcher.group(2)));
  }
}
