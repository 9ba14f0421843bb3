package org.worktime.domain.timer;

import java.util.Objects;
import org.worktime.domain.id.TimerId;

/**
 * What a timer transition did, in the past tense. Each event carries the timer as it is after the
 * event, so that persistence can write it and audit can record it without asking the domain again.
 */
public sealed interface TimerEvent {

  TimerId timerId();

  /** A timer began to run. */
  record TimerStarted(RunningTimer timer) implements TimerEvent {
    public TimerStarted {
      Objects.requireNonNull(timer, "timer");
    }

    @Override
    public TimerId timerId() {
      return timer.id();
    }
  }

  /** A timer stopped, by its owner or because the owner started another one. */
  record TimerStopped(StoppedTimer timer) implements TimerEvent {
    public TimerStopped {
      Objects.requireNonNull(timer, "timer");
    }

    @Override
    public TimerId timerId() {
      return timer.id();
    }
  }
}
