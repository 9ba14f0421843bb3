package org.worktime.application;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.function.Consumer;
import org.worktime.application.port.Versioned;
import org.worktime.application.port.WorkdayStore;
import org.worktime.domain.id.BreakId;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.TenantId;
import org.worktime.domain.id.WorkdayId;
import org.worktime.domain.workday.Workday;

/** Passes everything on; a test overrides what should fail or wait. */
public class ForwardingWorkdayStore implements WorkdayStore {
  private final WorkdayStore delegate;

  public ForwardingWorkdayStore(WorkdayStore delegate) {
    this.delegate = delegate;
  }

  @Override
  public Option<Versioned<Workday>> find(TenantId tenant, WorkdayId id) {
    return delegate.find(tenant, id);
  }

  @Override
  public Option<Versioned<Workday>> findByBreak(TenantId tenant, BreakId breakId) {
    return delegate.findByBreak(tenant, breakId);
  }

  @Override
  public Option<Versioned<Workday>> latestOf(TenantId tenant, EmployeeId employee) {
    return delegate.latestOf(tenant, employee);
  }

  @Override
  public Seq<Workday> touching(TenantId tenant, EmployeeId employee, Instant from, Instant until) {
    return delegate.touching(tenant, employee, from, until);
  }

  @Override
  public Either<Refusal.Conflict, Long> insert(Workday day) {
    return delegate.insert(day);
  }

  @Override
  public Either<Refusal.Conflict, Long> update(Workday day, long expectedVersion) {
    return delegate.update(day, expectedVersion);
  }

  @Override
  public void forEachStartedBetween(
      TenantId tenant,
      Option<EmployeeId> employee,
      Instant from,
      Instant until,
      Consumer<Workday> consumer) {
    delegate.forEachStartedBetween(tenant, employee, from, until, consumer);
  }

  @Override
  public long countOpen() {
    return delegate.countOpen();
  }
}
