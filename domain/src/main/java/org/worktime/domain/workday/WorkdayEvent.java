package org.worktime.domain.workday;

import io.vavr.control.Option;
import java.time.Instant;
import org.worktime.domain.id.BreakId;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.WorkdayId;
import org.worktime.domain.text.Note;
import org.worktime.domain.time.Punch;

/** What happened to a workday, in the past tense; persistence and the audit log consume these. */
public sealed interface WorkdayEvent {

  WorkdayId workday();

  record WorkdayOpened(WorkdayId workday, EmployeeId employee, Punch start, Approval approval)
      implements WorkdayEvent {}

  record BreakStarted(WorkdayId workday, BreakId breakId, Punch start) implements WorkdayEvent {}

  record BreakEnded(WorkdayId workday, Break endedBreak) implements WorkdayEvent {}

  record WorkdayClosed(WorkdayId workday, Punch end, Approval approval) implements WorkdayEvent {}

  record BreakAdded(WorkdayId workday, Break addedBreak) implements WorkdayEvent {}

  record BreakCorrected(WorkdayId workday, Break before, Break after, Note reason)
      implements WorkdayEvent {}

  record BreakRemoved(WorkdayId workday, Break removedBreak, Option<Note> reason)
      implements WorkdayEvent {}

  /** The day's start or end was corrected by hand; before and after are both kept. */
  record WorkdayCorrected(
      WorkdayId workday,
      Punch startBefore,
      Punch startAfter,
      Option<Punch> endBefore,
      Option<Punch> endAfter,
      Note reason,
      Approval approval)
      implements WorkdayEvent {}

  record WorkdayVerified(WorkdayId workday, Verification verification) implements WorkdayEvent {}

  record WorkdayApproved(WorkdayId workday, EmployeeId by, Instant at) implements WorkdayEvent {}

  /** A closed day was opened again; the time it stood closed became a break. */
  record WorkdayReopened(WorkdayId workday, Punch previousEnd, Break gap) implements WorkdayEvent {}
}
