package org.worktime.domain.timer;

/**
 * What happens when an owner who has a running timer starts another one. An owner works on one task
 * at a time, so two timers of one owner never run at once under either policy.
 */
public enum SecondTimerPolicy {
  /**
   * The running timer stops at the new timer's start (the peers' default; Kimai does this), so the
   * owner's time moves from one task to the next without a gap or an overlap.
   */
  STOP_RUNNING,

  /**
   * The new timer is refused with {@link TimerError.TimerAlreadyRunning}; the owner stops first.
   */
  REFUSE
}
