package org.worktime.application.workday;

import io.vavr.control.Either;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.domain.id.EmployeeId;

/** Opens an employee's latest closed day again, where the policy allows. */
public interface ReopenWorkdayUseCase {

  Either<Refusal, WorkdayView> reopen(Command command);

  record Command(Request request, EmployeeId employee) {}
}
