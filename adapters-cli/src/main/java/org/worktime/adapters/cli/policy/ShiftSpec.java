package org.worktime.adapters.cli.policy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * One {@code --shift}: the weekdays it is worked on and its local start and end, as {@code
 * MON-FRI=09:00-17:00}. Weekdays are names or their first three letters in any case, a range
 * ({@code MON-FRI}, {@code FRI-MON} wraps round the week) or a list ({@code MON,WED,FRI}). An end
 * not after the start is on the next day: {@code 22:00-06:00} is a night shift.
 */
record ShiftSpec(Set<DayOfWeek> days, LocalTime start, LocalTime end) {

  static final String FORM = "DAYS=HH:MM-HH:MM, e.g. MON-FRI=09:00-17:00 or SAT,SUN=10:00-14:00";

  ShiftSpec {
    days = Set.copyOf(Objects.requireNonNull(days, "days"));
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
  }

  static final class Converter implements ITypeConverter<ShiftSpec> {

    private static final Pattern SHIFT =
        Pattern.compile("([A-Za-z,\\-]+)=(\\d{2}:\\d{2})-(\\d{2}:\\d{2})");

    @Override
    public ShiftSpec convert(String text) {
      Matcher shift = SHIFT.matcher(text.strip());
      if (!shift.matches()) {
        throw wrong(text);
      }
      Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
      for (String part : shift.group(1).split(",", -1)) {
        String[] range = part.split("-", -1);
        if (range.length > 2) {
          throw wrong(text);
        }
        DayOfWeek first = day(range[0], text);
        DayOfWeek last = day(range[range.length - 1], text);
        for (DayOfWeek day = first; ; day = day.plus(1)) {
          days.add(day);
          if (day == last) {
            break;
          }
        }
      }
      try {
        return new ShiftSpec(
            days,
            LocalTime.parse(shift.group(2), DateTimeFormatter.ISO_LOCAL_TIME),
            LocalTime.parse(shift.group(3), DateTimeFormatter.ISO_LOCAL_TIME));
      } catch (DateTimeParseException outOfRange) {
        throw wrong(text);
      }
    }

    private static DayOfWeek day(String name, String text) {
      String given = name.strip().toUpperCase(Locale.ROOT);
      for (DayOfWeek day : DayOfWeek.values()) {
        if (given.equals(day.name()) || given.equals(day.name().substring(0, 3))) {
          return day;
        }
      }
      throw wrong(text);
    }

    private static TypeConversionException wrong(String text) {
      return new TypeConversionException("'" + text + "' is not a shift; use " + FORM);
    }
  }
}
