package org.worktime.application.query;

import io.vavr.control.Either;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.application.workday.WorkdayView;
import org.worktime.domain.id.BreakId;
import org.worktime.domain.id.WorkdayId;

/**
 * One day as of now, by its id or by the id of one of its breaks (Staffomatic {@code GET
 * /work_timers/{id}.json} and {@code GET /break_timers/{id}.json}). An employee reads their own
 * days, a manager the tenant's; another tenant's day is not found.
 */
public interface WorkdayLookupQuery {

  Either<Refusal, WorkdayView> day(Request request, WorkdayId workday);

  Either<Refusal, WorkdayView> dayOfBreak(Request request, BreakId breakId);
}
