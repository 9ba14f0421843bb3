package org.worktime.domain.workday;

import java.time.Instant;
import java.util.Objects;
import org.worktime.domain.id.BreakId;
import org.worktime.domain.time.Interval;
import org.worktime.domain.time.Punch;

/** The break a paused day is on: started, not yet ended. */
public record RunningBreak(BreakId id, Punch start) {

  public RunningBreak {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(start, "start");
  }

  /** The break so far; a clock behind its start counts nothing rather than something negative. */
  public Interval intervalAt(Instant now) {
    return new Interval(start.at(), now.isBefore(start.at()) ? start.at() : now);
  }

  public Break endAt(Punch end) {
    return new Break(id, start, end);
  }
}
