package org.worktime.application.workday;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.worktime.application.Refusal;
import org.worktime.application.workday.WorkdayChanges.Right;
import org.worktime.domain.workday.Action;
import org.worktime.domain.workday.Workdays;

/** A manager's review: approving pending edits and verifying closed days. */
public final class WorkdayReview implements ApproveWorkdayUseCase, VerifyWorkdayUseCase {

  private final WorkdayChanges changes;

  public WorkdayReview(WorkdayChanges changes) {
    this.changes = changes;
  }

  @Override
  public Either<Refusal, WorkdayView> approve(ApproveWorkdayUseCase.Command command) {
    return changes.apply(
        command.request(),
        new DayRef.ById(command.workday()),
        Action.APPROVE,
        Right.REVIEWER,
        Option.none(),
        command.workday(),
        situation ->
            WorkdayLifecycle.existing(situation.day(), Action.APPROVE)
                .flatMap(
                    day -> Workdays.approve(day, situation.actor().employee(), situation.now())));
  }

  @Override
  public Either<Refusal, WorkdayView> verify(VerifyWorkdayUseCase.Command command) {
    return changes.apply(
        command.request(),
        new DayRef.ById(command.workday()),
        Action.VERIFY,
        Right.REVIEWER,
        Option.none(),
        command.workday(),
        situation ->
            WorkdayLifecycle.existing(situation.day(), Action.VERIFY)
                .flatMap(
                    day ->
                        Workdays.verify(
                            day,
                            situation.actor().employee(),
                            situation.policy(),
                            situation.now())));
  }
}
