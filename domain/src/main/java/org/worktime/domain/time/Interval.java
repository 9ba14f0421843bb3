package org.worktime.domain.time;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A half-open stretch of time {@code [start, end)} between two instants, with {@code start <= end}.
 *
 * <p>Durations come from instants, never from wall clocks, so an interval across a DST change lasts
 * what really elapsed. Two intervals that only touch ({@link #abuts}) do not overlap: a break that
 * ends at 12:30 and one that starts at 12:30 are legal neighbours.
 */
public record Interval(Instant start, Instant end) {

  /** Guards the invariant; callers that hold untrusted input check {@code start <= end} first. */
  public Interval {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("interval ends before it starts: " + start + " > " + end);
    }
  }

  public Duration duration() {
    return Duration.between(start, end);
  }

  public boolean isEmpty() {
    return start.equals(end);
  }

  /** True when both share some time; an empty interval overlaps nothing. */
  public boolean overlaps(Interval other) {
    return !isEmpty() && !other.isEmpty() && start.isBefore(other.end) && other.start.isBefore(end);
  }

  /** True when {@code other} lies entirely inside this interval (bounds included). */
  public boolean encloses(Interval other) {
    return !other.start.isBefore(start) && !other.end.isAfter(end);
  }

  /** True when one ends exactly where the other starts. */
  public boolean abuts(Interval other) {
    return end.equals(other.start) || other.end.equals(start);
  }

  public boolean contains(Instant instant) {
    return !instant.isBefore(start) && instant.isBefore(end);
  }
}
