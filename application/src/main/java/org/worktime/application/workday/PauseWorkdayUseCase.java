package org.worktime.application.workday;

import io.vavr.control.Either;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.domain.place.Origin;
import org.worktime.domain.workday.Timing;

/** Starts a break on a running day (Bitrix {@code timeman.pause}, a Staffomatic break start). */
public interface PauseWorkdayUseCase {

  Either<Refusal, WorkdayView> pause(Command command);

  record Command(Request request, DayRef day, Timing timing, Origin origin) {}
}
