package org.worktime.application.port;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.worktime.application.Refusal;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.TenantId;

/** Finds and keeps employees by the keys the dialects use. */
public interface EmployeeDirectory {

  Option<Employee> find(TenantId tenant, EmployeeId id);

  Option<Employee> byNumber(TenantId tenant, long number);

  Option<Employee> byEmail(TenantId tenant, String email);

  /**
   * True when no tenant has any employee: a new installation. The one question asked across
   * tenants, by the composition root on start-up only.
   */
  boolean isEmpty();

  /**
   * The tenants that have employees, in id order. Like {@link #isEmpty()}, asked across tenants
   * only by the composition root: the local command line, which acts for one company of its store.
   */
  Seq<TenantId> tenants();

  /** All employees of the tenant, ordered by number. */
  Seq<Employee> all(TenantId tenant);

  /** Adds or replaces; a conflict when the number or email belongs to another employee. */
  Either<Refusal.Conflict, Employee> save(Employee employee);
}
