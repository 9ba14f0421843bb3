package org.worktime.application.workday;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.domain.id.BreakId;
import org.worktime.domain.id.WorkdayId;
import org.worktime.domain.text.Note;

/** Deletes a finished break (Staffomatic {@code DELETE /break_timers/{id}.json}). */
public interface RemoveBreakUseCase {

  Either<Refusal, WorkdayView> removeBreak(Command command);

  record Command(Request request, WorkdayId workday, BreakId breakId, Option<Note> reason) {}
}
