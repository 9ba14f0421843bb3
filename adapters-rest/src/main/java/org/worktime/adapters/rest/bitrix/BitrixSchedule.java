package org.worktime.adapters.rest.bitrix;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.worktime.domain.policy.Schedule;
import org.worktime.domain.policy.SchedulePolicy;
import org.worktime.domain.policy.Shift;

/**
 * {@code timeman.schedule.get}: a schedule policy in the vendor's fields, those the policy can fill
 * and no others (the README lists what is left out: names, calendars, report periods, devices,
 * notifications, who created it and when). A rule the policy does not set is {@code -1}, the
 * vendor's "no restriction is set".
 */
final class BitrixSchedule {

  static final int NO_RESTRICTION = -1;

  private BitrixSchedule() {}

  static Map<String, Object> of(long number, SchedulePolicy policy) {
    Map<String, Object> schedule = new LinkedHashMap<>();
    schedule.put("ID", number);
    schedule.put("SCHEDULE_TYPE", policy.hoursAreFlexible() ? "FLEXTIME" : "FIXED");
    // Policies are never deleted: one that is answered exists.
    schedule.put("DELETED", "0");
    schedule.put("SHIFTS", shifts(number, policy.schedule()).toJavaList());
    schedule.put("SCHEDULE_VIOLATION_RULES", rules(number, policy));
    return schedule;
  }

  /**
   * One shift per distinct shift of the week, with the weekdays it is worked on: Monday to Friday
   * from 09:00 to 18:00 is one shift with {@code WORK_DAYS} {@code "12345"}, as the vendor shows
   * it. Flexible hours have none.
   */
  private static Seq<Map<String, Object>> shifts(long number, Schedule schedule) {
    if (!(schedule instanceof Schedule.FixedShifts fixed)) {
      return List.empty();
    }
    Map<Shift, StringBuilder> days = new LinkedHashMap<>();
    new TreeMap<>(fixed.shifts())
        .forEach(
            (day, shift) ->
                days.computeIfAbsent(shift, ignored -> new StringBuilder()).append(code(day)));
    return List.ofAll(days.entrySet())
        .map(
            entry -> {
              Shift shift = entry.getKey();
              Map<String, Object> fields = new LinkedHashMap<>();
              fields.put("BREAK_DURATION", shift.plannedBreak().toSeconds());
              fields.put("WORK_TIME_START", shift.start().toSecondOfDay());
              fields.put("WORK_TIME_END", shift.end().toSecondOfDay());
              fields.put("WORK_DAYS", entry.getValue().toString());
              fields.put("SCHEDULE_ID", number);
              fields.put("DELETED", false);
              return fields;
            });
  }

  /** The vendor's weekday codes: 1 for Monday to 7 for Sunday. */
  private static int code(DayOfWeek day) {
    return day.getValue();
  }

  private static Map<String, Object> rules(long number, SchedulePolicy policy) {
    Map<String, Object> rules = new LinkedHashMap<>();
    rules.put("SCHEDULE_ID", number);
    rules.put("MAX_EXACT_START", seconds(policy.latestStart()));
    rules.put("MIN_EXACT_END", seconds(policy.earliestFinish()));
    rules.put(
        "MIN_DAY_DURATION",
        policy.minimumDuration().map(Duration::toSeconds).getOrElse((long) NO_RESTRICTION));
    // How far a manual time may lie from now before a manager must approve it: the vendor's
    // limit on editing one's own work time.
    rules.put("MAX_ALLOWED_TO_EDIT_WORK_TIME", policy.allowedDelta().toSeconds());
    return rules;
  }

  private static long seconds(Option<LocalTime> time) {
    return time.map(at -> (long) at.toSecondOfDay()).getOrElse((long) NO_RESTRICTION);
  }
}
