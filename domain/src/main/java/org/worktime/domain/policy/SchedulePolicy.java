package org.worktime.domain.policy;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import org.worktime.domain.policy.Schedule.FixedShifts;
import org.worktime.domain.policy.Schedule.FlexibleHours;
import org.worktime.domain.time.Punch;

/**
 * The rules an employee's days follow (Bitrix {@code timeman.settings}): the schedule, the limits
 * that a fixed schedule's days must keep or explain in a report, how far a manual time may lie from
 * now before a manager must approve it, and whether a closed day may be reopened.
 *
 * <p>The limits (latest start, earliest finish, minimum duration) apply to fixed schedules only; on
 * flexible hours they are kept but never enforced, as in Bitrix.
 */
public record SchedulePolicy(
    Schedule schedule,
    Option<LocalTime> latestStart,
    Option<LocalTime> earliestFinish,
    Option<Duration> minimumDuration,
    Duration allowedDelta,
    boolean reopenAllowed) {

  /** Without a shift, an expired day is suggested to close this long after it started. */
  public static final Duration DEFAULT_DAY_LENGTH = Duration.ofHours(9);

  public static final Duration DEFAULT_ALLOWED_DELTA = Duration.ofMinutes(15);

  public SchedulePolicy {
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(latestStart, "latestStart");
    Objects.requireNonNull(earliestFinish, "earliestFinish");
    Objects.requireNonNull(minimumDuration, "minimumDuration");
    Objects.requireNonNull(allowedDelta, "allowedDelta");
    if (allowedDelta.isNegative() || minimumDuration.exists(Duration::isNegative)) {
      throw new IllegalArgumentException("durations in a policy cannot be negative");
    }
  }

  /** Flexible hours, days expiring at the first local midnight, reopening allowed. */
  public static SchedulePolicy flexible() {
    return new SchedulePolicy(
        new FlexibleHours(1),
        Option.none(),
        Option.none(),
        Option.none(),
        DEFAULT_ALLOWED_DELTA,
        true);
  }

  public boolean hoursAreFlexible() {
    return schedule instanceof FlexibleHours;
  }

  /** The shift planned for the local date a day started on, if the schedule has one. */
  public Optional<Shift> shiftOn(LocalDate date) {
    return schedule instanceof FixedShifts fixed ? fixed.on(date.getDayOfWeek()) : Optional.empty();
  }

  /**
   * When a day that started with {@code start} and is still not closed expires. Flexible hours:
   * local midnight N days after the start date. Fixed shifts: half-way from the shift's end to the
   * next shift's start; a day started on a day off, or after that point, expires by the flexible
   * rule of one day.
   */
  public Instant expiresAt(Punch start) {
    LocalDate date = start.localDate();
    if (schedule instanceof FlexibleHours flexible) {
      return midnightAfter(start, flexible.expiresAfterDays());
    }
    FixedShifts fixed = (FixedShifts) schedule;
    return fixed
        .on(date.getDayOfWeek())
        .flatMap(
            shift -> {
              ZonedDateTime end = shift.endOn(date, start.zone());
              return nextShiftStart(fixed, date, start)
                  .map(next -> end.toInstant().plus(Duration.between(end, next).dividedBy(2)));
            })
        .filter(expiry -> expiry.isAfter(start.at()))
        .orElseGet(() -> midnightAfter(start, 1));
  }

  /**
   * The suggested close time of an expired day (Bitrix {@code TIME_FINISH_DEFAULT}): the shift's
   * end when it lies after the start, else the start plus nine hours.
   */
  public Instant suggestedClose(Punch start) {
    return shiftOn(start.localDate())
        .map(shift -> shift.endOn(start.localDate(), start.zone()).toInstant())
        .filter(end -> end.isAfter(start.at()))
        .orElseGet(() -> start.at().plus(DEFAULT_DAY_LENGTH));
  }

  /** A manual time further than the allowed delta from now waits for a manager's approval. */
  public boolean needsApproval(Instant manualTime, Instant now) {
    return Duration.between(manualTime, now).abs().compareTo(allowedDelta) > 0;
  }

  /** What opening at {@code start} strays from; always empty on flexible hours. */
  public Seq<Deviation> deviationsOfStart(Punch start) {
    if (hoursAreFlexible()) {
      return List.empty();
    }
    LocalTime started = start.local().toLocalTime();
    return latestStart
        .filter(started::isAfter)
        .<Deviation>map(latest -> new Deviation.LateStart(started, latest))
        .toList();
  }

  /**
   * What closing at {@code end} after {@code worked} strays from; always empty on flexible hours.
   */
  public Seq<Deviation> deviationsOfClose(Punch start, Instant end, Duration worked) {
    if (hoursAreFlexible()) {
      return List.empty();
    }
    ZonedDateTime finished = end.atZone(start.zone());
    Seq<Deviation> early =
        earliestFinish
            .filter(
                earliest ->
                    finished.toLocalDate().equals(start.localDate())
                        && finished.toLocalTime().isBefore(earliest))
            .<Deviation>map(earliest -> new Deviation.EarlyFinish(finished.toLocalTime(), earliest))
            .toList();
    Seq<Deviation> short_ =
        minimumDuration
            .filter(minimum -> worked.compareTo(minimum) < 0)
            .<Deviation>map(minimum -> new Deviation.ShortDay(worked, minimum))
            .toList();
    return early.appendAll(short_);
  }

  /**
   * A report is needed for a manual time and for any deviation, unless hours are flexible (Bitrix
   * {@code REPORT_NEEDED}).
   */
  public boolean reportRequired(boolean manualTime, Seq<Deviation> deviations) {
    return !hoursAreFlexible() && (manualTime || !deviations.isEmpty());
  }

  private static Instant midnightAfter(Punch start, int days) {
    ZonedDateTime midnight = start.localDate().plusDays(days).atStartOfDay(start.zone());
    // Where the clocks went back across midnight (St. John's until 2010), the first of the two
    // midnights can precede a start made in the repeated hour; such a day expires at the second.
    return midnight.toInstant().isAfter(start.at())
        ? midnight.toInstant()
        : midnight.withLaterOffsetAtOverlap().toInstant();
  }

  private static Optional<ZonedDateTime> nextShiftStart(
      FixedShifts fixed, LocalDate date, Punch start) {
    for (int days = 1; days <= 7; days++) {
      LocalDate next = date.plusDays(days);
      Optional<Shift> shift = fixed.on(next.getDayOfWeek());
      if (shift.isPresent()) {
        return Optional.of(shift.get().startOn(next, start.zone()));
      }
    }
    return Optional.empty();
  }
}
