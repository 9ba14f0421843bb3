package org.worktime.domain.workday;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.TenantId;
import org.worktime.domain.id.WorkdayId;
import org.worktime.domain.policy.SchedulePolicy;
import org.worktime.domain.time.Interval;
import org.worktime.domain.time.Punch;

/**
 * One stretch of attendance of one employee (Bitrix workday, Staffomatic work timer, TimeClock
 * session). Its states are types: {@link OpenedWorkday}, {@link PausedWorkday} (a break is running)
 * and {@link ClosedWorkday}; each offers only the actions legal in it, and {@link Workdays}
 * dispatches an action on any state, answering {@link WorkdayError.IllegalTransition} where it is
 * not legal.
 *
 * <p>A day belongs to the local date it started on in its own zone, night shifts too. Every
 * duration comes from instants, so DST never adds or loses an hour.
 */
public sealed interface Workday permits OpenedWorkday, PausedWorkday, ClosedWorkday {

  WorkdayId id();

  TenantId tenant();

  EmployeeId employee();

  Punch start();

  /** Finished breaks, in the order they happened. */
  Seq<Break> breaks();

  Approval approval();

  Option<Punch> end();

  Option<RunningBreak> runningBreak();

  default ZoneId zone() {
    return start().zone();
  }

  default LocalDate date() {
    return start().localDate();
  }

  /** The status a dialect reports at {@code now}: expiry is derived here, never stored. */
  default WorkdayStatus statusAt(Instant now, SchedulePolicy policy) {
    if (this instanceof ClosedWorkday) {
      return WorkdayStatus.CLOSED;
    }
    if (!now.isBefore(policy.expiresAt(start()))) {
      return WorkdayStatus.EXPIRED;
    }
    return this instanceof PausedWorkday ? WorkdayStatus.PAUSED : WorkdayStatus.OPENED;
  }

  /** From start to end, or to {@code now} while the day runs. */
  default Interval spanAt(Instant now) {
    Instant until = end().map(Punch::at).getOrElse(now);
    return new Interval(start().at(), until.isBefore(start().at()) ? start().at() : until);
  }

  /** Every break, the running one cut at {@code now}, in order. */
  default Seq<Interval> breakIntervalsAt(Instant now) {
    Seq<Interval> finished = breaks().map(Break::interval);
    return runningBreak()
        .map(running -> finished.append(running.intervalAt(now)))
        .getOrElse(finished);
  }

  default Duration elapsedAt(Instant now) {
    return spanAt(now).duration();
  }

  /** Total break time (Bitrix {@code TIME_LEAKS}), the running break counted up to {@code now}. */
  default Duration breakTimeAt(Instant now) {
    return breakIntervalsAt(now).map(Interval::duration).fold(Duration.ZERO, Duration::plus);
  }

  /** Elapsed minus breaks; never negative. */
  default Duration netWorkedAt(Instant now) {
    Duration net = elapsedAt(now).minus(breakTimeAt(now));
    return net.isNegative() ? Duration.ZERO : net;
  }
}
