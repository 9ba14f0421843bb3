package org.worktime.domain.compliance;

import io.vavr.collection.Seq;
import java.time.Duration;
import java.util.Objects;
import org.worktime.domain.compliance.Violation.DailyOvertime;

/**
 * Overtime per day beyond a contractual threshold (e.g. 8 h). Not a legal limit but an agreement,
 * hence no default: the caller names the threshold.
 *
 * <p>Contract: a day whose {@link WorkedDay#netWorked()} strictly exceeds {@code threshold} reports
 * a {@link DailyOvertime} with {@code overtime = netWorked - threshold}. A night shift counts
 * entirely on the date it started on.
 */
public record DailyOvertimeThreshold(String name, Duration threshold) implements ComplianceRule {

  public static final String DEFAULT_NAME = "daily overtime";

  public DailyOvertimeThreshold {
    Objects.requireNonNull(name, "name");
    Durations.requireNonNegative(threshold, "threshold");
  }

  public DailyOvertimeThreshold(Duration threshold) {
    this(DEFAULT_NAME, threshold);
  }

  @Override
  public Seq<Violation> inspect(Seq<WorkedDay> days) {
    return days.sortBy(day -> day.span().start())
        .filter(day -> day.netWorked().compareTo(threshold) > 0)
        .map(
            day ->
                new DailyOvertime(
                    name,
                    day.date(),
                    day.netWorked(),
                    threshold,
                    day.netWorked().minus(threshold)));
  }
}
