package org.worktime.application;

import io.vavr.control.Either;
import org.worktime.application.port.EmployeeDirectory;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.employee.Role;
import org.worktime.domain.id.EmployeeId;

/**
 * Who may do what. An employee acts on their own days; a manager on every day of the tenant; an
 * admin on everything in the tenant. Another tenant's data is never found, so its existence is
 * never revealed.
 */
public final class Access {

  private final EmployeeDirectory employees;

  public Access(EmployeeDirectory employees) {
    this.employees = employees;
  }

  /** The employee as seen from the actor's tenant. */
  public Either<Refusal, Employee> find(Actor actor, EmployeeId id) {
    return employees
        .find(actor.tenant(), id)
        .toEither(() -> new Refusal.NotFound("employee", id.toString()));
  }

  /**
   * The actor may act on the subject: themself, or anyone of the tenant as a manager or admin.
   * {@code action} reads before "another employee", e.g. "start a timer for".
   */
  public Either<Refusal, Employee> mayActOn(Actor actor, Employee subject, String action) {
    if (!subject.tenant().equals(actor.tenant())) {
      return Either.left(new Refusal.NotFound("employee", subject.id().toString()));
    }
    return subject.id().equals(actor.employee()) || actor.role().actsForOthers()
        ? Either.right(subject)
        : Either.left(new Refusal.Forbidden(action + " another employee", Role.MANAGER));
  }

  /** Only managers and admins review: approve, verify, read others' history. */
  public Either<Refusal, Actor> mayReview(Actor actor, String action) {
    return actor.role().actsForOthers()
        ? Either.right(actor)
        : Either.left(new Refusal.Forbidden(action + ": a manager's right", Role.MANAGER));
  }

  /** Only admins manage employees, policies, locations and keys. */
  public Either<Refusal, Actor> mayAdminister(Actor actor, String action) {
    return actor.role() == Role.ADMIN
        ? Either.right(actor)
        : Either.left(new Refusal.Forbidden(action + ": an admin's right", Role.ADMIN));
  }
}
