package org.worktime.application.query;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.application.workday.WorkdayView;
import org.worktime.domain.id.EmployeeId;

/**
 * An employee's current day as of now (Bitrix {@code timeman.status}); none when they never opened
 * one.
 */
public interface WorkdayStatusQuery {

  Either<Refusal, Option<WorkdayView>> statusOf(Request request, EmployeeId employee);
}
