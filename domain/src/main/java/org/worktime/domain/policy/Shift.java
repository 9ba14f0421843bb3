package org.worktime.domain.policy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A shift's local start and end and its planned break. An end not after the start is on the next
 * day: a night shift from 22:00 to 06:00.
 */
public record Shift(LocalTime start, LocalTime end, Duration plannedBreak) {

  public Shift {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(plannedBreak, "plannedBreak");
    if (plannedBreak.isNegative()) {
      throw new IllegalArgumentException("a planned break cannot be negative");
    }
  }

  public boolean crossesMidnight() {
    return !end.isAfter(start);
  }

  /** The shift's start on the given date, resolved in the zone (a DST gap moves it forward). */
  public ZonedDateTime startOn(LocalDate date, ZoneId zone) {
    return ZonedDateTime.of(date, start, zone);
  }

  public ZonedDateTime endOn(LocalDate date, ZoneId zone) {
    return ZonedDateTime.of(crossesMidnight() ? date.plusDays(1) : date, end, zone);
  }
}
