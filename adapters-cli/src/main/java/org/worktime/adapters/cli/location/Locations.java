package org.worktime.adapters.cli.location;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.worktime.adapters.cli.Desk;
import org.worktime.application.Refusal;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.id.Id;
import org.worktime.domain.id.LocationId;
import org.worktime.domain.place.Location;

/** Finds a company's location by what a person types: its exact name, or its id. */
public final class Locations {

  private Locations() {}

  public static Either<Refusal, Location> find(Desk desk, String nameOrId) {
    Option<LocationId> id = Id.fromUuid(nameOrId.strip()).map(LocationId::of);
    return desk.engine()
        .locations()
        .list(desk.request())
        .flatMap(
            all ->
                all.find(site -> id.contains(site.id()) || site.name().equals(nameOrId))
                    .toEither(
                        () ->
                            new Refusal.NotFound(
                                "location", "'" + nameOrId + "' (see 'worktime location list')")));
  }

  /** The name of an employee's location, if they have one and it still exists. */
  public static Option<String> nameOf(Seq<Location> all, Option<LocationId> location) {
    return location.flatMap(id -> all.find(site -> site.id().equals(id))).map(Location::name);
  }

  /** The location a person named, if they named one. */
  public static Either<Refusal, Option<Location>> findIfNamed(Desk desk, Option<String> named) {
    return named.isEmpty()
        ? Either.right(Option.none())
        : find(desk, named.get()).map(Option::some);
  }

  /** Places the employee at the location, if one is given; else leaves them where they are. */
  public static Either<Refusal, Employee> place(
      Desk desk, Employee employee, Option<Location> site) {
    return site.isEmpty()
        ? Either.right(employee)
        : desk.engine().locations().place(desk.request(), employee.id(), site.get().id());
  }
}
