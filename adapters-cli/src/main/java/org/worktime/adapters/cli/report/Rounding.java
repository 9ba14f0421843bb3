package org.worktime.adapters.cli.report;

import io.vavr.collection.Seq;
import java.time.Instant;
import java.time.ZoneId;
import org.worktime.domain.compliance.WorkedDay;
import org.worktime.domain.time.Interval;

/**
 * {@code --round N}: a view of a day on the N-minute grid of local wall-clock time, never a change
 * to what was recorded. Each end of the day and of each break snaps to the nearest grid point of
 * local time (at the UTC offset in force at that instant; a time exactly half-way rounds up), so
 * with 15 minutes 08:07 shows as 08:00, 08:08 as 08:15 and 16:52:30 as 17:00. Durations then come
 * from the snapped instants, so a day across a DST change still counts real time.
 *
 * <p>N divides an hour, so every grid point is a whole number of minutes past the hour and local
 * midnight lies on the grid. A day never leaves the date it started on: a start that would round up
 * to the next midnight snaps down instead. A break stays inside its day and after the break before
 * it; one that rounds to nothing is dropped.
 */
record Rounding(int minutes) {

  static final int NONE = 0;

  Rounding {
    if (minutes < 0 || minutes > 60 || (minutes > 0 && 60 % minutes != 0)) {
      throw new IllegalArgumentException("rounding must divide an hour: " + minutes);
    }
  }

  static Rounding none() {
    return new Rounding(NONE);
  }

  /** Whether {@code minutes} may be given to {@code --round}. */
  static boolean allows(int minutes) {
    return minutes > 0 && minutes <= 60 && 60 % minutes == 0;
  }

  boolean isNone() {
    return minutes == NONE;
  }

  /** The day as the report shows it; the day itself when there is no rounding. */
  WorkedDay apply(WorkedDay day) {
    if (isNone()) {
      return day;
    }
    ZoneId zone = day.zone();
    Instant start = snapStart(day.span().start(), zone);
    Instant end = latest(start, nearest(day.span().end(), zone));
    Seq<Interval> breaks =
        day.breaks()
            .foldLeft(
                io.vavr.collection.List.<Interval>empty(),
                (kept, pause) -> {
                  Instant notBefore = kept.headOption().map(Interval::end).getOrElse(start);
                  Instant from = within(nearest(pause.start(), zone), notBefore, end);
                  Instant until = within(nearest(pause.end(), zone), from, end);
                  return from.equals(until) ? kept : kept.prepend(new Interval(from, until));
                })
            .reverse();
    return new WorkedDay(day.date(), zone, new Interval(start, end), breaks);
  }

  private Instant snapStart(Instant at, ZoneId zone) {
    long offset = zone.getRules().getOffset(at).getTotalSeconds();
    long grid = minutes * 60L;
    long local = at.getEpochSecond() + offset;
    long down = Math.floorDiv(local, grid) * grid;
    Instant nearest = nearest(at, zone);
    boolean nextDate =
        Math.floorDiv(nearest.getEpochSecond() + offset, 86_400L) != Math.floorDiv(local, 86_400L);
    return nextDate ? Instant.ofEpochSecond(down - offset) : nearest;
  }

  private Instant nearest(Instant at, ZoneId zone) {
    long offset = zone.getRules().getOffset(at).getTotalSeconds();
    long grid = minutes * 60L;
    long local = at.getEpochSecond() + offset;
    long down = Math.floorDiv(local, grid) * grid;
    long pastDownNanos = (local - down) * 1_000_000_000L + at.getNano();
    boolean halfOrMore = 2 * pastDownNanos >= grid * 1_000_000_000L;
    return Instant.ofEpochSecond((halfOrMore ? down + grid : down) - offset);
  }

  private static Instant within(Instant at, Instant earliest, Instant latest) {
    return at.isBefore(earliest) ? earliest : at.isAfter(latest) ? latest : at;
  }

  private static Instant latest(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
