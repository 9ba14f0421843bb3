package org.worktime.application.timer;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.domain.id.TimerId;
import org.worktime.domain.place.Origin;
import org.worktime.domain.timer.StoppedTimer;

/**
 * Stops a running task timer by its id (TheBase {@code PUT /v2/timer/{id}}, a TimeClock work log):
 * now, or at the end a device recorded by its own clock and sends late, which may not lie after
 * now.
 */
public interface StopTimerUseCase {

  Either<Refusal, StoppedTimer> stop(Command command);

  /**
   * @param endTime the end the device recorded; none means now
   */
  record Command(Request request, TimerId timer, Origin origin, Option<Instant> endTime) {

    /** Stops the timer now. */
    public Command(Request request, TimerId timer, Origin origin) {
      this(request, timer, origin, Option.none());
    }
  }
}
