package org.worktime.application.query;

import org.worktime.application.port.EmployeeDirectory;

/**
 * Asks the store the cheapest question it has. A store that cannot answer throws (I/O fails at the
 * edge); here that becomes a plain no, which is what a readiness probe wants to know.
 */
public final class Readiness implements ReadinessQuery {

  private final EmployeeDirectory employees;

  public Readiness(EmployeeDirectory employees) {
    this.employees = employees;
  }

  @Override
  public boolean storeAnswers() {
    try {
      employees.isEmpty();
      return true;
    } catch (RuntimeException unreachable) {
      return false;
    }
  }
}
