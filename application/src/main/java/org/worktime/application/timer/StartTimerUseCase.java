package org.worktime.application.timer;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.place.Origin;
import org.worktime.domain.timer.RunningTimer;
import org.worktime.domain.timer.TimerDetails;

/**
 * Starts a task timer for an employee (TheBase {@code POST /v2/timer/start}, a TimeClock work log).
 */
public interface StartTimerUseCase {

  Either<Refusal, RunningTimer> start(Command command);

  record Command(
      Request request,
      EmployeeId owner,
      TimerDetails details,
      Option<Instant> startTime,
      Origin origin) {}
}
