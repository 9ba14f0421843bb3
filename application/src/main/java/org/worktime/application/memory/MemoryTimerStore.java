package org.worktime.application.memory;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Comparator;
import java.util.function.Consumer;
import org.worktime.application.Refusal;
import org.worktime.application.memory.MemoryDatabase.Change;
import org.worktime.application.port.TimerStore;
import org.worktime.application.port.Versioned;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.TenantId;
import org.worktime.domain.id.TimerId;
import org.worktime.domain.timer.RunningTimer;
import org.worktime.domain.timer.TaskTimer;

/** Task timers in memory, with the database's rule: one running timer per owner. */
public final class MemoryTimerStore implements TimerStore {

  private static final Comparator<TaskTimer> BY_START = Comparator.comparing(t -> t.start().at());

  private final MemoryDatabase database;

  public MemoryTimerStore(MemoryDatabase database) {
    this.database = database;
  }

  @Override
  public Option<Versioned<TaskTimer>> find(TenantId tenant, TimerId id) {
    return database.read(
        tables -> tables.timers().get(id).filter(t -> t.value().tenant().equals(tenant)));
  }

  @Override
  public Option<Versioned<RunningTimer>> runningOf(TenantId tenant, EmployeeId owner) {
    return database.read(
        tables ->
            tables
                .timers()
                .values()
                .find(
                    t ->
                        t.value() instanceof RunningTimer
                            && t.value().tenant().equals(tenant)
                            && t.value().owner().equals(owner))
                .map(t -> new Versioned<>((RunningTimer) t.value(), t.version())));
  }

  @Override
  public Seq<RunningTimer> running(
      TenantId tenant, Option<EmployeeId> owner, int offset, int limit) {
    return runningTimers(tenant, owner).drop(offset).take(limit);
  }

  @Override
  public int countRunning(TenantId tenant, Option<EmployeeId> owner) {
    return runningTimers(tenant, owner).size();
  }

  @Override
  public Either<Refusal.Conflict, Long> insert(TaskTimer timer) {
    return database.write(
        tables -> {
          boolean anotherRuns =
              timer instanceof RunningTimer
                  && tables
                      .timers()
                      .values()
                      .exists(
                          t ->
                              t.value() instanceof RunningTimer
                                  && t.value().tenant().equals(timer.tenant())
                                  && t.value().owner().equals(timer.owner()));
          if (anotherRuns || tables.timers().containsKey(timer.id())) {
            return new Change<>(
                tables, Either.left(new Refusal.Conflict("the owner's running timer")));
          }
          return new Change<>(tables.withTimer(new Versioned<>(timer, 1)), Either.right(1L));
        });
  }

  @Override
  public Either<Refusal.Conflict, Long> update(TaskTimer timer, long expectedVersion) {
    return database.write(
        tables -> {
          Option<Versioned<TaskTimer>> stored =
              tables
                  .timers()
                  .get(timer.id())
                  .filter(t -> t.value().tenant().equals(timer.tenant()));
          if (stored.isEmpty() || stored.get().version() != expectedVersion) {
            return new Change<>(tables, Either.left(new Refusal.Conflict("the timer")));
          }
          long next = expectedVersion + 1;
          return new Change<>(tables.withTimer(new Versioned<>(timer, next)), Either.right(next));
        });
  }

  @Override
  public void forEachStartedBetween(
      TenantId tenant,
      Option<EmployeeId> owner,
      Instant from,
      Instant until,
      Consumer<TaskTimer> consumer) {
    database
        .read(
            tables ->
                tables
                    .timers()
                    .values()
                    .map(Versioned::value)
                    .filter(t -> t.tenant().equals(tenant) && owner.forAll(t.owner()::equals))
                    .filter(t -> !t.start().at().isBefore(from) && t.start().at().isBefore(until))
                    .toList()
                    .sorted(
                        Comparator.comparing((TaskTimer t) -> t.owner().value())
                            .thenComparing(BY_START)))
        .forEach(consumer);
  }

  private List<RunningTimer> runningTimers(TenantId tenant, Option<EmployeeId> owner) {
    return database.read(
        tables ->
            tables
                .timers()
                .values()
                .map(Versioned::value)
                .filter(t -> t instanceof RunningTimer && t.tenant().equals(tenant))
                .filter(t -> owner.forAll(t.owner()::equals))
                .map(t -> (RunningTimer) t)
                .toList()
                .sorted(BY_START));
  }
}
