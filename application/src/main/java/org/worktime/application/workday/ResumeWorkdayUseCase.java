package org.worktime.application.workday;

import io.vavr.control.Either;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.domain.place.Origin;
import org.worktime.domain.workday.Timing;

/** Ends the running break of a paused day (a Staffomatic break stop). */
public interface ResumeWorkdayUseCase {

  Either<Refusal, WorkdayView> resume(Command command);

  record Command(Request request, DayRef day, Timing timing, Origin origin) {}
}
