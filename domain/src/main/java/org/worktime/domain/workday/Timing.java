package org.worktime.domain.workday;

import io.vavr.control.Option;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.worktime.domain.text.Note;

/** When a punch happened, as the caller says it. */
public sealed interface Timing {

  /** Now, in the employee's zone: the usual case. */
  record Now() implements Timing {}

  /**
   * A person gives the time by hand (Bitrix {@code TIME} with {@code REPORT}). Its zone becomes the
   * day's zone when it opens a day; the schedule decides whether a report is required and whether a
   * manager must approve it.
   */
  record Manual(ZonedDateTime at, Option<Note> report) implements Timing {
    public Manual {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(report, "report");
    }
  }

  /**
   * A device recorded the punch by its own clock and sends it now, perhaps late (an offline
   * terminal syncing). It is a real punch, not a correction: no report, no approval; the time it
   * was sent is kept beside it.
   */
  record Recorded(ZonedDateTime at) implements Timing {
    public Recorded {
      Objects.requireNonNull(at, "at");
    }
  }

  static Timing now() {
    return new Now();
  }

  default boolean isManual() {
    return this instanceof Manual;
  }

  default Instant instant(Instant now) {
    if (this instanceof Manual manual) {
      return manual.at().toInstant();
    }
    if (this instanceof Recorded recorded) {
      return recorded.at().toInstant();
    }
    return now;
  }

  default ZoneId zoneOr(ZoneId fallback) {
    if (this instanceof Manual manual) {
      return manual.at().getZone();
    }
    if (this instanceof Recorded recorded) {
      return recorded.at().getZone();
    }
    return fallback;
  }

  default Option<Note> report() {
    return this instanceof Manual manual ? manual.report() : Option.none();
  }
}
