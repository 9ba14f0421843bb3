package org.worktime.domain.employee;

/**
 * What a person may do: an employee acts on their own days; a manager on every day of their tenant;
 * an admin also manages employees, policies, locations and keys. Nobody crosses tenants.
 */
public enum Role {
  EMPLOYEE,
  MANAGER,
  ADMIN;

  public boolean actsForOthers() {
    return this != EMPLOYEE;
  }
}
