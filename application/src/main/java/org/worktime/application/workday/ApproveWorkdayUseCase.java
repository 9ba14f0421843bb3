package org.worktime.application.workday;

import io.vavr.control.Either;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.domain.id.WorkdayId;

/** Confirms a day's pending edit (Bitrix {@code ACTIVE: false} to {@code true}); managers only. */
public interface ApproveWorkdayUseCase {

  Either<Refusal, WorkdayView> approve(Command command);

  record Command(Request request, WorkdayId workday) {}
}
