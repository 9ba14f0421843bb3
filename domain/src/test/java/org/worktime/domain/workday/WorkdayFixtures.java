package org.worktime.domain.workday;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;
import org.worktime.domain.id.BreakId;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.Id;
import org.worktime.domain.id.TenantId;
import org.worktime.domain.id.WorkdayId;
import org.worktime.domain.place.Origin;
import org.worktime.domain.place.SourceType;
import org.worktime.domain.policy.Schedule;
import org.worktime.domain.policy.SchedulePolicy;
import org.worktime.domain.policy.Shift;
import org.worktime.domain.text.Note;
import org.worktime.domain.time.Interval;
import org.worktime.domain.time.Punch;

/**
 * Shared examples for workday tests: fixed ids, fixed days in Europe/Berlin (March 2024, before the
 * spring-forward), punches, policies and days in each state. No clock: every instant is written
 * down.
 */
final class WorkdayFixtures {

  private WorkdayFixtures() {}

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  static final LocalDate SUNDAY = LocalDate.of(2024, 3, 3);
  static final LocalDate MONDAY = LocalDate.of(2024, 3, 4);
  static final LocalDate TUESDAY = MONDAY.plusDays(1);
  static final LocalDate WEDNESDAY = MONDAY.plusDays(2);
  static final LocalDate FRIDAY = MONDAY.plusDays(4);
  static final LocalDate SATURDAY = MONDAY.plusDays(5);
  static final LocalDate NEXT_SUNDAY = MONDAY.plusDays(6);

  static final TenantId TENANT = TenantId.of(new Id(0, 1));
  static final EmployeeId EMPLOYEE = EmployeeId.of(new Id(0, 2));
  static final EmployeeId MANAGER = EmployeeId.of(new Id(0, 3));
  static final WorkdayId WORKDAY = WorkdayId.of(new Id(0, 10));
  static final WorkdayId PREVIOUS_DAY = WorkdayId.of(new Id(0, 11));
  static final WorkdayId NEW_DAY = WorkdayId.of(new Id(0, 12));
  static final BreakId FIRST_BREAK = BreakId.of(new Id(0, 20));
  static final BreakId SECOND_BREAK = BreakId.of(new Id(0, 21));
  static final BreakId GAP = BreakId.of(new Id(0, 22));

  static final Origin WEB = Origin.of(SourceType.WEB);
  static final Origin TERMINAL = Origin.of(SourceType.TERMINAL);

  static final Note REPORT = new Note("forgot to clock in at the gate");
  static final Note REASON = new Note("the terminal was down");

  // --- time -------------------------------------------------------------------------------

  static ZonedDateTime local(LocalDate date, String time) {
    return ZonedDateTime.of(date, LocalTime.parse(time), BERLIN);
  }

  static Instant at(LocalDate date, String time) {
    return local(date, time).toInstant();
  }

  static Interval between(Instant start, Instant end) {
    return new Interval(start, end);
  }

  /** A punch made in Berlin from the web, as it happened. */
  static Punch live(Instant at) {
    return Punch.live(at, BERLIN, WEB);
  }

  /** A punch made in Berlin from the web, sent later than it happened, without a note. */
  static Punch sentLater(Instant at, Instant sentAt) {
    return new Punch(at, BERLIN, sentAt, WEB, Option.none());
  }

  // --- timings and requests ---------------------------------------------------------------

  static Timing.Manual manual(ZonedDateTime at) {
    return new Timing.Manual(at, Option.none());
  }

  static Timing.Manual manual(ZonedDateTime at, Note report) {
    return new Timing.Manual(at, Option.some(report));
  }

  static Timing.Recorded recorded(ZonedDateTime at) {
    return new Timing.Recorded(at);
  }

  static Opening opening(Timing timing) {
    return opening(WORKDAY, timing);
  }

  static Opening opening(WorkdayId id, Timing timing) {
    return new Opening(id, TENANT, EMPLOYEE, BERLIN, timing, WEB, Option.none());
  }

  static Opening openingWithNote(Timing timing, Note note) {
    return new Opening(WORKDAY, TENANT, EMPLOYEE, BERLIN, timing, WEB, Option.some(note));
  }

  static Closing closing(Timing timing) {
    return new Closing(timing, WEB, Option.none());
  }

  static Closing closingWithNote(Timing timing, Note note) {
    return new Closing(timing, WEB, Option.some(note));
  }

  // --- policies ---------------------------------------------------------------------------

  /** Flexible hours: expiry at the first local midnight, delta 15 minutes, reopening allowed. */
  static SchedulePolicy flexible() {
    return SchedulePolicy.flexible();
  }

  static SchedulePolicy flexibleExpiringAfterDays(int days) {
    return new SchedulePolicy(
        new Schedule.FlexibleHours(days),
        Option.none(),
        Option.none(),
        Option.none(),
        SchedulePolicy.DEFAULT_ALLOWED_DELTA,
        true);
  }

  /** Fixed shifts Monday to Friday 09:00-17:00; start by 09:15, finish from 17:00, work 7 hours. */
  static SchedulePolicy nineToFive() {
    return new SchedulePolicy(
        weekdays(new Shift(LocalTime.of(9, 0), LocalTime.of(17, 0), Duration.ofMinutes(30))),
        Option.some(LocalTime.of(9, 15)),
        Option.some(LocalTime.of(17, 0)),
        Option.some(Duration.ofHours(7)),
        Duration.ofMinutes(15),
        true);
  }

  /** Fixed night shifts Monday to Friday 22:00-06:00, no limits. */
  static SchedulePolicy nightShifts() {
    return new SchedulePolicy(
        weekdays(new Shift(LocalTime.of(22, 0), LocalTime.of(6, 0), Duration.ZERO)),
        Option.none(),
        Option.none(),
        Option.none(),
        Duration.ofMinutes(15),
        true);
  }

  static SchedulePolicy withoutReopening(SchedulePolicy policy) {
    return new SchedulePolicy(
        policy.schedule(),
        policy.latestStart(),
        policy.earliestFinish(),
        policy.minimumDuration(),
        policy.allowedDelta(),
        false);
  }

  private static Schedule.FixedShifts weekdays(Shift shift) {
    Map<DayOfWeek, Shift> shifts = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
        shifts.put(day, shift);
      }
    }
    return new Schedule.FixedShifts(shifts);
  }

  // --- days -------------------------------------------------------------------------------

  static Break aBreak(BreakId id, Instant start, Instant end) {
    return new Break(id, live(start), live(end));
  }

  static OpenedWorkday openedAt(Instant start, Break... breaks) {
    return new OpenedWorkday(
        WORKDAY, TENANT, EMPLOYEE, live(start), List.of(breaks), Approval.APPROVED);
  }

  /** A day on {@link #FIRST_BREAK}, running since {@code breakStart}. */
  static PausedWorkday pausedAt(Instant start, Instant breakStart, Break... breaks) {
    return new PausedWorkday(
        WORKDAY,
        TENANT,
        EMPLOYEE,
        live(start),
        List.of(breaks),
        new RunningBreak(FIRST_BREAK, live(breakStart)),
        Approval.APPROVED);
  }

  static ClosedWorkday closed(Instant start, Instant end, Break... breaks) {
    return closed(WORKDAY, start, end, breaks);
  }

  static ClosedWorkday closed(WorkdayId id, Instant start, Instant end, Break... breaks) {
    return new ClosedWorkday(
        id,
        TENANT,
        EMPLOYEE,
        live(start),
        List.of(breaks),
        live(end),
        Approval.APPROVED,
        Option.none());
  }

  static ClosedWorkday verified(ClosedWorkday day, Verification verification) {
    return new ClosedWorkday(
        day.id(),
        day.tenant(),
        day.employee(),
        day.start(),
        day.breaks(),
        day.finish(),
        day.approval(),
        Option.some(verification));
  }

  // --- outcomes ---------------------------------------------------------------------------

  /** The transition of an accepted action; fails the test with the refusal otherwise. */
  static <T> T accepted(Either<WorkdayError, T> result) {
    assertThat(result.isRight())
        .as("expected the action to be accepted, but: %s", result.isLeft() ? result.getLeft() : "")
        .isTrue();
    return result.get();
  }

  /** The refusal of a refused action; fails the test when the action was accepted. */
  static WorkdayError refused(Either<WorkdayError, ?> result) {
    assertThat(result.isLeft())
        .as("expected the action to be refused, but it gave %s", result)
        .isTrue();
    return result.getLeft();
  }
}
