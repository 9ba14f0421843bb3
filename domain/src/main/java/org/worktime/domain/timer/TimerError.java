package org.worktime.domain.timer;

import java.time.Instant;
import java.util.Objects;
import org.worktime.domain.id.TimerId;
import org.worktime.domain.time.Interval;

/**
 * Why a timer transition was refused. Each dialect maps these to its own answer; {@link
 * #describe()} is the sentence for logs and for dialects without an error vocabulary.
 */
public sealed interface TimerError {

  String describe();

  /**
   * Why the task timer rules refused, case by case: a mapping that implements {@link Cases} says
   * what each becomes, and a new kind fails to compile in every mapping until it is handled.
   */
  <R> R fold(Cases<R> cases);

  /** One method per kind. */
  interface Cases<R> {
    R timerAlreadyRunning(TimerAlreadyRunning error);

    R timerNotRunning(TimerNotRunning error);

    R startInFuture(StartInFuture error);

    R endInFuture(EndInFuture error);

    R endBeforeStart(EndBeforeStart error);

    R startBeforeRunningTimer(StartBeforeRunningTimer error);

    R overlappingTimer(OverlappingTimer error);
  }

  /** The owner already has a running timer and the policy is {@link SecondTimerPolicy#REFUSE}. */
  record TimerAlreadyRunning(TimerId running) implements TimerError {
    @Override
    public <R> R fold(Cases<R> cases) {
      return cases.timerAlreadyRunning(this);
    }

    public TimerAlreadyRunning {
      Objects.requireNonNull(running, "running");
    }

    @Override
    public String describe() {
      return "timer " + running + " is already running for this owner; stop it first";
    }
  }

  /** The timer has already stopped; stopping it again would rewrite its recorded end. */
  record TimerNotRunning(TimerId timer) implements TimerError {
    @Override
    public <R> R fold(Cases<R> cases) {
      return cases.timerNotRunning(this);
    }

    public TimerNotRunning {
      Objects.requireNonNull(timer, "timer");
    }

    @Override
    public String describe() {
      return "timer " + timer + " is not running: it has already been stopped";
    }
  }

  /** An explicit start time after now: nobody can have started working in the future. */
  record StartInFuture(Instant given, Instant now) implements TimerError {
    @Override
    public <R> R fold(Cases<R> cases) {
      return cases.startInFuture(this);
    }

    public StartInFuture {
      Objects.requireNonNull(given, "given");
      Objects.requireNonNull(now, "now");
    }

    @Override
    public String describe() {
      return "a timer cannot start at " + given + ": that is after now (" + now + ")";
    }
  }

  /** An explicit end after now: a device cannot have recorded a stop that has not happened. */
  record EndInFuture(Instant given, Instant now) implements TimerError {
    @Override
    public <R> R fold(Cases<R> cases) {
      return cases.endInFuture(this);
    }

    public EndInFuture {
      Objects.requireNonNull(given, "given");
      Objects.requireNonNull(now, "now");
    }

    @Override
    public String describe() {
      return "a timer cannot end at " + given + ": that is after now (" + now + ")";
    }
  }

  /** An end before the start would make a negative duration. */
  record EndBeforeStart(Instant start, Instant end) implements TimerError {
    @Override
    public <R> R fold(Cases<R> cases) {
      return cases.endBeforeStart(this);
    }

    public EndBeforeStart {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
    }

    @Override
    public String describe() {
      return "a timer cannot end at " + end + ": that is before its start at " + start;
    }
  }

  /**
   * A new timer starting before the owner's running timer began, under {@link
   * SecondTimerPolicy#STOP_RUNNING}: stopping the running timer at the new start would end it
   * before it began.
   */
  record StartBeforeRunningTimer(TimerId running, Instant runningStart, Instant start)
      implements TimerError {
    @Override
    public <R> R fold(Cases<R> cases) {
      return cases.startBeforeRunningTimer(this);
    }

    public StartBeforeRunningTimer {
      Objects.requireNonNull(running, "running");
      Objects.requireNonNull(runningStart, "runningStart");
      Objects.requireNonNull(start, "start");
    }

    @Override
    public String describe() {
      return "a timer cannot start at "
          + start
          + ": timer "
          + running
          + " has been running since "
          + runningStart
          + " and would be stopped before it began";
    }
  }

  /**
   * A timer brought in from elsewhere that would share time with another of the owner's timers: an
   * owner works on one task at a time.
   */
  record OverlappingTimer(TimerId other, Interval existing) implements TimerError {
    @Override
    public <R> R fold(Cases<R> cases) {
      return cases.overlappingTimer(this);
    }

    public OverlappingTimer {
      Objects.requireNonNull(other, "other");
      Objects.requireNonNull(existing, "existing");
    }

    @Override
    public String describe() {
      return "the timer would overlap another timer of its owner ["
          + existing.start()
          + ", "
          + existing.end()
          + ")";
    }
  }
}
