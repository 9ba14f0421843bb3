package org.worktime.domain.timer;

import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.TenantId;
import org.worktime.domain.id.TimerId;
import org.worktime.domain.time.Punch;

/**
 * A task timer that has started and not yet stopped. Made by {@link TaskTimers#start}, or rebuilt
 * from storage through the constructor; at most one runs per owner, which {@link TaskTimers#start}
 * keeps.
 */
public record RunningTimer(
    TimerId id, TenantId tenant, EmployeeId owner, TimerDetails details, Punch start)
    implements TaskTimer {

  public RunningTimer {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(details, "details");
    Objects.requireNonNull(start, "start");
  }

  /**
   * Stops this timer at {@code end}. An end before the start is refused with {@link
   * TimerError.EndBeforeStart}; an end equal to the start is legal and gives a zero duration (a
   * timer started and stopped within the same second).
   */
  public Either<TimerError, TimerTransition<StoppedTimer>> stop(Punch end) {
    Objects.requireNonNull(end, "end");
    if (end.at().isBefore(start.at())) {
      return Either.left(new TimerError.EndBeforeStart(start.at(), end.at()));
    }
    StoppedTimer stopped = new StoppedTimer(id, tenant, owner, details, start, end);
    return Either.right(
        new TimerTransition<>(stopped, List.of(new TimerEvent.TimerStopped(stopped))));
  }

  /**
   * The time this timer has run by {@code now}, from instants, so a DST change inside it neither
   * adds nor loses an hour. Never negative: a {@code now} before the start (a clock behind the
   * device that sent the start) gives zero rather than a negative time on a report.
   */
  public Duration elapsed(Instant now) {
    Objects.requireNonNull(now, "now");
    return now.isBefore(start.at()) ? Duration.ZERO : Duration.between(start.at(), now);
  }
}
