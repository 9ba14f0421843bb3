package org.worktime.domain.compliance;

import io.vavr.collection.Seq;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import org.worktime.domain.compliance.Violation.WeeklyOvertime;

/**
 * Overtime per ISO week (Monday to Sunday) beyond a contractual threshold (e.g. 40 h). Not a legal
 * limit but an agreement, hence no default: the caller names the threshold.
 *
 * <p>Contract: each day falls into the ISO week of its {@link WorkedDay#date()}, the local date it
 * started on in its own zone, so a night shift from Sunday into Monday counts entirely in the week
 * of the Sunday. A week whose summed {@link WorkedDay#netWorked()} strictly exceeds {@code
 * threshold} reports a {@link WeeklyOvertime} with {@code overtime = worked - threshold}, ordered
 * by week.
 */
public record WeeklyOvertimeThreshold(String name, Duration threshold) implements ComplianceRule {

  public static final String DEFAULT_NAME = "weekly overtime";

  public WeeklyOvertimeThreshold {
    Objects.requireNonNull(name, "name");
    Durations.requireNonNegative(threshold, "threshold");
  }

  public WeeklyOvertimeThreshold(Duration threshold) {
    this(DEFAULT_NAME, threshold);
  }

  /** The Monday that starts the ISO week of {@code date}. */
  public static LocalDate weekStart(LocalDate date) {
    return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  @Override
  public Seq<Violation> inspect(Seq<WorkedDay> days) {
    return days.groupBy(day -> weekStart(day.date()))
        .mapValues(week -> week.map(WorkedDay::netWorked).fold(Duration.ZERO, Duration::plus))
        .filter(week -> week._2.compareTo(threshold) > 0)
        .toList()
        .sortBy(week -> week._1)
        .map(
            week ->
                new WeeklyOvertime(name, week._1, week._2, threshold, week._2.minus(threshold)));
  }
}
