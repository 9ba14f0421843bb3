package org.worktime.domain.policy;

import io.vavr.control.Option;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;
import org.worktime.domain.place.Origin;
import org.worktime.domain.place.SourceType;
import org.worktime.domain.time.Punch;

/** Fixtures for the schedule policy tests: policies and punches read as plain sentences. */
final class Policies {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private Policies() {}

  static SchedulePolicy flexibleExpiringAfterDays(int days) {
    return new SchedulePolicy(
        new Schedule.FlexibleHours(days),
        Option.none(),
        Option.none(),
        Option.none(),
        SchedulePolicy.DEFAULT_ALLOWED_DELTA,
        true);
  }

  static SchedulePolicy fixed(Schedule.FixedShifts shifts) {
    return new SchedulePolicy(
        shifts,
        Option.none(),
        Option.none(),
        Option.none(),
        SchedulePolicy.DEFAULT_ALLOWED_DELTA,
        true);
  }

  /** The same shift from Monday to Friday; the weekend is off. */
  static Schedule.FixedShifts mondayToFriday(String start, String end) {
    Map<DayOfWeek, Shift> shifts = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
        shifts.put(day, shift(start, end));
      }
    }
    return new Schedule.FixedShifts(shifts);
  }

  static Schedule.FixedShifts everyDay(String start, String end) {
    Map<DayOfWeek, Shift> shifts = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      shifts.put(day, shift(start, end));
    }
    return new Schedule.FixedShifts(shifts);
  }

  static Shift shift(String start, String end) {
    return new Shift(LocalTime.parse(start), LocalTime.parse(end), Duration.ofMinutes(30));
  }

  /** A live punch at a local wall time in Berlin (2026-06-15 is a Monday). */
  static Punch inBerlin(String localDateTime) {
    return at(localDateTime, BERLIN);
  }

  /** A live punch at a wall time that is not in a gap; in an overlap, the earlier instant. */
  static Punch at(String localDateTime, ZoneId zone) {
    ZonedDateTime local = ZonedDateTime.ofLocal(LocalDateTime.parse(localDateTime), zone, null);
    return Punch.live(local.toInstant(), zone, Origin.of(SourceType.WEB));
  }
}
