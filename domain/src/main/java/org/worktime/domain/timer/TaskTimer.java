package org.worktime.domain.timer;

import java.util.function.Function;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.TenantId;
import org.worktime.domain.id.TimerId;
import org.worktime.domain.time.Punch;

/**
 * A task timer (TheBase timer, TimeClock work log): time one employee spends on one task. It
 * belongs to its owner, not to a workday; reports place it in the workday that contains it.
 *
 * <p>Its states are types: a {@link RunningTimer} can be stopped, a {@link StoppedTimer} cannot, so
 * the compiler keeps callers from stopping twice. Where the state is only known at run time (a
 * timer loaded by id), {@link TaskTimers#stop} or {@link #fold} dispatch.
 */
public sealed interface TaskTimer permits RunningTimer, StoppedTimer {

  TimerId id();

  TenantId tenant();

  EmployeeId owner();

  TimerDetails details();

  Punch start();

  /** Applies the function that fits this timer's state. */
  default <R> R fold(
      Function<? super RunningTimer, ? extends R> ifRunning,
      Function<? super StoppedTimer, ? extends R> ifStopped) {
    if (this instanceof RunningTimer running) {
      return ifRunning.apply(running);
    }
    return ifStopped.apply((StoppedTimer) this);
  }
}
