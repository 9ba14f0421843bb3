package org.worktime.application.employee;

import io.vavr.control.Either;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.PolicyId;
import org.worktime.domain.policy.SchedulePolicy;

/**
 * Defines schedule policies and reads the one an employee follows (Bitrix {@code
 * timeman.settings}).
 */
public interface ManagePoliciesUseCase {

  /** Stores a new policy; admins only. */
  Either<Refusal, PolicyId> define(Request request, SchedulePolicy policy);

  /** Replaces a policy's rules; admins only. */
  Either<Refusal, SchedulePolicy> redefine(Request request, PolicyId id, SchedulePolicy policy);

  /** The policy an employee follows; the employee themself or a manager. */
  Either<Refusal, SchedulePolicy> policyOf(Request request, EmployeeId employee);
}
