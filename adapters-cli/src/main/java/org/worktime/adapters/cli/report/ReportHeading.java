package org.worktime.adapters.cli.report;

import io.vavr.collection.Seq;
import java.time.Duration;
import java.util.Objects;
import org.worktime.domain.employee.Employee;

/**
 * What a report is about, known before its first row: the scope, the rounding, the overtime
 * thresholds, and the employees it will list (all of them with {@code everyone}, in number order).
 */
record ReportHeading(
    ReportScope scope,
    Rounding rounding,
    Duration overtimePerDay,
    Duration overtimePerWeek,
    Seq<Employee> employees,
    boolean everyone) {

  ReportHeading {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(rounding, "rounding");
    Objects.requireNonNull(overtimePerDay, "overtimePerDay");
    Objects.requireNonNull(overtimePerWeek, "overtimePerWeek");
    Objects.requireNonNull(employees, "employees");
  }
}
