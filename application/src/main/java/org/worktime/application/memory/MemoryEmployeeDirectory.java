package org.worktime.application.memory;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Comparator;
import org.worktime.application.Refusal;
import org.worktime.application.memory.MemoryDatabase.Change;
import org.worktime.application.port.EmployeeDirectory;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.TenantId;

/** Employees in memory; numbers and emails are unique within a tenant, as in the database. */
public final class MemoryEmployeeDirectory implements EmployeeDirectory {

  private final MemoryDatabase database;

  public MemoryEmployeeDirectory(MemoryDatabase database) {
    this.database = database;
  }

  @Override
  public Option<Employee> find(TenantId tenant, EmployeeId id) {
    return database.read(
        tables -> tables.employees().get(id).filter(e -> e.tenant().equals(tenant)));
  }

  @Override
  public Option<Employee> byNumber(TenantId tenant, long number) {
    return database.read(
        tables ->
            tables
                .employees()
                .values()
                .find(e -> e.tenant().equals(tenant) && e.number() == number));
  }

  @Override
  public Option<Employee> byEmail(TenantId tenant, String email) {
    return database.read(
        tables ->
            tables
                .employees()
                .values()
                .find(e -> e.tenant().equals(tenant) && e.email().equalsIgnoreCase(email)));
  }

  @Override
  public boolean isEmpty() {
    return database.read(tables -> tables.employees().isEmpty());
  }

  @Override
  public Seq<TenantId> tenants() {
    return database.read(
        tables ->
            tables
                .employees()
                .values()
                .map(Employee::tenant)
                .distinct()
                .toList()
                .sorted(Comparator.comparing(TenantId::value)));
  }

  @Override
  public Seq<Employee> all(TenantId tenant) {
    return database.read(
        tables ->
            tables
                .employees()
                .values()
                .filter(e -> e.tenant().equals(tenant))
                .toList()
                .sorted(Comparator.comparingLong(Employee::number)));
  }

  @Override
  public Either<Refusal.Conflict, Employee> save(Employee employee) {
    return database.write(
        tables -> {
          boolean taken =
              tables
                  .employees()
                  .values()
                  .exists(
                      other ->
                          other.tenant().equals(employee.tenant())
                              && !other.id().equals(employee.id())
                              && (other.number() == employee.number()
                                  || other.email().equalsIgnoreCase(employee.email())));
          return taken
              ? new Change<>(
                  tables, Either.left(new Refusal.Conflict("the employee number or email")))
              : new Change<>(tables.withEmployee(employee), Either.right(employee));
        });
  }
}
