package org.worktime.application.workday;

import io.vavr.control.Either;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.domain.id.BreakId;
import org.worktime.domain.id.WorkdayId;
import org.worktime.domain.text.Note;
import org.worktime.domain.time.Interval;

/** Moves a finished break, with a reason (Staffomatic {@code PUT /break_timers/{id}.json}). */
public interface EditBreakUseCase {

  Either<Refusal, WorkdayView> editBreak(Command command);

  record Command(
      Request request, WorkdayId workday, BreakId breakId, Interval interval, Note reason) {}
}
