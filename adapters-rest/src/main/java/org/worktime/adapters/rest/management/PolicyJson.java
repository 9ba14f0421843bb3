package org.worktime.adapters.rest.management;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.worktime.adapters.rest.http.Problem;
import org.worktime.domain.id.PolicyId;
import org.worktime.domain.policy.Schedule;
import org.worktime.domain.policy.SchedulePolicy;
import org.worktime.domain.policy.Shift;

/**
 * A schedule policy as JSON: {@code schedule} is {@code {"type":"flexible","expiresAfterDays":1}}
 * or {@code {"type":"fixed","shifts":{"MONDAY":{"start":"09:00","end":"17:00",
 * "plannedBreak":"PT30M"}}}}; wall times are {@code HH:MM}, durations ISO-8601.
 */
final class PolicyJson {

  static final String[] FIELDS = {
    "schedule", "latestStart", "earliestFinish", "minimumDuration", "allowedDelta", "reopenAllowed"
  };

  private static final int MAXIMUM_EXPIRY_DAYS = 31;

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
   * Reads a whole policy; {@code allowedDelta} defaults to 15 minutes, {@code reopenAllowed} to
   * true, the limits to none. {@code id} may be given (a policy read and sent back) and is checked
   * by the caller.
   */
  static Either<Problem, SchedulePolicy> read(Fields fields) {
    String[] allowed = new String[FIELDS.length + 1];
    System.arraycopy(FIELDS, 0, allowed, 0, FIELDS.length);
    allowed[FIELDS.length] = "id";
    fields.allowOnly(allowed).require("schedule");
    Option<Schedule> schedule = fields.object("schedule").flatMap(PolicyJson::schedule);
    Option<LocalTime> latestStart = fields.wallTime("latestStart");
    Option<LocalTime> earliestFinish = fields.wallTime("earliestFinish");
    Option<Duration> minimumDuration = fields.duration("minimumDuration");
    Option<Duration> allowedDelta = fields.duration("allowedDelta");
    Option<Boolean> reopenAllowed = fields.bool("reopenAllowed");
    return fields.result(
        () ->
            new SchedulePolicy(
                schedule.get(),
                latestStart,
                earliestFinish,
                minimumDuration,
                allowedDelta.getOrElse(SchedulePolicy.DEFAULT_ALLOWED_DELTA),
                reopenAllowed.getOrElse(true)));
  }

  private static Option<Schedule> schedule(Fields schedule) {
    schedule.require("type");
    String type = schedule.has("type") ? schedule.text("type").getOrElse("") : "";
    if (type.equals("flexible")) {
      schedule.allowOnly("type", "expiresAfterDays");
      Option<Integer> days = schedule.count("expiresAfterDays", MAXIMUM_EXPIRY_DAYS);
      return schedule.has("expiresAfterDays") && days.isEmpty()
          ? Option.none()
          : Option.some(new Schedule.FlexibleHours(days.getOrElse(1)));
    }
    if (type.equals("fixed")) {
      schedule.allowOnly("type", "shifts");
      schedule.require("shifts");
      return schedule
          .object("shifts")
          .flatMap(
              shifts -> {
                if (shifts.names().isEmpty()) {
                  schedule.invalid("shifts", "needs at least one working weekday");
                  return Option.none();
                }
                return shifts(shifts);
              });
    }
    if (schedule.has("type")) {
      schedule.invalid("type", "must be flexible or fixed");
    }
    return Option.none();
  }

  private static Option<Schedule> shifts(Fields shifts) {
    Map<DayOfWeek, Shift> byDay = new EnumMap<>(DayOfWeek.class);
    boolean complete = true;
    for (String name : shifts.names()) {
      Option<DayOfWeek> day = dayOf(name);
      if (day.isEmpty()) {
        shifts.invalid(name, "is not a weekday; the weekdays are MONDAY to SUNDAY");
        complete = false;
        continue;
      }
      Option<Shift> shift = shifts.object(name).flatMap(PolicyJson::shift);
      if (shift.isEmpty()) {
        complete = false;
      } else {
        byDay.put(day.get(), shift.get());
      }
    }
    return complete && !byDay.isEmpty()
        ? Option.some(new Schedule.FixedShifts(byDay))
        : Option.none();
  }

  private static Option<Shift> shift(Fields shift) {
    shift.allowOnly("start", "end", "plannedBreak").require("start");
    shift.require("end");
    Option<LocalTime> start = shift.wallTime("start");
    Option<LocalTime> end = shift.wallTime("end");
    Option<Duration> plannedBreak = shift.duration("plannedBreak");
    if (start.isEmpty() || end.isEmpty() || (shift.has("plannedBreak") && plannedBreak.isEmpty())) {
      return Option.none();
    }
    return Option.some(new Shift(start.get(), end.get(), plannedBreak.getOrElse(Duration.ZERO)));
  }

  private static Option<DayOfWeek> dayOf(String name) {
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.name().equals(name.toUpperCase(Locale.ROOT))) {
        return Option.some(day);
      }
    }
    return Option.none();
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
