package org.worktime.adapters.cli.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.worktime.adapters.cli.Bounds;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A local date as {@code YYYY-MM-DD}, a real one of years 1 to 9999: {@code 2026-02-30} is refused,
 * not moved.
 */
public final class IsoDateConverter implements ITypeConverter<LocalDate> {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  @Override
  public LocalDate convert(String value) {
    LocalDate date;
    try {
      date = LocalDate.parse(value, DATE);
    } catch (DateTimeParseException wrong) {
      throw new TypeConversionException("'" + value + "' is not a date YYYY-MM-DD");
    }
    if (!Bounds.holds(date)) {
      throw new TypeConversionException("'" + value + "' is not a date of " + Bounds.YEARS);
    }
    return date;
  }
}
