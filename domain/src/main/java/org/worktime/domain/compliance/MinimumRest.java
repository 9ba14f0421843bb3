package org.worktime.domain.compliance;

import io.vavr.collection.Seq;
import java.time.Duration;
import java.util.Objects;
import org.worktime.domain.compliance.Violation.RestTooShort;

/**
 * The least uninterrupted rest between two working days; by default the German Working Time Act
 * (ArbZG) §5: at least 11 hours after the end of the daily working time.
 *
 * <p>Contract: the days are sorted by span start; for each pair of consecutive days, the rest is
 * the real time from the end instant of the first to the start instant of the second, so a night
 * across a DST change counts what really elapsed, not what the wall clock says. A rest strictly
 * shorter than {@code minimum} reports a {@link RestTooShort}; exactly the minimum complies.
 *
 * <p>Assumption: days of one employee never overlap (guarded where days are recorded). Were they
 * to, the rest would come out negative and be reported, never thrown. Not modelled: §5 (2) and (3)
 * (shorter rest in hospitals, hotels, transport and similar branches).
 */
public record MinimumRest(String name, Duration minimum) implements ComplianceRule {

  public static final String ARBZG_NAME = "ArbZG §5 rest period";

  public static final Duration ARBZG_MINIMUM = Duration.ofHours(11);

  public MinimumRest {
    Objects.requireNonNull(name, "name");
    Durations.requireNonNegative(minimum, "minimum");
  }

  public static MinimumRest arbZG() {
    return new MinimumRest(ARBZG_NAME, ARBZG_MINIMUM);
  }

  @Override
  public Seq<Violation> inspect(Seq<WorkedDay> days) {
    Seq<WorkedDay> sorted = days.sortBy(day -> day.span().start());
    return sorted
        .zip(sorted.drop(1))
        .map(
            pair -> {
              Duration rest = Duration.between(pair._1.span().end(), pair._2.span().start());
              return new RestTooShort(name, pair._1.date(), pair._2.date(), rest, minimum);
            })
        .filter(violation -> violation.rest().compareTo(minimum) < 0)
        .map(Violation.class::cast);
  }
}
