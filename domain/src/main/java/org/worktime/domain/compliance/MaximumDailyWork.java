package org.worktime.domain.compliance;

import io.vavr.collection.Seq;
import java.time.Duration;
import java.util.Objects;
import org.worktime.domain.compliance.Violation.DayTooLong;

/**
 * The most net work allowed on one day; by default the German Working Time Act (ArbZG) §3: the
 * working day may be extended to at most 10 hours.
 *
 * <p>Contract: a day whose {@link WorkedDay#netWorked()} strictly exceeds {@code maximum} reports a
 * {@link DayTooLong}; exactly the maximum complies. Not checked here: §3's second half (an average
 * of 8 h over six months or 24 weeks), which needs a longer period than a report usually has.
 */
public record MaximumDailyWork(String name, Duration maximum) implements ComplianceRule {

  public static final String ARBZG_NAME = "ArbZG §3 daily maximum";

  public static final Duration ARBZG_MAXIMUM = Duration.ofHours(10);

  public MaximumDailyWork {
    Objects.requireNonNull(name, "name");
    Durations.requireNonNegative(maximum, "maximum");
  }

  public static MaximumDailyWork arbZG() {
    return new MaximumDailyWork(ARBZG_NAME, ARBZG_MAXIMUM);
  }

  @Override
  public Seq<Violation> inspect(Seq<WorkedDay> days) {
    return days.sortBy(day -> day.span().start())
        .filter(day -> day.netWorked().compareTo(maximum) > 0)
        .map(day -> new DayTooLong(name, day.date(), day.netWorked(), maximum));
  }
}
