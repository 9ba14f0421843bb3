package org.worktime.application.employee;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.worktime.application.Access;
import org.worktime.application.Actor;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.application.port.EmployeeDirectory;
import org.worktime.application.port.LocationStore;
import org.worktime.application.port.Transactions;
import org.worktime.domain.ValueError;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.IdGenerator;
import org.worktime.domain.id.LocationId;
import org.worktime.domain.place.Location;
import org.worktime.domain.text.Note;

/** A tenant's locations and who works at which. */
public final class LocationService implements ManageLocationsUseCase {

  private final LocationStore locations;
  private final EmployeeDirectory employees;
  private final Transactions transactions;
  private final Access access;
  private final IdGenerator ids;

  public LocationService(
      LocationStore locations,
      EmployeeDirectory employees,
      Transactions transactions,
      Access access,
      IdGenerator ids) {
    this.locations = locations;
    this.employees = employees;
    this.transactions = transactions;
    this.access = access;
    this.ids = ids;
  }

  @Override
  public Either<Refusal, Location> define(Request request, String name) {
    Actor actor = request.actor();
    return access
        .mayAdminister(actor, "define a location")
        .flatMap(ok -> validName(name))
        .flatMap(
            valid ->
                transactions.inTransaction(
                    () -> {
                      Location location =
                          new Location(LocationId.of(ids.next()), actor.tenant(), valid);
                      locations.save(location);
                      return Either.right(location);
                    }));
  }

  @Override
  public Either<Refusal, Location> rename(Request request, LocationId id, String name) {
    Actor actor = request.actor();
    return access
        .mayAdminister(actor, "rename a location")
        .flatMap(ok -> validName(name))
        .flatMap(
            valid ->
                transactions.inTransaction(
                    () ->
                        existingLocation(actor, id)
                            .map(
                                found -> {
                                  Location renamed =
                                      new Location(found.id(), found.tenant(), valid);
                                  locations.save(renamed);
                                  return renamed;
                                })));
  }

  @Override
  public Either<Refusal, Seq<Location>> list(Request request) {
    return Either.right(locations.all(request.actor().tenant()));
  }

  @Override
  public Either<Refusal, Employee> place(
      Request request, EmployeeId employee, LocationId location) {
    Actor actor = request.actor();
    return transactions.inTransaction(
        () ->
            access
                .mayAdminister(actor, "place an employee")
                .flatMap(ok -> access.find(actor, employee))
                .flatMap(
                    found ->
                        existingLocation(actor, location)
                            .flatMap(
                                site ->
                                    employees
                                        .save(
                                            new Employee(
                                                found.id(),
                                                found.tenant(),
                                                found.number(),
                                                found.email(),
                                                found.name(),
                                                found.homeZone(),
                                                found.role(),
                                                found.policy(),
                                                Option.some(site.id())))
                                        .mapLeft(conflict -> conflict))));
  }

  private Either<Refusal, Location> existingLocation(Actor actor, LocationId id) {
    return locations
        .find(actor.tenant(), id)
        .toEither(() -> new Refusal.NotFound("location", id.toString()));
  }

  private static Either<Refusal, String> validName(String name) {
    return Note.of(name)
        .<Refusal>mapLeft(Refusal.InvalidValue::new)
        .flatMap(
            note ->
                name.isBlank()
                    ? Either.left(new Refusal.InvalidValue(new ValueError.BlankText()))
                    : name.codePointCount(0, name.length()) > Location.MAXIMUM_NAME_LENGTH
                        ? Either.left(
                            new Refusal.InvalidValue(
                                new ValueError.TextTooLong(
                                    name.codePointCount(0, name.length()),
                                    Location.MAXIMUM_NAME_LENGTH)))
                        : Either.right(name));
  }
}
