package org.worktime.application.workday;

import io.vavr.control.Either;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.domain.id.WorkdayId;

/** Marks a closed day checked and locks it (Staffomatic {@code do: verify}); managers only. */
public interface VerifyWorkdayUseCase {

  Either<Refusal, WorkdayView> verify(Command command);

  record Command(Request request, WorkdayId workday) {}
}
