package org.worktime.application.workday;

import io.vavr.control.Either;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.domain.workday.Closing;

/** Ends a running day (Bitrix {@code timeman.close}, Staffomatic check-out). */
public interface CloseWorkdayUseCase {

  Either<Refusal, WorkdayView> close(Command command);

  record Command(Request request, DayRef day, Closing closing) {}
}
