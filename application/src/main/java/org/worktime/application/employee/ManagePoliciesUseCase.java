package org.worktime.application.employee;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.Objects;
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

  /** One policy of the caller's tenant; anyone of the tenant may read it. */
  Either<Refusal, SchedulePolicy> policy(Request request, PolicyId id);

  /** The tenant's policies in id order (oldest first), the default one included; anyone lists. */
  Either<Refusal, Seq<DefinedPolicy>> definedPolicies(Request request);

  /** The policy an employee follows; the employee themself or a manager. */
  Either<Refusal, SchedulePolicy> policyOf(Request request, EmployeeId employee);

  /** A policy and the id it is known by. */
  record DefinedPolicy(PolicyId id, SchedulePolicy policy) {
    public DefinedPolicy {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(policy, "policy");
    }
  }
}
