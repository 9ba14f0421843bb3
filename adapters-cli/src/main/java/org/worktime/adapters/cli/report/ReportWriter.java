package org.worktime.adapters.cli.report;

/**
 * Where a report goes, in one format: each employee's part as soon as it is added up, then the
 * total over everyone. A writer prints its heading when it is opened.
 */
interface ReportWriter {

  void employee(EmployeeReport report);

  void finish(Figures total);
}
