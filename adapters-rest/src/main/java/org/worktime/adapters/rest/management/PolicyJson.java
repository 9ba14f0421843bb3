package org.worktime.adapters.rest.management;

import io.vavr.control.Option;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.worktime.domain.id.PolicyId;
import org.worktime.domain.policy.Schedule;
import org.worktime.domain.policy.SchedulePolicy;
import org.worktime.domain.policy.Shift;

/**
 * A schedule policy as JSON: {@code schedule} is {@code {"type":"flexible","expiresAfterDays":1}}
 * or {@code {"type":"fixed","shifts":{"MONDAY":{"start":"09:00","end":"17:00",
 * "plannedBreak":"PT30M"}}}}; wall times are {@code HH:MM}, durations ISO-8601. Read from a {@link
 * PolicyBody} whose constraints hold.
 */
final class PolicyJson {

  private PolicyJson() {}

  static Map<String, Object> write(PolicyId id, SchedulePolicy policy) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", id.toString());
    body.put("schedule", schedule(policy.schedule()));
    body.put("latestStart", policy.latestStart().map(LocalTime::toString).getOrNull());
    body.put("earliestFinish", policy.earliestFinish().map(LocalTime::toString).getOrNull());
    body.put("minimumDuration", policy.minimumDuration().map(Duration::toString).getOrNull());
    body.put("allowedDelta", policy.allowedDelta().toString());
    body.put("reopenAllowed", policy.reopenAllowed());
    return body;
  }

  /**
   * The policy a valid body describes; {@code allowedDelta} defaults to 15 minutes, {@code
   * reopenAllowed} to true, the limits to none.
   */
  static SchedulePolicy read(PolicyBody body) {
    return new SchedulePolicy(
        schedule(body.schedule()),
        Option.of(body.latestStart()).map(LocalTime::parse),
        Option.of(body.earliestFinish()).map(LocalTime::parse),
        Option.of(body.minimumDuration()).map(Duration::parse),
        Option.of(body.allowedDelta())
            .map(Duration::parse)
            .getOrElse(SchedulePolicy.DEFAULT_ALLOWED_DELTA),
        Option.of(body.reopenAllowed()).getOrElse(true));
  }

  private static Schedule schedule(PolicyBody.Schedule schedule) {
    if (!schedule.fixed()) {
      return new Schedule.FlexibleHours(Option.of(schedule.expiresAfterDays()).getOrElse(1));
    }
    Map<DayOfWeek, Shift> byDay = new EnumMap<>(DayOfWeek.class);
    schedule
        .shifts()
        .forEach(
            (day, shift) ->
                byDay.put(
                    Forms.weekday(day),
                    new Shift(
                        LocalTime.parse(shift.start()),
                        LocalTime.parse(shift.end()),
                        Option.of(shift.plannedBreak())
                            .map(Duration::parse)
                            .getOrElse(Duration.ZERO))));
    return new Schedule.FixedShifts(byDay);
  }

  private static Map<String, Object> schedule(Schedule schedule) {
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
