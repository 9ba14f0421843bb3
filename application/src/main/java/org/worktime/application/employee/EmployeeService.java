package org.worktime.application.employee;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.worktime.application.Access;
import org.worktime.application.Actor;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.application.port.EmployeeDirectory;
import org.worktime.application.port.PolicyStore;
import org.worktime.application.port.Transactions;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.employee.Role;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.IdGenerator;
import org.worktime.domain.id.PolicyId;
import org.worktime.domain.id.TenantId;
import org.worktime.domain.policy.SchedulePolicy;

/**
 * Tenants, employees and policies. A tenant's default policy shares the tenant's id, so that it can
 * always be found without another table.
 */
public final class EmployeeService
    implements ManageEmployeesUseCase, ManagePoliciesUseCase, TenantSetup {

  private final EmployeeDirectory employees;
  private final PolicyStore policies;
  private final Transactions transactions;
  private final Access access;
  private final IdGenerator ids;

  public EmployeeService(
      EmployeeDirectory employees,
      PolicyStore policies,
      Transactions transactions,
      Access access,
      IdGenerator ids) {
    this.employees = employees;
    this.policies = policies;
    this.transactions = transactions;
    this.access = access;
    this.ids = ids;
  }

  @Override
  public Either<Refusal, Actor> createTenant(
      String adminEmail, String adminName, java.time.ZoneId adminZone) {
    TenantId tenant = TenantId.of(ids.next());
    PolicyId policy = defaultPolicyOf(tenant);
    return transactions.inTransaction(
        () -> {
          policies.save(tenant, policy, SchedulePolicy.flexible());
          Employee admin =
              new Employee(
                  EmployeeId.of(ids.next()),
                  tenant,
                  1,
                  adminEmail,
                  adminName,
                  adminZone,
                  Role.ADMIN,
                  policy,
                  Option.none());
          return employees
              .save(admin)
              .<Refusal>mapLeft(conflict -> conflict)
              .map(saved -> new Actor(tenant, saved.id(), Role.ADMIN));
        });
  }

  @Override
  public boolean isNewInstallation() {
    return employees.isEmpty();
  }

  @Override
  public Seq<TenantId> tenants() {
    return employees.tenants();
  }

  @Override
  public Either<Refusal, Actor> operatorOf(TenantId tenant) {
    return employees
        .all(tenant)
        .find(employee -> employee.role() == Role.ADMIN)
        .map(admin -> new Actor(tenant, admin.id(), Role.ADMIN))
        .toEither(() -> new Refusal.NotFound("administrator in company", tenant.toString()));
  }

  @Override
  public Either<Refusal, Employee> add(Request request, NewEmployee employee) {
    Actor actor = request.actor();
    return transactions.inTransaction(
        () ->
            access
                .mayAdminister(actor, "add an employee")
                .flatMap(ok -> existingPolicy(actor.tenant(), employee.policy()))
                .flatMap(
                    policy ->
                        employees
                            .save(
                                new Employee(
                                    EmployeeId.of(ids.next()),
                                    actor.tenant(),
                                    employee.number().getOrElse(() -> nextNumber(actor.tenant())),
                                    employee.email(),
                                    employee.name(),
                                    employee.homeZone(),
                                    employee.role(),
                                    policy,
                                    Option.none()))
                            .mapLeft(conflict -> conflict)));
  }

  @Override
  public Either<Refusal, Employee> edit(Request request, EmployeeId id, EmployeeChanges changes) {
    Actor actor = request.actor();
    return transactions.inTransaction(
        () ->
            access
                .mayAdminister(actor, "change an employee")
                .flatMap(ok -> access.find(actor, id))
                .flatMap(
                    found ->
                        existingPolicy(
                                actor.tenant(),
                                changes.policy().orElse(Option.some(found.policy())))
                            .flatMap(
                                policy ->
                                    employees
                                        .save(
                                            new Employee(
                                                found.id(),
                                                found.tenant(),
                                                found.number(),
                                                changes.email().getOrElse(found.email()),
                                                changes.name().getOrElse(found.name()),
                                                changes.homeZone().getOrElse(found.homeZone()),
                                                changes.role().getOrElse(found.role()),
                                                policy,
                                                found.location()))
                                        .mapLeft(conflict -> conflict))));
  }

  @Override
  public Either<Refusal, Seq<Employee>> list(Request request) {
    return Either.right(employees.all(request.actor().tenant()));
  }

  @Override
  public Either<Refusal, Employee> byNumber(Request request, long number) {
    return employees
        .byNumber(request.actor().tenant(), number)
        .toEither(() -> new Refusal.NotFound("employee", "number " + number));
  }

  @Override
  public Either<Refusal, Employee> byId(Request request, EmployeeId id) {
    return access.find(request.actor(), id);
  }

  @Override
  public Either<Refusal, PolicyId> define(Request request, SchedulePolicy policy) {
    Actor actor = request.actor();
    return transactions.inTransaction(
        () ->
            access
                .mayAdminister(actor, "define a schedule policy")
                .map(
                    ok -> {
                      PolicyId id = PolicyId.of(ids.next());
                      policies.save(actor.tenant(), id, policy);
                      return id;
                    }));
  }

  @Override
  public Either<Refusal, SchedulePolicy> redefine(
      Request request, PolicyId id, SchedulePolicy policy) {
    Actor actor = request.actor();
    return transactions.inTransaction(
        () ->
            access
                .mayAdminister(actor, "change a schedule policy")
                .flatMap(ok -> existingPolicy(actor.tenant(), Option.some(id)))
                .map(
                    found -> {
                      policies.save(actor.tenant(), id, policy);
                      return policy;
                    }));
  }

  @Override
  public Either<Refusal, SchedulePolicy> policy(Request request, PolicyId id) {
    return policies
        .find(request.actor().tenant(), id)
        .toEither(() -> new Refusal.NotFound("schedule policy", id.toString()));
  }

  @Override
  public Either<Refusal, Seq<DefinedPolicy>> definedPolicies(Request request) {
    return Either.right(
        policies.all(request.actor().tenant()).map(entry -> new DefinedPolicy(entry._1, entry._2)));
  }

  @Override
  public Either<Refusal, SchedulePolicy> policyOf(Request request, EmployeeId employee) {
    Actor actor = request.actor();
    return access
        .find(actor, employee)
        .flatMap(found -> access.mayActOn(actor, found, "read the schedule of"))
        .flatMap(
            found ->
                policies
                    .find(actor.tenant(), found.policy())
                    .toEither(
                        () -> new Refusal.NotFound("schedule policy", found.policy().toString())));
  }

  private Either<Refusal, PolicyId> existingPolicy(TenantId tenant, Option<PolicyId> wanted) {
    PolicyId id = wanted.getOrElse(() -> defaultPolicyOf(tenant));
    return policies.find(tenant, id).isDefined()
        ? Either.right(id)
        : Either.left(new Refusal.NotFound("schedule policy", id.toString()));
  }

  private long nextNumber(TenantId tenant) {
    return employees.all(tenant).map(Employee::number).max().getOrElse(0L) + 1;
  }

  static PolicyId defaultPolicyOf(TenantId tenant) {
    return PolicyId.of(tenant.value());
  }
}
