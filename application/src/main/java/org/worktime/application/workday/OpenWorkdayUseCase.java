package org.worktime.application.workday;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.place.Origin;
import org.worktime.domain.text.Note;
import org.worktime.domain.workday.Timing;

/** Starts an employee's workday, or continues their paused one (Bitrix {@code timeman.open}). */
public interface OpenWorkdayUseCase {

  Either<Refusal, WorkdayView> open(Command command);

  record Command(
      Request request, EmployeeId employee, Timing timing, Origin origin, Option<Note> note) {}
}
