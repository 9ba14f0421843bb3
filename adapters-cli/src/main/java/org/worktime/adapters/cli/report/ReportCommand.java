package org.worktime.adapters.cli.report;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Locale;
import org.worktime.adapters.cli.Desk;
import org.worktime.adapters.cli.DeskCommand;
import org.worktime.adapters.cli.GivenDuration;
import org.worktime.adapters.cli.Style;
import org.worktime.adapters.cli.UserOption;
import org.worktime.adapters.cli.store.Workplaces;
import org.worktime.application.Refusal;
import org.worktime.domain.compliance.ComplianceRules;
import org.worktime.domain.compliance.DailyOvertimeThreshold;
import org.worktime.domain.compliance.WeeklyOvertimeThreshold;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.workday.Workday;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code worktime report}: per employee and period, the time worked, the breaks, the net time, the
 * overtime and the compliance warnings, and the totals. Days are read one employee at a time as the
 * engine streams them, so a report over everyone holds one employee's days at once.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
      "Worked time, breaks, net time, overtime and compliance warnings (ArbZG",
      "breaks, 10 h a day, 11 h rest), per employee and per day, ISO week or",
      "month, with totals. A day counts on the local date it started on; days",
      "still open are not counted. Default: this week so far, by day, for the",
      "operator."
    })
public final class ReportCommand extends DeskCommand {

  @Option(
      names = "--from",
      paramLabel = "DATE",
      converter = IsoDateConverter.class,
      description = "First date, YYYY-MM-DD (default: the Monday of the last date's week).")
  private LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      converter = IsoDateConverter.class,
      description = "Last date, YYYY-MM-DD, inclusive (default: today in the home zone).")
  private LocalDate to;

  @Option(
      names = "--by",
      paramLabel = "day|week|month",
      defaultValue = "day",
      description = "The periods to add up by (default: ${DEFAULT-VALUE}).")
  private String by;

  @Mixin private UserOption user;

  @Option(names = "--all", description = "Every employee of the company, by number.")
  private boolean all;

  @Option(
      names = "--format",
      paramLabel = "table|csv|json",
      description = "How to write it (default: table; --json means json).")
  private String format;

  @Option(
      names = "--round",
      paramLabel = "MINUTES",
      description =
          "Show each start and end of a day or break on the nearest point of the"
              + " local MINUTES grid (a divisor of 60: 5, 6, 10, 15, 30...). Stored times"
              + " never change; compliance warnings always judge the recorded times.")
  private Integer round;

  @Option(
      names = "--overtime-day",
      paramLabel = "H:MM",
      defaultValue = "8:00",
      converter = GivenDuration.class,
      description = "Net time a day beyond which is overtime (default: ${DEFAULT-VALUE}).")
  private Duration overtimePerDay;

  @Option(
      names = "--overtime-week",
      paramLabel = "H:MM",
      defaultValue = "40:00",
      converter = GivenDuration.class,
      description = "Net time an ISO week beyond which is overtime (default: ${DEFAULT-VALUE}).")
  private Duration overtimePerWeek;

  public ReportCommand(Workplaces workplaces) {
    super(workplaces);
  }

  @Override
  protected Either<Refusal, Integer> run(Desk desk) {
    PeriodUnit unit = choice(PeriodUnit.values(), PeriodUnit::optionValue, by, "--by");
    ReportFormat chosen = format(desk.json());
    Rounding rounding = rounding();
    if (all && user.number().isDefined()) {
      throw usage("--user and --all exclude each other");
    }
    if (from != null && to != null) {
      checkRange(from, to); // before the store is asked anything: a usage error comes first
    }
    return employees(desk)
        .flatMap(
            employees ->
                zone(desk, employees)
                    .flatMap(
                        zone ->
                            report(
                                desk,
                                employees,
                                new ReportHeading(
                                    scope(desk, zone, unit),
                                    rounding,
                                    overtimePerDay,
                                    overtimePerWeek,
                                    employees,
                                    all),
                                chosen)));
  }

  private Either<Refusal, Integer> report(
      Desk desk, Seq<Employee> employees, ReportHeading heading, ReportFormat chosen) {
    Tally tally =
        new Tally(
            heading.scope(),
            heading.rounding(),
            ComplianceRules.germanWorkingTimeAct(),
            new DailyOvertimeThreshold(overtimePerDay),
            new WeeklyOvertimeThreshold(overtimePerWeek));
    ReportWriter writer = chosen.open(desk.out(), heading, Style.ofThisProcess(desk.json()));
    Figures total = Figures.NONE;
    for (Employee employee : employees) {
      java.util.List<Workday> days = new ArrayList<>();
      Either<Refusal, Long> streamed =
          desk.engine()
              .workdaysInPeriod()
              .forEachDay(
                  desk.request(),
                  io.vavr.control.Option.some(employee.id()),
                  tally.contextFrom(),
                  heading.scope().to(),
                  days::add);
      if (streamed.isLeft()) {
        return Either.left(streamed.getLeft());
      }
      EmployeeReport part = tally.of(employee, List.ofAll(days));
      writer.employee(part);
      total = total.plus(part.total());
    }
    writer.finish(total);
    return Either.right(0);
  }

  private Either<Refusal, Seq<Employee>> employees(Desk desk) {
    return all
        ? desk.engine()
            .employees()
            .list(desk.request())
            .map(everyone -> everyone.sortBy(Employee::number))
        : desk.employee(user.number()).map(List::of);
  }

  /** Whose "today" the default range ends on: the employee's, or the operator's for everyone. */
  private Either<Refusal, ZoneId> zone(Desk desk, Seq<Employee> employees) {
    return all || employees.isEmpty()
        ? desk.employee(io.vavr.control.Option.none()).map(Employee::homeZone)
        : Either.right(employees.head().homeZone());
  }

  private ReportScope scope(Desk desk, ZoneId zone, PeriodUnit unit) {
    LocalDate last = to != null ? to : LocalDate.now(desk.clock().withZone(zone));
    LocalDate first = from != null ? from : WeeklyOvertimeThreshold.weekStart(last);
    checkRange(first, last);
    return new ReportScope(first, last, unit);
  }

  private void checkRange(LocalDate first, LocalDate last) {
    if (first.isAfter(last)) {
      throw usage("--from " + first + " is after " + (to != null ? "--to " : "today, ") + last);
    }
    long days = ReportScope.daysBetween(first, last);
    if (days > ReportScope.MAXIMUM_DAYS) {
      throw usage(
          "a report covers at most "
              + ReportScope.MAXIMUM_DAYS
              + " days; "
              + first
              + " to "
              + last
              + " is "
              + days);
    }
  }

  private ReportFormat format(boolean json) {
    if (format == null) {
      return json ? ReportFormat.JSON : ReportFormat.TABLE;
    }
    ReportFormat chosen =
        choice(ReportFormat.values(), ReportFormat::optionValue, format, "--format");
    if (json && chosen != ReportFormat.JSON) {
      throw usage("--json and --format " + format + " contradict each other");
    }
    return chosen;
  }

  private Rounding rounding() {
    if (round == null) {
      return Rounding.none();
    }
    if (!Rounding.allows(round)) {
      throw usage(
          "--round takes minutes that divide an hour (1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30, 60),"
              + " not "
              + round);
    }
    return new Rounding(round);
  }

  private <T> T choice(
      T[] values, java.util.function.Function<T, String> name, String given, String option) {
    String wanted = given.toLowerCase(Locale.ROOT);
    for (T value : values) {
      if (name.apply(value).equals(wanted)) {
        return value;
      }
    }
    List<String> names = List.of(values).map(name);
    throw usage(
        option
            + " must be "
            + names.init().mkString(", ")
            + " or "
            + names.last()
            + ", not '"
            + given
            + "'");
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
