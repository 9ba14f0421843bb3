package org.worktime.adapters.cli.policy;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.worktime.adapters.cli.GivenDuration;
import org.worktime.domain.policy.Schedule;
import org.worktime.domain.policy.SchedulePolicy;
import org.worktime.domain.policy.Shift;

/**
 * The rules of a schedule policy as options: {@code add} applies them to a new flexible policy,
 * {@code edit} to the policy as it is. A schedule given ({@code --flexible} or {@code --shift})
 * replaces the old one whole; any other option changes only its own rule.
 */
final class PolicyOptions {

  private static final int MAXIMUM_EXPIRY_DAYS = 31;

  @picocli.CommandLine.Option(
      names = "--flexible",
      description = "Flexible hours: no shifts, no report for a time given by hand.")
  private boolean flexible;

  @picocli.CommandLine.Option(
      names = "--expires-after",
      paramLabel = "DAYS",
      description =
          "Flexible hours: a day left open expires at local midnight this many days after it"
              + " started, 1 to 31 (default 1).")
  private Integer expiresAfterDays;

  @picocli.CommandLine.Option(
      names = "--shift",
      paramLabel = "DAYS=HH:MM-HH:MM",
      converter = ShiftSpec.Converter.class,
      description = {
        "Fixed shifts, repeatable: " + ShiftSpec.FORM + ".",
        "Days are MON..SUN or full names, a range or a list; an end not after the start is the"
            + " next morning (22:00-06:00)."
      })
  private List<ShiftSpec> shifts = new ArrayList<>();

  @picocli.CommandLine.Option(
      names = "--planned-break",
      paramLabel = "DURATION",
      converter = GivenDuration.class,
      description = "The break planned in every shift: " + GivenDuration.FORMS + " (default 0:00).")
  private Duration plannedBreak;

  @picocli.CommandLine.Option(
      names = "--latest-start",
      paramLabel = "HH:MM|none",
      converter = PolicyValues.WallTimeOrNone.class,
      description = "Fixed shifts: a later start needs a report.")
  private Option<LocalTime> latestStart;

  @picocli.CommandLine.Option(
      names = "--earliest-finish",
      paramLabel = "HH:MM|none",
      converter = PolicyValues.WallTimeOrNone.class,
      description = "Fixed shifts: an earlier end needs a report.")
  private Option<LocalTime> earliestFinish;

  @picocli.CommandLine.Option(
      names = "--minimum-duration",
      paramLabel = "DURATION|none",
      converter = PolicyValues.DurationOrNone.class,
      description = "Fixed shifts: a shorter day needs a report.")
  private Option<Duration> minimumDuration;

  @picocli.CommandLine.Option(
      names = "--allowed-delta",
      paramLabel = "DURATION",
      converter = GivenDuration.class,
      description = "A time given by hand further than this from now waits for a manager (0:15).")
  private Duration allowedDelta;

  @picocli.CommandLine.Option(
      names = "--reopen",
      negatable = true,
      description = "Whether a closed day of today may be reopened (--no-reopen forbids it).")
  private Boolean reopen;

  /** Why these options cannot make a policy, if they cannot. */
  private Option<String> problem(SchedulePolicy base) {
    if (flexible && !shifts.isEmpty()) {
      return Option.some("--flexible and --shift exclude each other");
    }
    if (expiresAfterDays != null && !shifts.isEmpty()) {
      return Option.some("--expires-after is for flexible hours, not --shift");
    }
    if (expiresAfterDays != null
        && (expiresAfterDays < 1 || expiresAfterDays > MAXIMUM_EXPIRY_DAYS)) {
      return Option.some("--expires-after must be 1 to " + MAXIMUM_EXPIRY_DAYS + " days");
    }
    if (plannedBreak != null
        && shifts.isEmpty()
        && !(base.schedule() instanceof Schedule.FixedShifts)) {
      return Option.some("--planned-break goes with fixed shifts (--shift)");
    }
    if (plannedBreak != null && (flexible || expiresAfterDays != null)) {
      return Option.some("--planned-break goes with fixed shifts, not flexible hours");
    }
    Map<DayOfWeek, ShiftSpec> seen = new EnumMap<>(DayOfWeek.class);
    for (ShiftSpec shift : shifts) {
      for (DayOfWeek day : shift.days()) {
        if (seen.put(day, shift) != null) {
          return Option.some("--shift names " + day + " twice");
        }
      }
    }
    return Option.none();
  }

  boolean anyGiven() {
    return flexible
        || expiresAfterDays != null
        || !shifts.isEmpty()
        || plannedBreak != null
        || latestStart != null
        || earliestFinish != null
        || minimumDuration != null
        || allowedDelta != null
        || reopen != null;
  }

  /** The policy these options make of {@code base}, or why they cannot make one. */
  Either<String, SchedulePolicy> applyTo(SchedulePolicy base) {
    Option<String> problem = problem(base);
    if (problem.isDefined()) {
      return Either.left(problem.get());
    }
    return Either.right(
        new SchedulePolicy(
            schedule(base.schedule()),
            latestStart != null ? latestStart : base.latestStart(),
            earliestFinish != null ? earliestFinish : base.earliestFinish(),
            minimumDuration != null ? minimumDuration : base.minimumDuration(),
            allowedDelta != null ? allowedDelta : base.allowedDelta(),
            reopen != null ? reopen : base.reopenAllowed()));
  }

  private Schedule schedule(Schedule base) {
    if (!shifts.isEmpty()) {
      Map<DayOfWeek, Shift> byDay = new EnumMap<>(DayOfWeek.class);
      Duration pause = plannedBreak != null ? plannedBreak : Duration.ZERO;
      for (ShiftSpec shift : shifts) {
        for (DayOfWeek day : shift.days()) {
          byDay.put(day, new Shift(shift.start(), shift.end(), pause));
        }
      }
      return new Schedule.FixedShifts(byDay);
    }
    if (flexible || expiresAfterDays != null) {
      int keep = base instanceof Schedule.FlexibleHours hours ? hours.expiresAfterDays() : 1;
      return new Schedule.FlexibleHours(expiresAfterDays != null ? expiresAfterDays : keep);
    }
    if (plannedBreak != null && base instanceof Schedule.FixedShifts fixed) {
      Map<DayOfWeek, Shift> byDay = new EnumMap<>(DayOfWeek.class);
      fixed
          .shifts()
          .forEach(
              (day, shift) -> byDay.put(day, new Shift(shift.start(), shift.end(), plannedBreak)));
      return new Schedule.FixedShifts(byDay);
    }
    return base;
  }
}
