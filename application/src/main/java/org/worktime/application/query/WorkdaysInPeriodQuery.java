package org.worktime.application.query;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.workday.Workday;

/**
 * Streams the days whose local start date, in each day's own zone, lies in {@code [from, to]} (both
 * inclusive, as TimeClock's {@code startDate}/{@code endDate}), by employee and start, to the
 * consumer without holding the period in memory. An employee reads their own days; a manager the
 * tenant's. Answers how many days were streamed.
 */
public interface WorkdaysInPeriodQuery {

  Either<Refusal, Long> forEachDay(
      Request request,
      Option<EmployeeId> employee,
      LocalDate from,
      LocalDate to,
      Consumer<Workday> consumer);
}
