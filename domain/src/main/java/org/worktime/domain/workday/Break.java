package org.worktime.domain.workday;

import java.time.Duration;
import java.util.Objects;
import org.worktime.domain.id.BreakId;
import org.worktime.domain.time.Interval;
import org.worktime.domain.time.Punch;

/** A finished break: both ends punched, inside its workday, overlapping no other break. */
public record Break(BreakId id, Punch start, Punch end) {

  public Break {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.at().isBefore(start.at())) {
      throw new IllegalArgumentException("a break cannot end before it starts");
    }
  }

  public Interval interval() {
    return new Interval(start.at(), end.at());
  }

  public Duration duration() {
    return interval().duration();
  }
}
