package org.worktime.domain.timer;

import java.time.Duration;
import java.util.Objects;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.TenantId;
import org.worktime.domain.id.TimerId;
import org.worktime.domain.time.Interval;
import org.worktime.domain.time.Punch;

/**
 * A task timer that has started and stopped, with {@code start <= end}. Final: no transition leaves
 * this state, and stopping it again is an error ({@link TimerError.TimerNotRunning}), as Harvest
 * answers.
 */
public record StoppedTimer(
    TimerId id, TenantId tenant, EmployeeId owner, TimerDetails details, Punch start, Punch end)
    implements TaskTimer {

  /**
   * Guards the invariant; stopping goes through {@link RunningTimer#stop}, which returns errors.
   */
  public StoppedTimer {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(details, "details");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.at().isBefore(start.at())) {
      throw new IllegalArgumentException(
          new TimerError.EndBeforeStart(start.at(), end.at()).describe());
    }
  }

  public Interval interval() {
    return new Interval(start.at(), end.at());
  }

  /**
   * The real time between start and end, exact to the instant (no rounding: rounding is a view for
   * reports, see {@link TimerMinutes}). Computed from instants, so a timer across a DST change
   * lasts what really elapsed, not what the wall clock showed.
   */
  public Duration duration() {
    return Duration.between(start.at(), end.at());
  }

  /** TheBase's {@code total_minuets}: this timer's minutes with one decimal. */
  public String totalMinutes() {
    return TimerMinutes.oneDecimal(duration());
  }
}
