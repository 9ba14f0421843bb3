package org.worktime.application.timer;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.worktime.application.Page;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.timer.RunningTimer;

/**
 * Lists running timers, oldest first (TheBase {@code GET /v2/timer/open}, to find timers left
 * running after hours). An employee sees their own; a manager the tenant's or one owner's.
 */
public interface RunningTimersQuery {

  Either<Refusal, Page<RunningTimer>> running(
      Request request, Option<EmployeeId> owner, int offset, int limit);
}
