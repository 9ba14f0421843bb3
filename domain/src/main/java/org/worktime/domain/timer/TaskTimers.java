package org.worktime.domain.timer;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.worktime.domain.time.Punch;

/**
 * The task timer decisions that need more than one timer or a state known only at run time. Pure:
 * the caller passes the owner's running timer and the current instant; nothing here reads a clock
 * or a store, so every decision can be replayed and tested by hand.
 */
public final class TaskTimers {

  private TaskTimers() {}

  /**
   * Starts a timer for the command's owner.
   *
   * <p>The start is the command's explicit start time, or {@code now} when it has none; an explicit
   * start records {@code now} as the instant it was sent. The checks, in this order:
   *
   * <ol>
   *   <li>a start after {@code now} is refused with {@link TimerError.StartInFuture};
   *   <li>with a running timer and {@link SecondTimerPolicy#REFUSE}, the start is refused with
   *       {@link TimerError.TimerAlreadyRunning};
   *   <li>with a running timer and {@link SecondTimerPolicy#STOP_RUNNING}, the running timer stops
   *       at the new start (in the command's zone and origin); a start before the running timer
   *       began is refused with {@link TimerError.StartBeforeRunningTimer}, because it would end
   *       that timer before it began.
   * </ol>
   *
   * <p>The events are, in order, {@link TimerEvent.TimerStopped} for a timer this start stopped,
   * then {@link TimerEvent.TimerStarted}.
   *
   * @param runningOfSameOwner the owner's running timer, if any; the caller loads it (at most one
   *     exists, which this method keeps true)
   * @throws IllegalArgumentException when {@code runningOfSameOwner} belongs to another owner or
   *     tenant: that is a bug in the caller, not a business outcome
   */
  public static Either<TimerError, TimerTransition<RunningTimer>> start(
      StartTimer command,
      Option<RunningTimer> runningOfSameOwner,
      SecondTimerPolicy policy,
      Instant now) {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(runningOfSameOwner, "runningOfSameOwner");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(now, "now");
    runningOfSameOwner.peek(running -> requireSameOwner(command, running));

    Instant startAt = command.startTime().getOrElse(now);
    if (startAt.isAfter(now)) {
      return Either.left(new TimerError.StartInFuture(startAt, now));
    }
    Punch start = new Punch(startAt, command.zone(), now, command.origin(), Option.none());
    RunningTimer started =
        new RunningTimer(command.id(), command.tenant(), command.owner(), command.details(), start);
    TimerEvent.TimerStarted startedEvent = new TimerEvent.TimerStarted(started);

    if (runningOfSameOwner.isEmpty()) {
      return Either.right(new TimerTransition<>(started, List.of(startedEvent)));
    }
    RunningTimer running = runningOfSameOwner.get();
    if (policy == SecondTimerPolicy.REFUSE) {
      return Either.left(new TimerError.TimerAlreadyRunning(running.id()));
    }
    if (startAt.isBefore(running.start().at())) {
      return Either.left(
          new TimerError.StartBeforeRunningTimer(running.id(), running.start().at(), startAt));
    }
    return running
        .stop(start)
        .map(stopping -> new TimerTransition<>(started, stopping.events().append(startedEvent)));
  }

  /**
   * Stops {@code timer} at {@code end} when it runs; a stopped timer answers {@link
   * TimerError.TimerNotRunning} (as Harvest does), so that a repeated stop never rewrites the
   * recorded end.
   */
  public static Either<TimerError, TimerTransition<StoppedTimer>> stop(TaskTimer timer, Punch end) {
    Objects.requireNonNull(timer, "timer");
    Objects.requireNonNull(end, "end");
    return timer.fold(
        running -> running.stop(end),
        stopped -> Either.left(new TimerError.TimerNotRunning(stopped.id())));
  }

  private static void requireSameOwner(StartTimer command, RunningTimer running) {
    if (!running.owner().equals(command.owner()) || !running.tenant().equals(command.tenant())) {
      throw new IllegalArgumentException(
          "timer " + running.id() + " belongs to another owner than " + command.owner());
    }
    if (running.id().equals(command.id())) {
      throw new IllegalArgumentException("timer " + running.id() + " is already running");
    }
  }
}
