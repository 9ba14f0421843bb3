package org.worktime.domain.workday;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.TenantId;
import org.worktime.domain.id.WorkdayId;
import org.worktime.domain.policy.SchedulePolicy;
import org.worktime.domain.time.Punch;
import org.worktime.domain.workday.WorkdayEvent.BreakEnded;

/** A running day on a break: it may resume or close (closing ends the break too). */
public record PausedWorkday(
    WorkdayId id,
    TenantId tenant,
    EmployeeId employee,
    Punch start,
    Seq<Break> breaks,
    RunningBreak running,
    Approval approval)
    implements Workday {

  public PausedWorkday {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(breaks, "breaks");
    Objects.requireNonNull(running, "running");
    Objects.requireNonNull(approval, "approval");
  }

  @Override
  public Option<Punch> end() {
    return Option.none();
  }

  @Override
  public Option<RunningBreak> runningBreak() {
    return Option.some(running);
  }

  /** Ends the running break at {@code at}: not before it started, not after now. */
  public Either<WorkdayError, Transition<OpenedWorkday>> resume(
      Punch at, SchedulePolicy policy, Instant now) {
    return Rules.notExpired(this, Action.RESUME, policy, now)
        .flatMap(ok -> Rules.notInFuture(Action.RESUME, at.at(), now))
        .flatMap(ok -> Rules.notBefore(Action.RESUME, at.at(), running.start().at()))
        .map(
            ok -> {
              Break ended = running.endAt(at);
              return Transition.of(
                  new OpenedWorkday(
                      id, tenant, employee, start, Rules.inOrder(breaks.append(ended)), approval),
                  new BreakEnded(id, ended));
            });
  }

  public Either<WorkdayError, Transition<ClosedWorkday>> close(
      Closing closing, SchedulePolicy policy, Instant now) {
    return Rules.close(this, closing, policy, now);
  }

  PausedWorkday withBreaks(Seq<Break> others) {
    return new PausedWorkday(id, tenant, employee, start, others, running, approval);
  }
}
