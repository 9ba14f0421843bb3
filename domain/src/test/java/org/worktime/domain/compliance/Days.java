package org.worktime.domain.compliance;

import io.vavr.collection.List;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.worktime.domain.time.Interval;

/** Worked days written as a person reads them: a date and local wall times in a zone. */
final class Days {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private Days() {}

  /**
   * A day in Berlin from {@code from} to {@code to} on {@code date}, with breaks written {@code
   * "12:00-12:30"}. A time earlier than {@code from} lies on the next date (night shifts).
   */
  static WorkedDay day(String date, String from, String to, String... breaks) {
    return dayIn(BERLIN, date, from, to, breaks);
  }

  static WorkedDay dayIn(ZoneId zone, String date, String from, String to, String... breaks) {
    LocalDate start = LocalDate.parse(date);
    LocalTime opened = LocalTime.parse(from);
    return WorkedDay.of(
        zone,
        new Interval(at(zone, start, opened, from), at(zone, start, opened, to)),
        List.of(breaks)
            .map(
                pause -> {
                  String[] ends = pause.split("-");
                  return new Interval(
                      at(zone, start, opened, ends[0]), at(zone, start, opened, ends[1]));
                }));
  }

  private static Instant at(ZoneId zone, LocalDate date, LocalTime opened, String time) {
    LocalTime local = LocalTime.parse(time);
    LocalDate onDate = local.isBefore(opened) ? date.plusDays(1) : date;
    return ZonedDateTime.of(onDate, local, zone).toInstant();
  }
}
