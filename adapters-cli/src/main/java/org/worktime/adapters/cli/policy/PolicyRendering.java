package org.worktime.adapters.cli.policy;

import io.vavr.collection.List;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.worktime.adapters.cli.Durations;
import org.worktime.domain.id.PolicyId;
import org.worktime.domain.policy.Schedule;
import org.worktime.domain.policy.SchedulePolicy;
import org.worktime.domain.policy.Shift;

/**
 * A schedule policy as the command line shows it: one sentence of its rules for people, the
 * management API's fields for scripts.
 */
final class PolicyRendering {

  private PolicyRendering() {}

  /**
   * {@code fixed shifts MON-FRI 09:00-17:00 (break 0:30); latest start 09:30; approval beyond 0:15;
   * reopening allowed}.
   */
  static String rules(SchedulePolicy policy) {
    List<String> parts = List.of(schedule(policy.schedule()));
    parts = parts.appendAll(policy.latestStart().map(time -> "latest start " + time));
    parts = parts.appendAll(policy.earliestFinish().map(time -> "earliest finish " + time));
    parts =
        parts.appendAll(
            policy.minimumDuration().map(least -> "minimum " + Durations.hoursAndMinutes(least)));
    parts =
        parts.append(
            "approval beyond " + Durations.hoursAndMinutes(policy.allowedDelta()) + " from now");
    parts = parts.append(policy.reopenAllowed() ? "reopening allowed" : "no reopening");
    return parts.mkString("; ");
  }

  private static String schedule(Schedule schedule) {
    if (schedule instanceof Schedule.FlexibleHours flexible) {
      int days = flexible.expiresAfterDays();
      return "flexible hours, expiring "
          + days
          + (days == 1 ? " day" : " days")
          + " after the start";
    }
    Schedule.FixedShifts fixed = (Schedule.FixedShifts) schedule;
    List<String> runs = List.empty();
    DayOfWeek[] week = DayOfWeek.values();
    int first = 0;
    while (first < week.length) {
      Optional<Shift> shift = fixed.on(week[first]);
      int last = first;
      while (last + 1 < week.length && fixed.on(week[last + 1]).equals(shift)) {
        last++;
      }
      if (shift.isPresent()) {
        runs = runs.append(days(week[first], week[last]) + " " + shift(shift.get()));
      }
      first = last + 1;
    }
    return "fixed shifts " + runs.mkString(", ");
  }

  private static String days(DayOfWeek first, DayOfWeek last) {
    String from = first.name().substring(0, 3);
    return first == last ? from : from + "-" + last.name().substring(0, 3);
  }

  private static String shift(Shift shift) {
    return shift.start()
        + "-"
        + shift.end()
        + (shift.plannedBreak().isZero()
            ? ""
            : " (break " + Durations.hoursAndMinutes(shift.plannedBreak()) + ")");
  }

  /** The fields of the management API's {@code PolicyJson}. */
  static Map<String, Object> json(PolicyId id, SchedulePolicy policy) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", id.toString());
    body.put("schedule", scheduleJson(policy.schedule()));
    body.put("latestStart", policy.latestStart().map(LocalTime::toString).getOrNull());
    body.put("earliestFinish", policy.earliestFinish().map(LocalTime::toString).getOrNull());
    body.put("minimumDuration", policy.minimumDuration().map(Duration::toString).getOrNull());
    body.put("allowedDelta", policy.allowedDelta().toString());
    body.put("reopenAllowed", policy.reopenAllowed());
    return body;
  }

  private static Map<String, Object> scheduleJson(Schedule schedule) {
    Map<String, Object> body = new LinkedHashMap<>();
    if (schedule instanceof Schedule.FlexibleHours flexible) {
      body.put("type", "flexible");
      body.put("expiresAfterDays", flexible.expiresAfterDays());
      return body;
    }
    Schedule.FixedShifts fixed = (Schedule.FixedShifts) schedule;
    Map<String, Object> shifts = new LinkedHashMap<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      fixed
          .on(day)
          .ifPresent(
              shift -> {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("start", shift.start().toString());
                one.put("end", shift.end().toString());
                one.put("plannedBreak", shift.plannedBreak().toString());
                shifts.put(day.name(), one);
              });
    }
    body.put("type", "fixed");
    body.put("shifts", shifts);
    return body;
  }
}
