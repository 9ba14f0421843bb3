package org.worktime.application.timer;

import io.vavr.control.Either;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.domain.id.TimerId;
import org.worktime.domain.place.Origin;
import org.worktime.domain.timer.StoppedTimer;

/** Stops a running task timer now, by its id (TheBase {@code PUT /v2/timer/{id}}). */
public interface StopTimerUseCase {

  Either<Refusal, StoppedTimer> stop(Command command);

  record Command(Request request, TimerId timer, Origin origin) {}
}
