package org.worktime.domain.workday;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.worktime.domain.compliance.WorkedDay;
import org.worktime.domain.id.BreakId;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.TenantId;
import org.worktime.domain.id.WorkdayId;
import org.worktime.domain.policy.SchedulePolicy;
import org.worktime.domain.time.Punch;
import org.worktime.domain.workday.WorkdayError.AlreadyVerified;
import org.worktime.domain.workday.WorkdayError.ReopenNotAllowed;
import org.worktime.domain.workday.WorkdayEvent.WorkdayReopened;
import org.worktime.domain.workday.WorkdayEvent.WorkdayVerified;

/** A finished day. A manager may verify it (locking it) and, where the policy allows, reopen it. */
public record ClosedWorkday(
    WorkdayId id,
    TenantId tenant,
    EmployeeId employee,
    Punch start,
    Seq<Break> breaks,
    Punch finish,
    Approval approval,
    Option<Verification> verification)
    implements Workday {

  public ClosedWorkday {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(breaks, "breaks");
    Objects.requireNonNull(finish, "finish");
    Objects.requireNonNull(approval, "approval");
    Objects.requireNonNull(verification, "verification");
    if (finish.at().isBefore(start.at())) {
      throw new IllegalArgumentException("a workday cannot end before it starts");
    }
  }

  @Override
  public Option<Punch> end() {
    return Option.some(finish);
  }

  @Override
  public Option<RunningBreak> runningBreak() {
    return Option.none();
  }

  /** The view the compliance rules inspect: date, zone, span and breaks. */
  public WorkedDay worked() {
    return WorkedDay.of(zone(), spanAt(finish.at()), breaks.map(Break::interval));
  }

  public boolean isVerified() {
    return verification.isDefined();
  }

  /**
   * Marks the day checked by a manager (Staffomatic {@code do: verify}); a verified day is locked.
   */
  public Either<WorkdayError, Transition<ClosedWorkday>> verify(EmployeeId by, Instant at) {
    if (verification.isDefined()) {
      return Either.left(new AlreadyVerified(id, verification.get()));
    }
    Verification done = new Verification(by, at);
    return Either.right(
        Transition.of(
            new ClosedWorkday(
                id, tenant, employee, start, breaks, finish, approval, Option.some(done)),
            new WorkdayVerified(id, done)));
  }

  /**
   * Opens the day again, as Bitrix does for a day closed too early: allowed by the policy, for
   * today's day only, never for a verified one. The time it stood closed becomes a break, so the
   * worked time stays true. The caller passes the employee's latest day only.
   */
  public Either<WorkdayError, Transition<OpenedWorkday>> reopen(
      BreakId gapId, SchedulePolicy policy, Instant now) {
    if (!policy.reopenAllowed()) {
      return Either.left(new ReopenNotAllowed(id, ReopenNotAllowed.Reason.POLICY_FORBIDS));
    }
    if (verification.isDefined()) {
      return Either.left(new AlreadyVerified(id, verification.get()));
    }
    if (!now.atZone(zone()).toLocalDate().equals(date())) {
      return Either.left(new ReopenNotAllowed(id, ReopenNotAllowed.Reason.NOT_TODAY));
    }
    return Rules.notBefore(Action.REOPEN, now, finish.at())
        .map(
            ok -> {
              Break gap = new Break(gapId, finish, Punch.live(now, finish.zone(), finish.origin()));
              return Transition.of(
                  new OpenedWorkday(id, tenant, employee, start, breaks.append(gap), approval),
                  new WorkdayReopened(id, finish, gap));
            });
  }

  ClosedWorkday withBreaks(Seq<Break> others) {
    return new ClosedWorkday(id, tenant, employee, start, others, finish, approval, verification);
  }
}
