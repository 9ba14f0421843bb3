package org.worktime.application.workday;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.worktime.application.Refusal;
import org.worktime.application.workday.WorkdayChanges.Right;
import org.worktime.domain.id.BreakId;
import org.worktime.domain.id.WorkdayId;
import org.worktime.domain.workday.Action;
import org.worktime.domain.workday.Closing;
import org.worktime.domain.workday.Opening;
import org.worktime.domain.workday.Workday;
import org.worktime.domain.workday.WorkdayError;
import org.worktime.domain.workday.WorkdayStatus;
import org.worktime.domain.workday.Workdays;

/** Opening, pausing, resuming, closing and reopening days. */
public final class WorkdayLifecycle
    implements OpenWorkdayUseCase,
        PauseWorkdayUseCase,
        ResumeWorkdayUseCase,
        CloseWorkdayUseCase,
        ReopenWorkdayUseCase {

  private final WorkdayChanges changes;

  public WorkdayLifecycle(WorkdayChanges changes) {
    this.changes = changes;
  }

  @Override
  public Either<Refusal, WorkdayView> open(OpenWorkdayUseCase.Command command) {
    return changes.apply(
        command.request(),
        new DayRef.LatestOf(command.employee()),
        Action.OPEN,
        Right.OWN_DAYS_OR_MANAGER,
        command.timing().report().orElse(command.note()),
        List.of(command.employee(), command.timing(), command.origin(), command.note()),
        situation ->
            Workdays.open(
                new Opening(
                    WorkdayId.of(changes.ids().next()),
                    situation.employee().tenant(),
                    situation.employee().id(),
                    situation.employee().homeZone(),
                    command.timing(),
                    changes.placed(situation, command.origin()),
                    command.note()),
                situation.day(),
                situation.policy(),
                situation.now()));
  }

  @Override
  public Either<Refusal, WorkdayView> pause(PauseWorkdayUseCase.Command command) {
    return changes.apply(
        command.request(),
        command.day(),
        Action.PAUSE,
        Right.OWN_DAYS_OR_MANAGER,
        Option.none(),
        List.of(command.timing(), command.origin()),
        situation ->
            existing(situation.day(), Action.PAUSE)
                .flatMap(
                    day ->
                        Workdays.pause(
                            day,
                            BreakId.of(changes.ids().next()),
                            command.timing(),
                            command.origin(),
                            situation.policy(),
                            situation.now())));
  }

  @Override
  public Either<Refusal, WorkdayView> resume(ResumeWorkdayUseCase.Command command) {
    return changes.apply(
        command.request(),
        command.day(),
        Action.RESUME,
        Right.OWN_DAYS_OR_MANAGER,
        Option.none(),
        List.of(command.timing(), command.origin()),
        situation ->
            existing(situation.day(), Action.RESUME)
                .flatMap(
                    day ->
                        Workdays.resume(
                            day,
                            command.timing(),
                            command.origin(),
                            situation.policy(),
                            situation.now())));
  }

  @Override
  public Either<Refusal, WorkdayView> close(CloseWorkdayUseCase.Command command) {
    return changes.apply(
        command.request(),
        command.day(),
        Action.CLOSE,
        Right.OWN_DAYS_OR_MANAGER,
        command.closing().timing().report().orElse(command.closing().note()),
        command.closing(),
        situation ->
            existing(situation.day(), Action.CLOSE)
                .flatMap(
                    day ->
                        Workdays.close(
                            day,
                            placed(situation, command.closing()),
                            situation.policy(),
                            situation.now())));
  }

  @Override
  public Either<Refusal, WorkdayView> reopen(ReopenWorkdayUseCase.Command command) {
    return changes.apply(
        command.request(),
        new DayRef.LatestOf(command.employee()),
        Action.REOPEN,
        Right.OWN_DAYS_OR_MANAGER,
        Option.none(),
        command.employee(),
        situation ->
            existing(situation.day(), Action.REOPEN)
                .flatMap(
                    day ->
                        Workdays.reopen(
                            day,
                            BreakId.of(changes.ids().next()),
                            situation.policy(),
                            situation.now())));
  }

  private Closing placed(WorkdayChanges.Situation situation, Closing closing) {
    return new Closing(
        closing.timing(), changes.placed(situation, closing.origin()), closing.note());
  }

  /** An employee without any day is, as Bitrix reports, closed. */
  static Either<WorkdayError, Workday> existing(Option<Workday> day, Action action) {
    return day.toEither(() -> new WorkdayError.IllegalTransition(WorkdayStatus.CLOSED, action));
  }
}
