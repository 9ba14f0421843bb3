package org.worktime.application;

import java.util.Objects;
import org.worktime.domain.employee.Role;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.TenantId;

/** Who asks: an authenticated employee of one tenant, in a role. */
public record Actor(TenantId tenant, EmployeeId employee, Role role) {
  public Actor {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(role, "role");
  }
}
