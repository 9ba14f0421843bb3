package org.worktime.application.port;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.function.Consumer;
import org.worktime.application.Refusal;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.TenantId;
import org.worktime.domain.id.TimerId;
import org.worktime.domain.timer.RunningTimer;
import org.worktime.domain.timer.TaskTimer;

/** Keeps task timers. Every method is scoped to one tenant. */
public interface TimerStore {

  Option<Versioned<TaskTimer>> find(TenantId tenant, TimerId id);

  /** The owner's running timer; the store keeps at most one per owner. */
  Option<Versioned<RunningTimer>> runningOf(TenantId tenant, EmployeeId owner);

  /** Running timers of the tenant (or one owner), oldest first, from {@code offset}. */
  Seq<RunningTimer> running(TenantId tenant, Option<EmployeeId> owner, int offset, int limit);

  int countRunning(TenantId tenant, Option<EmployeeId> owner);

  /** A conflict when the owner already has a running timer and this one runs too. */
  Either<Refusal.Conflict, Long> insert(TaskTimer timer);

  Either<Refusal.Conflict, Long> update(TaskTimer timer, long expectedVersion);

  /** Streams the timers that started in {@code [from, until)}, by owner and start. */
  void forEachStartedBetween(
      TenantId tenant,
      Option<EmployeeId> owner,
      Instant from,
      Instant until,
      Consumer<TaskTimer> consumer);
}
