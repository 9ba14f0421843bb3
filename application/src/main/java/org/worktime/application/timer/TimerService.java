package org.worktime.application.timer;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import org.worktime.application.Access;
import org.worktime.application.Actor;
import org.worktime.application.Journal;
import org.worktime.application.Page;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.application.port.AuditEntry;
import org.worktime.application.port.Snapshot;
import org.worktime.application.port.TimerStore;
import org.worktime.application.port.Transactions;
import org.worktime.application.port.Versioned;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.IdGenerator;
import org.worktime.domain.id.TimerId;
import org.worktime.domain.time.Punch;
import org.worktime.domain.timer.RunningTimer;
import org.worktime.domain.timer.SecondTimerPolicy;
import org.worktime.domain.timer.StartTimer;
import org.worktime.domain.timer.StoppedTimer;
import org.worktime.domain.timer.TaskTimer;
import org.worktime.domain.timer.TaskTimers;
import org.worktime.domain.timer.TimerError;
import org.worktime.domain.timer.TimerTransition;

/**
 * Task timers: started, stopped and listed, each change audited and safe to retry, in one
 * transaction. The policy for a second timer of the same owner is the engine's setting.
 */
public final class TimerService implements StartTimerUseCase, StopTimerUseCase, RunningTimersQuery {

  private final TimerStore timers;
  private final Transactions transactions;
  private final Journal journal;
  private final Access access;
  private final SecondTimerPolicy secondTimer;
  private final Clock clock;
  private final IdGenerator ids;

  public TimerService(
      TimerStore timers,
      Transactions transactions,
      Journal journal,
      Access access,
      SecondTimerPolicy secondTimer,
      Clock clock,
      IdGenerator ids) {
    this.timers = timers;
    this.transactions = transactions;
    this.journal = journal;
    this.access = access;
    this.secondTimer = secondTimer;
    this.clock = clock;
    this.ids = ids;
  }

  @Override
  public Either<Refusal, RunningTimer> start(StartTimerUseCase.Command command) {
    String fingerprint =
        "START_TIMER "
            + List.of(command.owner(), command.details(), command.startTime(), command.origin());
    return transactions.inTransaction(
        () ->
            journal
                .replayed(command.request(), fingerprint)
                .map(
                    first ->
                        first
                            .flatMap(entry -> timerAfter(entry, RunningTimer.class))
                            .flatMap(timer -> replayedTo(command.request(), timer)))
                .getOrElse(() -> startNow(command, fingerprint, clock.instant())));
  }

  @Override
  public Either<Refusal, StoppedTimer> stop(StopTimerUseCase.Command command) {
    String fingerprint =
        "STOP_TIMER " + List.of(command.timer(), command.origin(), command.endTime());
    return transactions.inTransaction(
        () ->
            journal
                .replayed(command.request(), fingerprint)
                .map(
                    first ->
                        first
                            .flatMap(entry -> timerAfter(entry, StoppedTimer.class))
                            .flatMap(timer -> replayedTo(command.request(), timer)))
                .getOrElse(() -> stopNow(command, fingerprint, clock.instant())));
  }

  private Either<Refusal, RunningTimer> startNow(
      StartTimerUseCase.Command command, String fingerprint, Instant now) {
    Request request = command.request();
    return ownerFor(request.actor(), command.owner(), "start a timer for")
        .flatMap(
            owner -> {
              Option<Versioned<RunningTimer>> running =
                  timers.runningOf(owner.tenant(), owner.id());
              StartTimer start =
                  new StartTimer(
                      TimerId.of(ids.next()),
                      owner.tenant(),
                      owner.id(),
                      command.details(),
                      command.startTime(),
                      owner.homeZone(),
                      command.origin());
              return TaskTimers.start(start, running.map(Versioned::value), secondTimer, now)
                  .<Refusal>mapLeft(Refusal.TimerRefused::new)
                  .flatMap(
                      transition ->
                          stopPrevious(request, running, transition, now)
                              .map(ok -> transition.state()));
            })
        .flatMap(
            started ->
                timers
                    .insert(started)
                    .<Refusal>mapLeft(conflict -> conflict)
                    .flatMap(
                        version ->
                            journal.record(
                                request,
                                fingerprint,
                                entry(request, "START_TIMER", Option.none(), started, now)))
                    .map(entry -> started));
  }

  /** Under the stop-running policy, the owner's running timer ends where the new one starts. */
  private Either<Refusal, Long> stopPrevious(
      Request request,
      Option<Versioned<RunningTimer>> running,
      TimerTransition<RunningTimer> transition,
      Instant now) {
    if (transition.stoppedPrevious().isEmpty()) {
      return Either.right(0L);
    }
    StoppedTimer stopped = transition.stoppedPrevious().get();
    return timers
        .update(stopped, running.get().version())
        .<Refusal>mapLeft(conflict -> conflict)
        .peek(
            version ->
                journal.append(
                    entry(
                        request, "STOP_TIMER", Option.some(running.get().value()), stopped, now)));
  }

  private Either<Refusal, StoppedTimer> stopNow(
      StopTimerUseCase.Command command, String fingerprint, Instant now) {
    Request request = command.request();
    return timers
        .find(request.actor().tenant(), command.timer())
        .toEither(() -> (Refusal) new Refusal.NotFound("timer", command.timer().toString()))
        .flatMap(
            found ->
                ownerFor(request.actor(), found.value().owner(), "stop a timer of")
                    .flatMap(owner -> endNotInFuture(command.endTime().getOrElse(now), now))
                    .flatMap(
                        end ->
                            TaskTimers.stop(
                                    found.value(),
                                    new Punch(
                                        end,
                                        found.value().start().zone(),
                                        now,
                                        command.origin(),
                                        Option.none()))
                                .<Refusal>mapLeft(Refusal.TimerRefused::new))
                    .flatMap(
                        transition ->
                            timers
                                .update(transition.state(), found.version())
                                .<Refusal>mapLeft(conflict -> conflict)
                                .flatMap(
                                    version ->
                                        journal.record(
                                            request,
                                            fingerprint,
                                            entry(
                                                request,
                                                "STOP_TIMER",
                                                Option.some(found.value()),
                                                transition.state(),
                                                now)))
                                .map(entry -> transition.state())));
  }

  private static Either<Refusal, Instant> endNotInFuture(Instant end, Instant now) {
    return end.isAfter(now)
        ? Either.left(new Refusal.TimerRefused(new TimerError.EndInFuture(end, now)))
        : Either.right(end);
  }

  /** A retry's first result goes only to an actor who may act on the timer's owner. */
  private <T extends TaskTimer> Either<Refusal, T> replayedTo(Request request, T timer) {
    return ownerFor(request.actor(), timer.owner(), "retry a request about a timer of")
        .map(owner -> timer);
  }

  private Either<Refusal, Employee> ownerFor(Actor actor, EmployeeId owner, String action) {
    return access.find(actor, owner).flatMap(found -> access.mayActOn(actor, found, action));
  }

  @Override
  public Either<Refusal, Page<RunningTimer>> running(
      Request request, Option<EmployeeId> owner, int offset, int limit) {
    Actor actor = request.actor();
    // A named owner is found in the actor's tenant first, so another tenant's owner is not found
    // rather than listed as having no timers.
    Either<Refusal, Option<EmployeeId>> whose =
        owner.isDefined()
            ? ownerFor(actor, owner.get(), "list the timers of")
                .map(found -> Option.some(found.id()))
            : Either.right(
                actor.role().actsForOthers() ? Option.none() : Option.some(actor.employee()));
    return whose.map(
        who ->
            new Page<>(
                timers.running(actor.tenant(), who, offset, limit),
                offset,
                limit,
                timers.countRunning(actor.tenant(), who)));
  }

  private AuditEntry entry(
      Request request, String action, Option<TaskTimer> before, TaskTimer after, Instant now) {
    return new AuditEntry(
        ids.next(),
        request.actor().tenant(),
        after.id().value(),
        request.actor().employee(),
        now,
        action,
        before.map(Snapshot.OfTimer::new),
        Option.some(new Snapshot.OfTimer(after)),
        Option.none(),
        request.channel(),
        request.address());
  }

  private static <T extends TaskTimer> Either<Refusal, T> timerAfter(
      AuditEntry entry, Class<T> type) {
    return entry
        .after()
        .filter(Snapshot.OfTimer.class::isInstance)
        .map(after -> ((Snapshot.OfTimer) after).timer())
        .filter(type::isInstance)
        .map(type::cast)
        .toEither(() -> new Refusal.NotFound("first result", entry.id().toString()));
  }
}
