package org.worktime.adapters.cli.report;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.worktime.adapters.cli.Durations;
import org.worktime.domain.employee.Employee;

/**
 * {@code --format csv}: RFC 4180 (CRLF line ends, a header row, a field quoted when it holds a
 * comma, a quote or a line break, its quotes doubled), UTF-8 without a byte order mark. Each
 * duration is written twice, as {@code H:MM} and as whole minutes (both rounded down), for people
 * and for spreadsheets. An employee's total row has the period {@code total}; for everyone, a last
 * row with no employee totals them all. {@code warnings} counts the warnings and {@code
 * warning_details} gives each period's as sentences, separated by {@code "; "}.
 */
final class CsvWriter implements ReportWriter {

  static final String HEADER =
      "employee,name,period,days,worked,worked_minutes,breaks,breaks_minutes,net,net_minutes,"
          + "overtime,overtime_minutes,open_days,warnings,warning_details";

  private final PrintWriter out;
  private final ReportHeading heading;

  CsvWriter(PrintWriter out, ReportHeading heading) {
    this.out = out;
    this.heading = heading;
    record(HEADER);
  }

  @Override
  public void employee(EmployeeReport report) {
    Employee employee = report.employee();
    String number = Long.toString(employee.number());
    for (PeriodRow row : report.rows()) {
      String details =
          row.warnings().map(found -> found.rule() + ": " + found.describe()).mkString("; ");
      record(fields(number, employee.name(), row.period(), row.figures(), details));
    }
    record(fields(number, employee.name(), "total", report.total(), ""));
    out.flush();
  }

  @Override
  public void finish(Figures total) {
    if (heading.everyone()) {
      record(fields("", "", "total", total, ""));
    }
    out.flush();
  }

  private void record(String line) {
    out.print(line);
    out.print("\r\n");
  }

  private static String fields(
      String number, String name, String period, Figures figures, String details) {
    return List.of(
            number,
            name,
            period,
            Integer.toString(figures.days()),
            Durations.hoursAndMinutes(figures.worked()),
            minutes(figures.worked()),
            Durations.hoursAndMinutes(figures.breaks()),
            minutes(figures.breaks()),
            Durations.hoursAndMinutes(figures.net()),
            minutes(figures.net()),
            Durations.hoursAndMinutes(figures.overtime()),
            minutes(figures.overtime()),
            Integer.toString(figures.openDays()),
            Integer.toString(figures.warnings()),
            details)
        .stream()
        .map(CsvWriter::field)
        .collect(Collectors.joining(","));
  }

  private static String minutes(Duration duration) {
    return Long.toString(duration.toMinutes());
  }

  /** One field as RFC 4180 writes it. */
  static String field(String value) {
    boolean quoted =
        value.indexOf(',') >= 0
            || value.indexOf('"') >= 0
            || value.indexOf('\r') >= 0
            || value.indexOf('\n') >= 0;
    return quoted ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
