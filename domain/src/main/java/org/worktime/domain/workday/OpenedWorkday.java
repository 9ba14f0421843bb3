package org.worktime.domain.workday;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.worktime.domain.id.BreakId;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.TenantId;
import org.worktime.domain.id.WorkdayId;
import org.worktime.domain.policy.SchedulePolicy;
import org.worktime.domain.time.Punch;
import org.worktime.domain.workday.WorkdayEvent.BreakStarted;

/** A running day with no break in progress: it may pause or close. */
public record OpenedWorkday(
    WorkdayId id,
    TenantId tenant,
    EmployeeId employee,
    Punch start,
    Seq<Break> breaks,
    Approval approval)
    implements Workday {

  public OpenedWorkday {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(breaks, "breaks");
    Objects.requireNonNull(approval, "approval");
  }

  @Override
  public Option<Punch> end() {
    return Option.none();
  }

  @Override
  public Option<RunningBreak> runningBreak() {
    return Option.none();
  }

  /** Starts a break at {@code at}: after the start and any earlier break, not after now. */
  public Either<WorkdayError, Transition<PausedWorkday>> pause(
      BreakId breakId, Punch at, SchedulePolicy policy, Instant now) {
    return Rules.notExpired(this, Action.PAUSE, policy, now)
        .flatMap(ok -> Rules.notInFuture(Action.PAUSE, at.at(), now))
        .flatMap(ok -> Rules.notBefore(Action.PAUSE, at.at(), Rules.lastEvent(this)))
        .map(
            ok -> {
              RunningBreak running = new RunningBreak(breakId, at);
              return Transition.of(
                  new PausedWorkday(id, tenant, employee, start, breaks, running, approval),
                  new BreakStarted(id, breakId, at));
            });
  }

  public Either<WorkdayError, Transition<ClosedWorkday>> close(
      Closing closing, SchedulePolicy policy, Instant now) {
    return Rules.close(this, closing, policy, now);
  }

  OpenedWorkday withBreaks(Seq<Break> others) {
    return new OpenedWorkday(id, tenant, employee, start, others, approval);
  }
}
