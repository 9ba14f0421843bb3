package org.worktime.domain.employee;

import io.vavr.control.Option;
import java.time.ZoneId;
import java.util.Objects;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.LocationId;
import org.worktime.domain.id.PolicyId;
import org.worktime.domain.id.TenantId;

/**
 * A person whose time is recorded (a "user" in the dialects). The dialects address employees by
 * their own keys: Bitrix {@code USER_ID}, Staffomatic {@code user_id} and TimeClock {@code
 * employeeNumber} are the {@code number}, unique in the tenant; TimeClock also uses the email;
 * TheBase's {@code owner} is the decimal form of the id.
 */
public record Employee(
    EmployeeId id,
    TenantId tenant,
    long number,
    String email,
    String name,
    ZoneId homeZone,
    Role role,
    PolicyId policy,
    Option<LocationId> location) {

  public Employee {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(homeZone, "homeZone");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(location, "location");
    if (number <= 0) {
      throw new IllegalArgumentException("an employee number is positive");
    }
  }
}
