package org.worktime.application.query;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.timer.TaskTimer;

/**
 * Streams the task timers whose local start date, in each timer's own zone, lies in {@code [from,
 * to]}, by owner and start (a timesheet's work logs), with the same visibility as {@link
 * WorkdaysInPeriodQuery}. Answers how many were streamed.
 */
public interface TimersInPeriodQuery {

  Either<Refusal, Long> forEachTimer(
      Request request,
      Option<EmployeeId> owner,
      LocalDate from,
      LocalDate to,
      Consumer<TaskTimer> consumer);
}
