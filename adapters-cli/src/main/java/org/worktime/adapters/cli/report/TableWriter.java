package org.worktime.adapters.cli.report;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.worktime.adapters.cli.DisplayWidth;
import org.worktime.adapters.cli.Durations;
import org.worktime.adapters.cli.Style;
import org.worktime.domain.compliance.Violation;
import org.worktime.domain.employee.Employee;

/**
 * {@code --format table}: a title, aligned columns (names by their display width, so Hebrew and
 * emoji line up), a total row per employee and, for everyone, a last total row; then each warning
 * as a sentence. The widths are fixed from the heading, so rows print as each employee is added up;
 * a figure wider than its column's bound (more hours than the range has) shifts only its own row.
 * Bold totals and red warnings only when colouring.
 */
final class TableWriter implements ReportWriter {

  private static final String GAP = "  ";
  private static final String BOLD = "1";
  private static final String RED = "31";
  private static final String YELLOW = "33";
  static final String EVERYONE = "All employees";

  private final PrintWriter out;
  private final ReportHeading heading;
  private final Style style;
  private final int numberWidth;
  private final int nameWidth;
  private final int periodWidth;
  private final int daysWidth;
  private final int durationWidth;
  private final List<String> warnings = new ArrayList<>();

  TableWriter(PrintWriter out, ReportHeading heading, Style style) {
    this.out = out;
    this.heading = heading;
    this.style = style;
    int people = Math.max(1, heading.employees().size());
    long days = heading.scope().days();
    this.numberWidth =
        Math.max(
            "No".length(),
            heading.employees().map(e -> Long.toString(e.number()).length()).max().getOrElse(1));
    this.nameWidth =
        Math.max(
            heading.everyone() ? DisplayWidth.of(EVERYONE) : "Name".length(),
            heading.employees().map(e -> DisplayWidth.of(e.name())).max().getOrElse(0));
    this.periodWidth = Math.max("Period".length(), heading.scope().unit().labelWidth());
    this.daysWidth = Math.max("Days".length(), Long.toString(days * people).length());
    this.durationWidth =
        Math.max(
            "Overtime".length(),
            Durations.hoursAndMinutes(Duration.ofDays(days * people)).length());
    out.println(title());
    out.println();
    out.println(
        style.styled(
            BOLD,
            line(
                "No",
                "Name",
                "Period",
                "Days",
                "Worked",
                "Breaks",
                "Net",
                "Overtime",
                "Warnings")));
  }

  @Override
  public void employee(EmployeeReport report) {
    Employee employee = report.employee();
    String number = Long.toString(employee.number());
    for (PeriodRow row : report.rows()) {
      out.println(figures(number, employee.name(), row.period(), row.figures(), rowNote(row)));
    }
    out.println(
        style.styled(
            BOLD,
            figures(number, employee.name(), "Total", report.total(), totalNote(report.total()))));
    for (Violation found : report.warnings()) {
      warnings.add(
          "  No "
              + number
              + ", "
              + employee.name()
              + ": "
              + found.describe()
              + " ("
              + found.rule()
              + ")");
    }
    out.flush();
  }

  @Override
  public void finish(Figures total) {
    if (heading.everyone()) {
      out.println(style.styled(BOLD, figures("", EVERYONE, "Total", total, totalNote(total))));
    }
    if (!warnings.isEmpty()) {
      out.println();
      out.println(style.styled(RED, "Warnings:"));
      warnings.forEach(out::println);
    }
    out.flush();
  }

  private String title() {
    ReportScope scope = heading.scope();
    return "Worked time "
        + scope.from()
        + " to "
        + scope.to()
        + " by "
        + scope.unit().optionValue()
        + "; overtime beyond "
        + Durations.hoursAndMinutes(heading.overtimePerDay())
        + " a day and "
        + Durations.hoursAndMinutes(heading.overtimePerWeek())
        + " a week"
        + (heading.rounding().isNone()
            ? ""
            : "; times rounded to the nearest " + heading.rounding().minutes() + " min");
  }

  private String figures(String number, String name, String period, Figures f, String note) {
    return line(
        number,
        name,
        period,
        Integer.toString(f.days()),
        Durations.hoursAndMinutes(f.worked()),
        Durations.hoursAndMinutes(f.breaks()),
        Durations.hoursAndMinutes(f.net()),
        Durations.hoursAndMinutes(f.overtime()),
        note);
  }

  private String line(
      String number,
      String name,
      String period,
      String days,
      String worked,
      String breaks,
      String net,
      String overtime,
      String note) {
    String text =
        String.join(
            GAP,
            right(number, numberWidth),
            DisplayWidth.padRight(name, nameWidth),
            DisplayWidth.padRight(period, periodWidth),
            right(days, daysWidth),
            right(worked, durationWidth),
            right(breaks, durationWidth),
            right(net, durationWidth),
            right(overtime, durationWidth),
            note);
    return text.stripTrailing();
  }

  private String rowNote(PeriodRow row) {
    String rules = row.warnings().map(Violation::rule).distinct().mkString(", ");
    return join(style.styled(RED, rules), openNote(row.figures()));
  }

  private String totalNote(Figures total) {
    String count =
        total.warnings() == 0
            ? ""
            : total.warnings() + (total.warnings() == 1 ? " warning" : " warnings");
    return join(style.styled(RED, count), openNote(total));
  }

  private String openNote(Figures figures) {
    int open = figures.openDays();
    return open == 0
        ? ""
        : style.styled(YELLOW, open + (open == 1 ? " open day" : " open days") + " not counted");
  }

  private static String join(String first, String second) {
    return first.isEmpty() || second.isEmpty() ? first + second : first + "; " + second;
  }

  private static String right(String text, int width) {
    return String.format(Locale.ROOT, "%" + width + "s", text);
  }
}
