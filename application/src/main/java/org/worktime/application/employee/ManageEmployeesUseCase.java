package org.worktime.application.employee;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.ZoneId;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.employee.Role;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.PolicyId;

/** Adds, changes and lists a tenant's employees; admins only, except that anyone lists. */
public interface ManageEmployeesUseCase {

  /**
   * Adds an employee; without a number, the next free one; without a policy, the tenant's default.
   */
  Either<Refusal, Employee> add(Request request, NewEmployee employee);

  /** Changes what is given and keeps the rest. */
  Either<Refusal, Employee> edit(Request request, EmployeeId id, EmployeeChanges changes);

  Either<Refusal, Seq<Employee>> list(Request request);

  /**
   * The employee with that number (Bitrix {@code USER_ID}, Staffomatic {@code user_id}) in the
   * caller's tenant; anyone may look up, as anyone may list.
   */
  Either<Refusal, Employee> byNumber(Request request, long number);

  /** The employee of the caller's tenant with that id (TheBase's {@code owner}). */
  Either<Refusal, Employee> byId(Request request, EmployeeId id);

  record NewEmployee(
      Option<Long> number,
      String email,
      String name,
      ZoneId homeZone,
      Role role,
      Option<PolicyId> policy) {}

  record EmployeeChanges(
      Option<String> email,
      Option<String> name,
      Option<ZoneId> homeZone,
      Option<Role> role,
      Option<PolicyId> policy) {}
}
