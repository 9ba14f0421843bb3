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
import org.worktime.application.port.Versioned;
import org.worktime.application.port.WorkdayStore;
import org.worktime.domain.id.BreakId;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.TenantId;
import org.worktime.domain.id.WorkdayId;
import org.worktime.domain.time.Punch;
import org.worktime.domain.workday.ClosedWorkday;
import org.worktime.domain.workday.Workday;

/** Workdays in memory, with the same integrity rules as the database: one open day, versions. */
public final class MemoryWorkdayStore implements WorkdayStore {

  private static final Comparator<Workday> BY_START = Comparator.comparing(d -> d.start().at());

  private final MemoryDatabase database;

  public MemoryWorkdayStore(MemoryDatabase database) {
    this.database = database;
  }

  @Override
  public Option<Versioned<Workday>> find(TenantId tenant, WorkdayId id) {
    return database.read(
        tables -> tables.workdays().get(id).filter(day -> day.value().tenant().equals(tenant)));
  }

  @Override
  public Option<Versioned<Workday>> findByBreak(TenantId tenant, BreakId breakId) {
    return database.read(
        tables ->
            tables
                .workdays()
                .values()
                .find(
                    day ->
                        day.value().tenant().equals(tenant)
                            && (day.value().breaks().exists(b -> b.id().equals(breakId))
                                || day.value()
                                    .runningBreak()
                                    .exists(running -> running.id().equals(breakId)))));
  }

  @Override
  public Option<Versioned<Workday>> latestOf(TenantId tenant, EmployeeId employee) {
    return database.read(
        tables ->
            daysOf(tables, tenant, employee)
                .maxBy(Comparator.comparing((Versioned<Workday> day) -> day.value().start().at())));
  }

  @Override
  public Seq<Workday> touching(TenantId tenant, EmployeeId employee, Instant from, Instant until) {
    return database.read(
        tables ->
            daysOf(tables, tenant, employee)
                .map(Versioned::value)
                .filter(
                    day ->
                        day.start().at().isBefore(until)
                            && day.end()
                                .map(Punch::at)
                                .map(end -> end.isAfter(from))
                                .getOrElse(true))
                .sorted(BY_START));
  }

  @Override
  public Either<Refusal.Conflict, Long> insert(Workday day) {
    return database.write(
        tables -> {
          boolean anotherRuns =
              daysOf(tables, day.tenant(), day.employee())
                  .exists(other -> !(other.value() instanceof ClosedWorkday));
          if (tables.workdays().containsKey(day.id())
              || (anotherRuns && !(day instanceof ClosedWorkday))) {
            return new Change<>(
                tables, Either.left(new Refusal.Conflict("the employee's open workday")));
          }
          return new Change<>(tables.withWorkday(new Versioned<>(day, 1)), Either.right(1L));
        });
  }

  @Override
  public Either<Refusal.Conflict, Long> update(Workday day, long expectedVersion) {
    return database.write(
        tables -> {
          Option<Versioned<Workday>> stored =
              tables.workdays().get(day.id()).filter(v -> v.value().tenant().equals(day.tenant()));
          if (stored.isEmpty() || stored.get().version() != expectedVersion) {
            return new Change<>(tables, Either.left(new Refusal.Conflict("the workday")));
          }
          boolean anotherRuns =
              !(day instanceof ClosedWorkday)
                  && daysOf(tables, day.tenant(), day.employee())
                      .exists(
                          other ->
                              !other.value().id().equals(day.id())
                                  && !(other.value() instanceof ClosedWorkday));
          if (anotherRuns) {
            return new Change<>(
                tables, Either.left(new Refusal.Conflict("the employee's open workday")));
          }
          long next = expectedVersion + 1;
          return new Change<>(tables.withWorkday(new Versioned<>(day, next)), Either.right(next));
        });
  }

  @Override
  public void forEachStartedBetween(
      TenantId tenant,
      Option<EmployeeId> employee,
      Instant from,
      Instant until,
      Consumer<Workday> consumer) {
    database
        .read(
            tables ->
                tables
                    .workdays()
                    .values()
                    .map(Versioned::value)
                    .filter(day -> day.tenant().equals(tenant))
                    .filter(day -> employee.forAll(day.employee()::equals))
                    .filter(
                        day -> !day.start().at().isBefore(from) && day.start().at().isBefore(until))
                    .toList()
                    .sorted(
                        Comparator.comparing((Workday day) -> day.employee().value())
                            .thenComparing(BY_START)))
        .forEach(consumer);
  }

  @Override
  public long countOpen() {
    return database.read(
        tables ->
            (long)
                tables.workdays().values().count(day -> !(day.value() instanceof ClosedWorkday)));
  }

  private static List<Versioned<Workday>> daysOf(
      MemoryTables tables, TenantId tenant, EmployeeId employee) {
    return tables
        .workdaysByEmployee()
        .get(employee)
        .getOrElse(List.empty())
        .flatMap(id -> tables.workdays().get(id))
        .filter(day -> day.value().tenant().equals(tenant));
  }
}
