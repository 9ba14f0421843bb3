package org.worktime.adapters.cli.employee;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.LinkedHashMap;
import java.util.Map;
import org.worktime.adapters.cli.location.Locations;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.id.LocationId;
import org.worktime.domain.place.Location;

/** An employee as the command line shows one: a line for people, fields for scripts. */
final class EmployeeRendering {

  private EmployeeRendering() {}

  /** {@code Grace (number 2), grace@example.org, manager in Europe/Berlin, at Haifa}. */
  static String line(Employee employee, Seq<Location> locations) {
    return employee.name()
        + " (number "
        + employee.number()
        + "), "
        + employee.email()
        + ", "
        + EmployeeValues.roleName(employee.role())
        + " in "
        + employee.homeZone().getId()
        + Locations.nameOf(locations, employee.location()).map(name -> ", at " + name).getOrElse("")
        + ", policy "
        + employee.policy();
  }

  /** The management API's fields, and the location's name beside its id. */
  static Map<String, Object> json(Employee employee, Seq<Location> locations) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("number", employee.number());
    fields.put("id", employee.id().toString());
    fields.put("email", employee.email());
    fields.put("name", employee.name());
    fields.put("homeZone", employee.homeZone().getId());
    fields.put("role", EmployeeValues.roleName(employee.role()));
    fields.put("policyId", employee.policy().toString());
    fields.put("locationId", employee.location().map(LocationId::toString).getOrNull());
    fields.put("location", Locations.nameOf(locations, employee.location()).getOrNull());
    return fields;
  }

  /** Why a number or an email cannot be used, if another employee holds it. */
  static Option<String> taken(
      Seq<Employee> staff, Option<Employee> self, Option<Long> number, Option<String> email) {
    for (Employee other : staff) {
      if (self.exists(me -> me.id().equals(other.id()))) {
        continue;
      }
      if (number.contains(other.number())) {
        return Option.some("employee number " + other.number() + " is already " + other.name());
      }
      if (email.exists(address -> address.equalsIgnoreCase(other.email()))) {
        return Option.some(
            other.email()
                + " is already the address of "
                + other.name()
                + " (number "
                + other.number()
                + ")");
      }
    }
    return Option.none();
  }
}
