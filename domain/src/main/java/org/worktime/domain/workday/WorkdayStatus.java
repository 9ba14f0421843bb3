package org.worktime.domain.workday;

/**
 * A workday's status as the dialects report it. {@code EXPIRED} is never stored: it is derived at
 * read time for a day that is not closed and has outlived its schedule, and it takes priority
 * (EXPIRED &gt; OPENED &gt; PAUSED &gt; CLOSED).
 */
public enum WorkdayStatus {
  OPENED,
  PAUSED,
  CLOSED,
  EXPIRED
}
