package org.worktime.adapters.cli.employee;

import io.vavr.control.Option;
import java.time.ZoneId;
import org.worktime.adapters.cli.GivenId;
import org.worktime.adapters.cli.GivenText;
import org.worktime.domain.employee.Role;
import org.worktime.domain.id.Id;
import org.worktime.domain.id.PolicyId;

/** The fields of an employee that {@code add} sets and {@code edit} changes. */
final class EmployeeOptions {

  @picocli.CommandLine.Option(
      names = "--email",
      paramLabel = "EMAIL",
      converter = EmployeeValues.Email.class,
      description = "Email address, unique in the company (ada@example.com).")
  private String email;

  @picocli.CommandLine.Option(
      names = "--name",
      paramLabel = "NAME",
      converter = GivenText.class,
      description = "Full name, 1 to 200 characters, any script.")
  private String name;

  @picocli.CommandLine.Option(
      names = "--zone",
      paramLabel = "ZONE",
      converter = EmployeeValues.Zone.class,
      description = "Home time zone, IANA (Europe/Berlin); days are counted in it.")
  private ZoneId zone;

  @picocli.CommandLine.Option(
      names = "--role",
      paramLabel = "ROLE",
      converter = EmployeeValues.RoleName.class,
      description = "employee, manager (acts on everyone's days) or admin (also manages).")
  private Role role;

  @picocli.CommandLine.Option(
      names = "--policy",
      paramLabel = "ID",
      converter = GivenId.class,
      description = "The schedule policy to follow (see 'worktime policy list').")
  private Id policy;

  @picocli.CommandLine.Option(
      names = "--location",
      paramLabel = "NAME",
      description = "Where they work: a location's name or id (see 'worktime location list').")
  private String location;

  Option<String> email() {
    return Option.of(email);
  }

  Option<String> name() {
    return Option.of(name);
  }

  Option<ZoneId> zone() {
    return Option.of(zone);
  }

  Option<Role> role() {
    return Option.of(role);
  }

  Option<PolicyId> policy() {
    return Option.of(policy).map(PolicyId::of);
  }

  Option<String> location() {
    return Option.of(location);
  }

  boolean anyGiven() {
    return email != null
        || name != null
        || zone != null
        || role != null
        || policy != null
        || location != null;
  }
}
