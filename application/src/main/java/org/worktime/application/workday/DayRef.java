package org.worktime.application.workday;

import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.WorkdayId;

/**
 * Which day a command means: an employee's latest (Bitrix addresses the user) or a day by id
 * (Staffomatic addresses the work timer).
 */
public sealed interface DayRef {

  record LatestOf(EmployeeId employee) implements DayRef {}

  record ById(WorkdayId workday) implements DayRef {}
}
