package org.worktime.domain.compliance;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.worktime.domain.time.Interval;

/**
 * One closed workday of one employee, as the compliance rules see it: the local date it started on,
 * the zone of its start, its span from start to end, and its breaks.
 *
 * <p>This view lives here, not in the workday aggregate, so that the rules do not depend on how the
 * aggregate is built; the aggregate adapts to it. A split shift (morning and evening on one date)
 * is one worked day whose gap is a break, since the law counts one daily working time per day.
 *
 * <p>Invariants, guarded by the constructor because breaking them is a programming bug, not a
 * business outcome: {@code date} is the local date of {@code span.start()} in {@code zone}; every
 * break lies inside the span; no two breaks overlap (touching is fine). Breaks are kept sorted by
 * start.
 */
public record WorkedDay(LocalDate date, ZoneId zone, Interval span, Seq<Interval> breaks) {

  public WorkedDay {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(breaks, "breaks");
    LocalDate startDate = span.start().atZone(zone).toLocalDate();
    if (!date.equals(startDate)) {
      throw new IllegalArgumentException(
          "a day belongs to the local date it started on: " + startDate + ", not " + date);
    }
    breaks = List.ofAll(breaks).sortBy(Interval::start);
    for (Interval pause : breaks) {
      if (!span.encloses(Objects.requireNonNull(pause, "break"))) {
        throw new IllegalArgumentException("break " + pause + " lies outside the day " + span);
      }
    }
    // Sorted by start, a break overlaps an earlier one exactly when it overlaps the one reaching
    // furthest; comparing neighbours alone would miss overlaps hidden behind an empty break.
    Interval furthest = null;
    for (Interval pause : breaks) {
      if (furthest != null && furthest.overlaps(pause)) {
        throw new IllegalArgumentException("breaks overlap: " + furthest + " and " + pause);
      }
      if (furthest == null || pause.end().isAfter(furthest.end())) {
        furthest = pause;
      }
    }
  }

  /** A day started at {@code span.start()} in {@code zone}; the date is derived. */
  public static WorkedDay of(ZoneId zone, Interval span, Seq<Interval> breaks) {
    return new WorkedDay(span.start().atZone(zone).toLocalDate(), zone, span, breaks);
  }

  /** Real time from start to end, from instants: a night across a DST change is not off by 1 h. */
  public Duration elapsed() {
    return span.duration();
  }

  /** All recorded breaks, however short. */
  public Duration breakTime() {
    return breaks.map(Interval::duration).fold(Duration.ZERO, Duration::plus);
  }

  /** Elapsed minus all breaks; never negative (the invariants already ensure it). */
  public Duration netWorked() {
    Duration net = elapsed().minus(breakTime());
    return net.isNegative() ? Duration.ZERO : net;
  }
}
