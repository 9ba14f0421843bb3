package org.worktime.adapters.cli.report;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import org.worktime.domain.compliance.ComplianceRule;
import org.worktime.domain.compliance.ComplianceRules;
import org.worktime.domain.compliance.DailyOvertimeThreshold;
import org.worktime.domain.compliance.Violation;
import org.worktime.domain.compliance.Violation.BreakTooShort;
import org.worktime.domain.compliance.Violation.DailyOvertime;
import org.worktime.domain.compliance.Violation.DayTooLong;
import org.worktime.domain.compliance.Violation.RestTooShort;
import org.worktime.domain.compliance.Violation.WeeklyOvertime;
import org.worktime.domain.compliance.WeeklyOvertimeThreshold;
import org.worktime.domain.compliance.WorkedDay;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.workday.ClosedWorkday;
import org.worktime.domain.workday.Workday;

/**
 * Adds up one employee's days into a report's rows, with the domain's rules doing the judging.
 *
 * <ul>
 *   <li>Closed days count, each on the local date it started on (a night shift entirely on its
 *       first date). A day not yet closed has no end to count: it shows as an open day.
 *   <li>Worked, breaks and net come from the days as {@link Rounding} shows them.
 *   <li>Warnings are the compliance rules' findings (ArbZG breaks, daily maximum, rest) on the
 *       recorded times, never the rounded ones: the law is about the time really worked. A rest too
 *       short counts on the day it cut short.
 *   <li>Overtime is what the {@link DailyOvertimeThreshold} finds on each date; in a week whose net
 *       time the {@link WeeklyOvertimeThreshold} finds over its threshold by more than its dates'
 *       overtime together, the difference is added on the week's last date worked. A week's
 *       overtime is thus the larger of the two, and no hour counts twice.
 * </ul>
 *
 * <p>The rules see the days from {@link #contextFrom()} on, so that the first week is judged whole
 * and the rest before the first date is known; only the dates in the scope are shown.
 */
final class Tally {

  private final ReportScope scope;
  private final Rounding rounding;
  private final Seq<ComplianceRule> compliance;
  private final DailyOvertimeThreshold dailyOvertime;
  private final WeeklyOvertimeThreshold weeklyOvertime;

  Tally(
      ReportScope scope,
      Rounding rounding,
      Seq<ComplianceRule> compliance,
      DailyOvertimeThreshold dailyOvertime,
      WeeklyOvertimeThreshold weeklyOvertime) {
    this.scope = Objects.requireNonNull(scope, "scope");
    this.rounding = Objects.requireNonNull(rounding, "rounding");
    this.compliance = Objects.requireNonNull(compliance, "compliance");
    this.dailyOvertime = Objects.requireNonNull(dailyOvertime, "dailyOvertime");
    this.weeklyOvertime = Objects.requireNonNull(weeklyOvertime, "weeklyOvertime");
  }

  /** The first date whose days the tally needs: the day before the first week's Monday. */
  LocalDate contextFrom() {
    return WeeklyOvertimeThreshold.weekStart(scope.from()).minusDays(1);
  }

  /** The employee's rows from their days since {@link #contextFrom()}, in any order. */
  EmployeeReport of(Employee employee, Seq<Workday> days) {
    Seq<WorkedDay> recorded =
        days.filter(ClosedWorkday.class::isInstance)
            .map(ClosedWorkday.class::cast)
            .map(ClosedWorkday::worked);
    Seq<WorkedDay> shown = recorded.map(rounding::apply);
    Seq<Violation> warnings =
        ComplianceRules.inspect(compliance, OneDayPerDate.join(recorded))
            .filter(found -> scope.contains(dateOf(found)));
    Map<LocalDate, Duration> overtime = overtimeByDate(OneDayPerDate.join(shown));
    Seq<LocalDate> open =
        days.filter(day -> !(day instanceof ClosedWorkday))
            .map(Workday::date)
            .filter(scope::contains);

    Seq<WorkedDay> counted = shown.filter(day -> scope.contains(day.date()));
    Seq<LocalDate> periods =
        counted.map(WorkedDay::date).appendAll(open).map(scope.unit()::startOf).distinct().sorted();
    Seq<PeriodRow> rows =
        periods.map(
            period ->
                row(
                    period,
                    counted.filter(day -> inPeriod(day.date(), period)),
                    open.count(date -> inPeriod(date, period)),
                    warnings.filter(found -> inPeriod(dateOf(found), period)),
                    overtime.filterKeys(date -> inPeriod(date, period)).values()));
    Figures total = rows.map(PeriodRow::figures).fold(Figures.NONE, Figures::plus);
    return new EmployeeReport(employee, rows, total);
  }

  private PeriodRow row(
      LocalDate period,
      Seq<WorkedDay> days,
      int openDays,
      Seq<Violation> warnings,
      Seq<Duration> overtime) {
    Figures figures =
        new Figures(
            days.map(WorkedDay::date).distinct().size(),
            sum(days.map(WorkedDay::elapsed)),
            sum(days.map(WorkedDay::breakTime)),
            sum(days.map(WorkedDay::netWorked)),
            sum(overtime),
            openDays,
            warnings.size());
    return new PeriodRow(scope.unit().label(period), figures, warnings);
  }

  private boolean inPeriod(LocalDate date, LocalDate period) {
    return scope.contains(date) && scope.unit().startOf(date).equals(period);
  }

  /** Daily overtime by date, each week's remainder over the weekly threshold on its last date. */
  private Map<LocalDate, Duration> overtimeByDate(Seq<WorkedDay> oneDayPerDate) {
    Map<LocalDate, Duration> daily =
        HashMap.ofEntries(
            dailyOvertime
                .inspect(oneDayPerDate)
                .map(DailyOvertime.class::cast)
                .map(found -> io.vavr.Tuple.of(found.date(), found.overtime())));
    return weeklyOvertime
        .inspect(oneDayPerDate)
        .map(WeeklyOvertime.class::cast)
        .foldLeft(
            daily,
            (byDate, week) -> {
              Seq<LocalDate> dates =
                  oneDayPerDate
                      .map(WorkedDay::date)
                      .filter(
                          date -> WeeklyOvertimeThreshold.weekStart(date).equals(week.weekStart()));
              Duration remainder =
                  week.overtime()
                      .minus(sum(dates.map(date -> byDate.getOrElse(date, Duration.ZERO))));
              LocalDate last = dates.max().get();
              return remainder.isNegative() || remainder.isZero()
                  ? byDate
                  : byDate.put(last, byDate.getOrElse(last, Duration.ZERO).plus(remainder));
            });
  }

  /** The date a finding belongs to in a report. */
  static LocalDate dateOf(Violation found) {
    if (found instanceof BreakTooShort breaks) {
      return breaks.date();
    }
    if (found instanceof DayTooLong tooLong) {
      return tooLong.date();
    }
    if (found instanceof RestTooShort rest) {
      return rest.nextDate();
    }
    if (found instanceof DailyOvertime daily) {
      return daily.date();
    }
    return ((WeeklyOvertime) found).weekStart();
  }

  private static Duration sum(Seq<Duration> durations) {
    return durations.fold(Duration.ZERO, Duration::plus);
  }
}
