package org.worktime.application.workday;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.domain.id.WorkdayId;
import org.worktime.domain.text.Note;

/**
 * Corrects a day's start or end by hand, with a reason; an employee's own correction waits for a
 * manager.
 */
public interface CorrectWorkdayUseCase {

  Either<Refusal, WorkdayView> correct(Command command);

  record Command(
      Request request,
      WorkdayId workday,
      Option<Instant> newStart,
      Option<Instant> newEnd,
      Note reason) {}
}
