package org.worktime.application.port;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.function.Consumer;
import org.worktime.application.Refusal;
import org.worktime.domain.id.BreakId;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.TenantId;
import org.worktime.domain.id.WorkdayId;
import org.worktime.domain.workday.Workday;

/**
 * Keeps workdays. Every method is scoped to one tenant; nothing crosses tenants, except {@link
 * #countOpen()}, a bare number for operations that names no tenant, employee or day.
 */
public interface WorkdayStore {

  Option<Versioned<Workday>> find(TenantId tenant, WorkdayId id);

  /** The day that holds the break, finished or running. */
  Option<Versioned<Workday>> findByBreak(TenantId tenant, BreakId breakId);

  /** The employee's day with the latest start, in any state. */
  Option<Versioned<Workday>> latestOf(TenantId tenant, EmployeeId employee);

  /** The employee's days that start before {@code until} and end (or run) after {@code from}. */
  Seq<Workday> touching(TenantId tenant, EmployeeId employee, Instant from, Instant until);

  /**
   * Stores a new day at version 1. A conflict when the employee already has a day that is not
   * closed: the store enforces "one open day per employee" itself, so two racing servers cannot
   * both win.
   */
  Either<Refusal.Conflict, Long> insert(Workday day);

  /** Replaces the day if it is still at {@code expectedVersion}; answers the new version. */
  Either<Refusal.Conflict, Long> update(Workday day, long expectedVersion);

  /**
   * Streams the days that started in {@code [from, until)}, ordered by employee and start, to the
   * consumer, without holding them all in memory. {@code employee} narrows to one person.
   */
  void forEachStartedBetween(
      TenantId tenant,
      Option<EmployeeId> employee,
      Instant from,
      Instant until,
      Consumer<Workday> consumer);

  /**
   * How many days are not closed (opened or paused), across every tenant: a number for operators (a
   * gauge), never an answer to a tenant.
   */
  long countOpen();
}
