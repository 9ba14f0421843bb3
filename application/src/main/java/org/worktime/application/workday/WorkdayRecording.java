package org.worktime.application.workday;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.worktime.application.Refusal;
import org.worktime.application.port.WorkdayStore;
import org.worktime.application.workday.WorkdayChanges.Right;
import org.worktime.domain.id.WorkdayId;
import org.worktime.domain.workday.Action;
import org.worktime.domain.workday.Closing;
import org.worktime.domain.workday.Opening;
import org.worktime.domain.workday.Timing;
import org.worktime.domain.workday.Workdays;

/**
 * Finished days recorded at once. Both times are manual, so the policy's rules for manual times
 * (reports, approval) hold as for an open and a close by hand; the change takes the one path of
 * {@link WorkdayChanges}: one transaction, one idempotency key, one audit entry.
 */
public final class WorkdayRecording implements RecordWorkdayUseCase {

  private final WorkdayChanges changes;
  private final WorkdayStore workdays;

  public WorkdayRecording(WorkdayChanges changes, WorkdayStore workdays) {
    this.changes = changes;
    this.workdays = workdays;
  }

  @Override
  public Either<Refusal, WorkdayView> record(RecordWorkdayUseCase.Command command) {
    Timing start = new Timing.Manual(command.start(), command.report());
    Timing end = new Timing.Manual(command.end(), command.report());
    return changes.apply(
        command.request(),
        new DayRef.LatestOf(command.employee()),
        Action.RECORD,
        Right.OWN_DAYS_OR_MANAGER,
        command.report(),
        List.of(command.employee(), start, end, command.origin()),
        situation ->
            Workdays.record(
                new Opening(
                    WorkdayId.of(changes.ids().next()),
                    situation.employee().tenant(),
                    situation.employee().id(),
                    situation.employee().homeZone(),
                    start,
                    command.origin(),
                    Option.none()),
                new Closing(end, command.origin(), Option.none()),
                List.ofAll(
                    workdays.touching(
                        situation.employee().tenant(),
                        situation.employee().id(),
                        command.start().toInstant(),
                        command.end().toInstant().isAfter(command.start().toInstant())
                            ? command.end().toInstant()
                            : command.start().toInstant())),
                situation.policy(),
                situation.now()));
  }
}
