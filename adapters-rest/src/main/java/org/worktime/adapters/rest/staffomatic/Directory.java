package org.worktime.adapters.rest.staffomatic;

import io.javalin.http.Context;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.worktime.adapters.rest.http.Answer;
import org.worktime.adapters.rest.http.Problem;
import org.worktime.application.Engine;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.employee.Role;
import org.worktime.domain.id.LocationId;
import org.worktime.domain.place.Location;

/**
 * {@code /users} and {@code /locations}, read only: the ids clients resolve before they touch
 * timers. A user's id is the employee's number (the {@code user_id} of every timer), a location's
 * its short number (the {@code location_id}). Only fields the engine knows are written, and none as
 * null: the PHP client's setters take no null.
 */
final class Directory {

  private final Engine engine;
  private final Listing listing;

  Directory(Engine engine, Listing listing) {
    this.engine = engine;
    this.listing = listing;
  }

  /** {@code GET /users.json}, or a location's ({@code /locations/{id}/users.json}), in pages. */
  Either<Problem, Answer> users(Context ctx, Request request, Option<String> location) {
    return listing
        .query(ctx, request, location)
        .flatMap(
            query ->
                engine
                    .employees()
                    .list(request)
                    .<Problem>mapLeft(Problem.Refused::new)
                    .map(
                        all ->
                            Answer.ok(
                                page(
                                        all.filter(
                                            e ->
                                                query.location().forAll(at -> at.contains(e.id()))),
                                        query)
                                    .map(e -> user(request, e))
                                    .toJavaList())));
  }

  /** {@code GET /users/{id}.json}, or under a location that must hold the user. */
  Either<Problem, Answer> user(Request request, String number, Option<String> location) {
    return Listing.number(number, "id")
        .flatMap(
            n -> engine.employees().byNumber(request, n).<Problem>mapLeft(Problem.Refused::new))
        .flatMap(
            employee ->
                location.isEmpty()
                    ? Either.<Problem, Employee>right(employee)
                    : listing
                        .location(request, location.get())
                        .flatMap(
                            at ->
                                employee.location().contains(at.id())
                                    ? Either.<Problem, Employee>right(employee)
                                    : Either.<Problem, Employee>left(
                                        new Problem.Refused(
                                            new Refusal.NotFound("employee", number)))))
        .map(employee -> Answer.ok(user(request, employee)));
  }

  Either<Problem, Answer> locations(Context ctx, Request request) {
    return listing
        .query(ctx, request, Option.none())
        .flatMap(
            query ->
                engine
                    .locations()
                    .list(request)
                    .<Problem>mapLeft(Problem.Refused::new)
                    .flatMap(
                        all ->
                            engine
                                .employees()
                                .list(request)
                                .<Problem>mapLeft(Problem.Refused::new)
                                .map(
                                    staff ->
                                        Answer.ok(
                                            page(all, query)
                                                .map(at -> location(request, at, staff))
                                                .toJavaList()))));
  }

  Either<Problem, Answer> location(Request request, String number) {
    return listing
        .location(request, number)
        .flatMap(
            at ->
                engine
                    .employees()
                    .list(request)
                    .<Problem>mapLeft(Problem.Refused::new)
                    .map(staff -> Answer.ok(location(request, at, staff))));
  }

  private static <T> Seq<T> page(Seq<T> all, Listing.Query query) {
    return all.drop((int) Math.min(Integer.MAX_VALUE, query.skip())).take(Listing.PAGE_SIZE);
  }

  private Map<String, Object> user(Request request, Employee employee) {
    String name = employee.name().strip();
    int space = name.indexOf(' ');
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", employee.number());
    body.put("email", employee.email());
    body.put("first_name", space < 0 ? name : name.substring(0, space));
    body.put("last_name", space < 0 ? "" : name.substring(space + 1).strip());
    body.put("role", roleOf(employee.role()));
    body.put("time_zone", employee.homeZone().getId());
    body.put("department_ids", java.util.List.of());
    body.put("location_ids", employee.location().map(at -> number(request, at)).toJavaList());
    body.put("invitation_state", "accepted");
    return body;
  }

  private Map<String, Object> location(Request request, Location at, Seq<Employee> staff) {
    Seq<Long> users = staff.filter(e -> e.location().contains(at.id())).map(Employee::number);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", number(request, at.id()));
    body.put("name", at.name());
    body.put("active_users_count", users.size());
    body.put("user_ids", users.toJavaList());
    return body;
  }

  private long number(Request request, LocationId id) {
    return engine.shortNumbers().numberOf(request, id.value());
  }

  /** Staffomatic's roles: {@code admin}, {@code manager}, and {@code staff} for everyone else. */
  private static String roleOf(Role role) {
    return role == Role.EMPLOYEE ? "staff" : role.name().toLowerCase(Locale.ROOT);
  }
}
