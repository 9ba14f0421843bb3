package org.worktime.application.workday;

import io.vavr.control.Either;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.domain.id.WorkdayId;
import org.worktime.domain.place.Origin;
import org.worktime.domain.time.Interval;

/** Records a finished break with explicit ends (Staffomatic {@code POST /break_timers.json}). */
public interface AddBreakUseCase {

  Either<Refusal, WorkdayView> addBreak(Command command);

  record Command(Request request, WorkdayId workday, Interval interval, Origin origin) {}
}
