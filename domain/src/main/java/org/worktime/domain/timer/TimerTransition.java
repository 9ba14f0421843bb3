package org.worktime.domain.timer;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * The outcome of a legal timer transition: the timer's new state and the events that happened, in
 * the order they happened. Starting a timer may also stop the owner's running one; that stopped
 * timer is among the events and is offered by {@link #stoppedPrevious()}, so that the caller saves
 * both.
 *
 * @param <S> the state the transition leads to
 */
public record TimerTransition<S extends TaskTimer>(S state, Seq<TimerEvent> events) {

  public TimerTransition {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(events, "events");
    if (events.isEmpty()) {
      throw new IllegalArgumentException("a transition without events changed nothing");
    }
  }

  /**
   * The other timer this transition stopped: the owner's previously running timer when a start
   * stopped it ({@link SecondTimerPolicy#STOP_RUNNING}); none otherwise.
   */
  public Option<StoppedTimer> stoppedPrevious() {
    // Derived from the events so that the events stay the single record of what happened.
    return events
        .filter(TimerEvent.TimerStopped.class::isInstance)
        .map(event -> ((TimerEvent.TimerStopped) event).timer())
        .find(stopped -> !stopped.id().equals(state.id()));
  }
}
