package org.worktime.application.workday;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import org.worktime.application.Refusal;
import org.worktime.application.port.WorkdayStore;
import org.worktime.application.workday.WorkdayChanges.Right;
import org.worktime.application.workday.WorkdayChanges.Situation;
import org.worktime.domain.id.BreakId;
import org.worktime.domain.time.Punch;
import org.worktime.domain.workday.Action;
import org.worktime.domain.workday.Approval;
import org.worktime.domain.workday.Correction;
import org.worktime.domain.workday.Workday;
import org.worktime.domain.workday.Workdays;

/** Breaks added, moved and removed, and days corrected by hand. */
public final class WorkdayEditing
    implements AddBreakUseCase, EditBreakUseCase, RemoveBreakUseCase, CorrectWorkdayUseCase {

  private final WorkdayChanges changes;
  private final WorkdayStore workdays;

  public WorkdayEditing(WorkdayChanges changes, WorkdayStore workdays) {
    this.changes = changes;
    this.workdays = workdays;
  }

  @Override
  public Either<Refusal, WorkdayView> addBreak(AddBreakUseCase.Command command) {
    return changes.apply(
        command.request(),
        new DayRef.ById(command.workday()),
        Action.ADD_BREAK,
        Right.OWN_DAYS_OR_MANAGER,
        Option.none(),
        List.of(command.workday(), command.interval(), command.origin()),
        situation ->
            WorkdayLifecycle.existing(situation.day(), Action.ADD_BREAK)
                .flatMap(
                    day ->
                        Workdays.addBreak(
                            day,
                            BreakId.of(changes.ids().next()),
                            command.interval(),
                            command.origin(),
                            situation.now())));
  }

  @Override
  public Either<Refusal, WorkdayView> editBreak(EditBreakUseCase.Command command) {
    return changes.apply(
        command.request(),
        new DayRef.ById(command.workday()),
        Action.EDIT_BREAK,
        Right.OWN_DAYS_OR_MANAGER,
        Option.some(command.reason()),
        List.of(command.workday(), command.breakId(), command.interval(), command.reason()),
        situation ->
            WorkdayLifecycle.existing(situation.day(), Action.EDIT_BREAK)
                .flatMap(
                    day ->
                        Workdays.editBreak(
                            day,
                            command.breakId(),
                            command.interval(),
                            command.reason(),
                            situation.now())));
  }

  @Override
  public Either<Refusal, WorkdayView> removeBreak(RemoveBreakUseCase.Command command) {
    return changes.apply(
        command.request(),
        new DayRef.ById(command.workday()),
        Action.REMOVE_BREAK,
        Right.OWN_DAYS_OR_MANAGER,
        command.reason(),
        List.of(command.workday(), command.breakId(), command.reason()),
        situation ->
            WorkdayLifecycle.existing(situation.day(), Action.REMOVE_BREAK)
                .flatMap(day -> Workdays.removeBreak(day, command.breakId(), command.reason())));
  }

  /**
   * An employee's correction of their own day waits for a manager; a manager's or an admin's is
   * approved as made.
   */
  @Override
  public Either<Refusal, WorkdayView> correct(CorrectWorkdayUseCase.Command command) {
    return changes.apply(
        command.request(),
        new DayRef.ById(command.workday()),
        Action.CORRECT,
        Right.OWN_DAYS_OR_MANAGER,
        Option.some(command.reason()),
        List.of(command.workday(), command.newStart(), command.newEnd(), command.reason()),
        situation ->
            WorkdayLifecycle.existing(situation.day(), Action.CORRECT)
                .flatMap(
                    day ->
                        Workdays.correct(
                            day,
                            new Correction(
                                command.newStart(),
                                command.newEnd(),
                                command.reason(),
                                approvalOf(situation)),
                            neighbours(situation, day, command),
                            situation.policy(),
                            situation.now())));
  }

  private static Approval approvalOf(Situation situation) {
    return situation.actor().role().actsForOthers() ? Approval.APPROVED : Approval.PENDING;
  }

  /** The employee's other days that the corrected span could touch. */
  private List<Workday> neighbours(
      Situation situation, Workday day, CorrectWorkdayUseCase.Command command) {
    Instant start = command.newStart().getOrElse(day.start().at());
    Instant end = command.newEnd().orElse(day.end().map(Punch::at)).getOrElse(situation.now());
    Instant from = start.isBefore(day.start().at()) ? start : day.start().at();
    return List.ofAll(
        workdays.touching(
            situation.employee().tenant(),
            situation.employee().id(),
            from,
            end.isAfter(from) ? end : from));
  }
}
