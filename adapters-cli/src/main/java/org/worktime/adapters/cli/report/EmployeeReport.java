package org.worktime.adapters.cli.report;

import io.vavr.collection.Seq;
import java.util.Objects;
import org.worktime.domain.compliance.Violation;
import org.worktime.domain.employee.Employee;

/**
 * One employee's part of a report: a row for each period with a day in it (closed or open), in
 * order, and the employee's total.
 */
record EmployeeReport(Employee employee, Seq<PeriodRow> rows, Figures total) {

  EmployeeReport {
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(total, "total");
  }

  /** Every warning of the employee, period by period. */
  Seq<Violation> warnings() {
    return rows.flatMap(PeriodRow::warnings);
  }
}
