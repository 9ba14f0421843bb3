package org.worktime.application.employee;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.LocationId;
import org.worktime.domain.place.Location;

/** A tenant's sites: admins define and rename them and place employees there; anyone lists them. */
public interface ManageLocationsUseCase {

  Either<Refusal, Location> define(Request request, String name);

  Either<Refusal, Location> rename(Request request, LocationId id, String name);

  Either<Refusal, Seq<Location>> list(Request request);

  /** Places the employee at the location (replacing any other). */
  Either<Refusal, Employee> place(Request request, EmployeeId employee, LocationId location);
}
