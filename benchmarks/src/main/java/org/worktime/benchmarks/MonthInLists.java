package org.worktime.benchmarks;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.worktime.application.Refusal;
import org.worktime.application.memory.MemoryStores;
import org.worktime.application.port.Stores;
import org.worktime.application.port.TimerStore;
import org.worktime.application.port.Versioned;
import org.worktime.application.port.WorkdayStore;
import org.worktime.application.sample.SampleWorkdays;
import org.worktime.domain.id.BreakId;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.TenantId;
import org.worktime.domain.id.TimerId;
import org.worktime.domain.id.WorkdayId;
import org.worktime.domain.timer.RunningTimer;
import org.worktime.domain.timer.TaskTimer;
import org.worktime.domain.workday.Workday;

/**
 * A sample month in the in-memory stores, whose period reads stream from lists kept per employee in
 * the order the JDBC stores answer (by employee, then start), so that a report benchmark measures
 * the report and not the memory stores' scans of the whole month for every employee. Everything
 * else is the memory stores'.
 */
final class MonthInLists {

  private MonthInLists() {}

  /** The sample's data, loaded; the stores read it back. */
  static Stores of(SampleWorkdays sample, int employees, java.time.LocalDate first, int days) {
    Stores memory = MemoryStores.create();
    sample.loadInto(memory, employees, first, days);
    Map<EmployeeId, List<Workday>> workdays = new LinkedHashMap<>();
    Map<EmployeeId, List<TaskTimer>> timers = new LinkedHashMap<>();
    sample.generate(
        employees,
        first,
        days,
        employee -> {
          workdays.put(employee.id(), new ArrayList<>());
          timers.put(employee.id(), new ArrayList<>());
        },
        day -> workdays.get(day.employee()).add(day),
        timer -> timers.get(timer.owner()).add(timer));
    return new Stores(
        new ListedWorkdays(memory.workdays(), workdays),
        new ListedTimers(memory.timers(), timers),
        memory.employees(),
        memory.policies(),
        memory.audit(),
        memory.idempotency(),
        memory.apiKeys(),
        memory.locations(),
        memory.shortNumbers(),
        memory.companyAccounts(),
        memory.officeNetworks(),
        memory.transactions());
  }

  private static <T> void stream(
      Map<EmployeeId, List<T>> byEmployee,
      Option<EmployeeId> employee,
      java.util.function.Function<T, Instant> start,
      Instant from,
      Instant until,
      Consumer<T> consumer) {
    Iterable<List<T>> lists =
        employee.isDefined()
            ? List.of(byEmployee.getOrDefault(employee.get(), List.of()))
            : byEmployee.values();
    for (List<T> list : lists) {
      for (T item : list) {
        Instant at = start.apply(item);
        if (!at.isBefore(from) && at.isBefore(until)) {
          consumer.accept(item);
        }
      }
    }
  }

  private record ListedWorkdays(WorkdayStore memory, Map<EmployeeId, List<Workday>> byEmployee)
      implements WorkdayStore {

    @Override
    public void forEachStartedBetween(
        TenantId tenant,
        Option<EmployeeId> employee,
        Instant from,
        Instant until,
        Consumer<Workday> consumer) {
      stream(byEmployee, employee, day -> day.start().at(), from, until, consumer);
    }

    @Override
    public Option<Versioned<Workday>> find(TenantId tenant, WorkdayId id) {
      return memory.find(tenant, id);
    }

    @Override
    public Option<Versioned<Workday>> findByBreak(TenantId tenant, BreakId breakId) {
      return memory.findByBreak(tenant, breakId);
    }

    @Override
    public Option<Versioned<Workday>> latestOf(TenantId tenant, EmployeeId employee) {
      return memory.latestOf(tenant, employee);
    }

    @Override
    public Seq<Workday> touching(
        TenantId tenant, EmployeeId employee, Instant from, Instant until) {
      return memory.touching(tenant, employee, from, until);
    }

    @Override
    public Either<Refusal.Conflict, Long> insert(Workday day) {
      throw new UnsupportedOperationException("the benchmarked month is read only");
    }

    @Override
    public Either<Refusal.Conflict, Long> update(Workday day, long expectedVersion) {
      throw new UnsupportedOperationException("the benchmarked month is read only");
    }

    @Override
    public long countOpen() {
      return memory.countOpen();
    }
  }

  private record ListedTimers(TimerStore memory, Map<EmployeeId, List<TaskTimer>> byEmployee)
      implements TimerStore {

    @Override
    public void forEachStartedBetween(
        TenantId tenant,
        Option<EmployeeId> owner,
        Instant from,
        Instant until,
        Consumer<TaskTimer> consumer) {
      stream(byEmployee, owner, timer -> timer.start().at(), from, until, consumer);
    }

    @Override
    public Option<Versioned<TaskTimer>> find(TenantId tenant, TimerId id) {
      return memory.find(tenant, id);
    }

    @Override
    public Option<Versioned<RunningTimer>> runningOf(TenantId tenant, EmployeeId owner) {
      return memory.runningOf(tenant, owner);
    }

    @Override
    public Seq<RunningTimer> running(
        TenantId tenant, Option<EmployeeId> owner, int offset, int limit) {
      return memory.running(tenant, owner, offset, limit);
    }

    @Override
    public int countRunning(TenantId tenant, Option<EmployeeId> owner) {
      return memory.countRunning(tenant, owner);
    }

    @Override
    public Either<Refusal.Conflict, Long> insert(TaskTimer timer) {
      throw new UnsupportedOperationException("the benchmarked month is read only");
    }

    @Override
    public Either<Refusal.Conflict, Long> update(TaskTimer timer, long expectedVersion) {
      throw new UnsupportedOperationException("the benchmarked month is read only");
    }
  }
}
