package org.worktime.adapters.rest.staffomatic;

import io.javalin.http.Context;
import io.vavr.Tuple2;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.worktime.adapters.rest.http.Problem;
import org.worktime.adapters.rest.http.RequestReader;
import org.worktime.adapters.rest.http.Violation;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.application.workday.WorkdayView;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.id.BreakId;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.LocationId;
import org.worktime.domain.id.WorkdayId;
import org.worktime.domain.place.Location;
import org.worktime.domain.workday.Workday;

/**
 * What the list endpoints share: the query ({@code from}, {@code until}, {@code user_ids[]}, {@code
 * page}), the employees of a location, and streaming the days that may hold what is listed.
 */
final class Listing {

  static final int PAGE_SIZE = 50;

  /** Numbers in paths and bodies: positive, at most 18 digits (always fits a long). */
  static final Pattern NUMBER = Pattern.compile(ShortNumber.NUMBER);

  private static final Pattern PAGE = Pattern.compile("[1-9]\\d{0,8}");
  private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  private static final LocalDate LATEST = LocalDate.of(9999, 12, 30);

  private final org.worktime.application.Engine engine;
  private final RequestReader reader;

  Listing(org.worktime.application.Engine engine, RequestReader reader) {
    this.engine = engine;
    this.reader = reader;
  }

  /**
   * A list query. {@code from} and {@code until} bound the start instant, half-open {@code [from,
   * until)}; {@code users} are the {@code user_ids[]}, none for everyone the caller may see.
   */
  record Query(
      Option<Instant> from,
      Option<Instant> until,
      Option<Set<EmployeeId>> users,
      Option<Set<EmployeeId>> location,
      int page) {

    boolean admits(EmployeeId employee, Instant start) {
      return from.forAll(f -> !start.isBefore(f))
          && until.forAll(u -> start.isBefore(u))
          && users.forAll(set -> set.contains(employee))
          && location.forAll(set -> set.contains(employee));
    }

    long skip() {
      return (long) (page - 1) * PAGE_SIZE;
    }
  }

  Either<Problem, Query> query(Context ctx, Request request, Option<String> location) {
    return reader
        .queryPairs(ctx)
        .flatMap(
            pairs ->
                single(pairs, "from")
                    .flatMap(from -> time(from, "from"))
                    .flatMap(
                        from ->
                            single(pairs, "until")
                                .flatMap(until -> time(until, "until"))
                                .flatMap(
                                    until ->
                                        users(request, pairs)
                                            .flatMap(
                                                users ->
                                                    locationEmployees(request, location)
                                                        .flatMap(
                                                            at ->
                                                                single(pairs, "page")
                                                                    .flatMap(Listing::page)
                                                                    .map(
                                                                        page ->
                                                                            new Query(
                                                                                from, until, users,
                                                                                at, page)))))));
  }

  /**
   * Streams the days that may hold what the query lists: by local start date, a little wider than
   * asked ({@code slackDays} more before {@code from}, for breaks that start after their day), in
   * the engine's order (employee, then start). One listed user is asked for directly, so that the
   * engine checks the caller may see them.
   */
  Either<Problem, Long> forEachDay(
      Query query, Request request, int slackDays, Consumer<Workday> to) {
    LocalDate from =
        query.from().map(at -> dateOf(at).minusDays(1L + slackDays)).getOrElse(EARLIEST);
    LocalDate until = query.until().map(at -> dateOf(at).plusDays(1)).getOrElse(LATEST);
    Option<EmployeeId> one = query.users().filter(set -> set.size() == 1).map(set -> set.head());
    if (query.users().exists(Set::isEmpty)) {
      return Either.right(0L);
    }
    return engine
        .workdaysInPeriod()
        .forEachDay(request, one, from.isAfter(until) ? until : from, until, to)
        .mapLeft(Problem.Refused::new);
  }

  /** A number from a path or body, as a long; a problem when it is not a positive number. */
  static Either<Problem, Long> number(String text, String name) {
    return NUMBER.matcher(text).matches()
        ? Either.right(Long.parseLong(text))
        : Either.left(new Problem.InvalidParameter(name, "must be a positive whole number"));
  }

  private static LocalDate dateOf(Instant at) {
    return at.atOffset(ZoneOffset.UTC).toLocalDate();
  }

  private static Either<Problem, Option<String>> single(
      List<Tuple2<String, String>> pairs, String name) {
    List<String> values = pairs.filter(pair -> pair._1.equals(name)).map(Tuple2::_2);
    if (values.size() > 1) {
      return Either.left(new Problem.InvalidParameter(name, "given more than once"));
    }
    return Either.right(values.headOption().filter(value -> !value.isEmpty()));
  }

  private static Either<Problem, Option<Instant>> time(Option<String> given, String name) {
    if (given.isEmpty()) {
      return Either.right(Option.none());
    }
    return StaffomaticTimes.read(given.get())
        .<Problem>mapLeft(why -> Problem.InvalidInput.of(name, why, Violation.Kind.TIME))
        .map(Option::some);
  }

  private static Either<Problem, Integer> page(Option<String> given) {
    if (given.isEmpty()) {
      return Either.right(1);
    }
    return PAGE.matcher(given.get()).matches()
        ? Either.right(Integer.parseInt(given.get()))
        : Either.left(new Problem.InvalidParameter("page", "must be a whole number from 1"));
  }

  /** {@code user_ids[]} (or {@code user_ids}): employee numbers; unknown numbers match nothing. */
  private Either<Problem, Option<Set<EmployeeId>>> users(
      Request request, List<Tuple2<String, String>> pairs) {
    List<String> given =
        pairs
            .filter(pair -> pair._1.equals("user_ids[]") || pair._1.equals("user_ids"))
            .map(Tuple2::_2)
            .filter(value -> !value.isEmpty());
    if (given.isEmpty()) {
      return Either.right(Option.none());
    }
    Set<EmployeeId> found = HashSet.empty();
    for (String text : given) {
      Either<Problem, Long> number = number(text, "user_ids[]");
      if (number.isLeft()) {
        return Either.left(number.getLeft());
      }
      Either<Refusal, Employee> employee = engine.employees().byNumber(request, number.get());
      if (employee.isRight()) {
        found = found.add(employee.get().id());
      } else if (!(employee.getLeft() instanceof Refusal.NotFound)) {
        return Either.left(new Problem.Refused(employee.getLeft()));
      }
    }
    return Either.right(Option.some(found));
  }

  /** The employees placed at the location with that number; not found in another tenant. */
  private Either<Problem, Option<Set<EmployeeId>>> locationEmployees(
      Request request, Option<String> location) {
    if (location.isEmpty()) {
      return Either.right(Option.none());
    }
    return location(request, location.get())
        .map(Location::id)
        .flatMap(
            id ->
                engine
                    .employees()
                    .list(request)
                    .<Problem>mapLeft(Problem.Refused::new)
                    .map(
                        all ->
                            Option.some(
                                HashSet.ofAll(
                                    all.filter(e -> e.location().contains(id))
                                        .map(Employee::id)))));
  }

  /** The caller's company's location with that number; not found in another company. */
  Either<Problem, Location> location(Request request, String text) {
    Problem notFound = new Problem.Refused(new Refusal.NotFound("location", text));
    return number(text, "location_id")
        .flatMap(
            number ->
                engine
                    .shortNumbers()
                    .idOf(request, number)
                    .map(LocationId::of)
                    .<Problem>toEither(notFound))
        .flatMap(
            id ->
                engine
                    .locations()
                    .list(request)
                    .<Problem>mapLeft(Problem.Refused::new)
                    .flatMap(all -> all.find(place -> place.id().equals(id)).toEither(notFound)));
  }

  /** The work timer with that number, as of now; not found for any other number. */
  Either<Problem, WorkdayView> workTimer(Request request, String text, String name) {
    return number(text, name)
        .flatMap(
            number ->
                engine
                    .shortNumbers()
                    .idOf(request, number)
                    .map(WorkdayId::of)
                    .<Problem>toEither(
                        () -> new Problem.Refused(new Refusal.NotFound("workday", text))))
        .flatMap(id -> engine.workdayLookup().day(request, id).mapLeft(Problem.Refused::new));
  }

  /** The break timer with that number and the day that holds it, as of now. */
  Either<Problem, Tuple2<WorkdayView, BreakId>> breakTimer(Request request, String text) {
    return number(text, "id")
        .flatMap(
            number ->
                engine
                    .shortNumbers()
                    .idOf(request, number)
                    .map(BreakId::of)
                    .<Problem>toEither(
                        () -> new Problem.Refused(new Refusal.NotFound("break", text))))
        .flatMap(
            id ->
                engine
                    .workdayLookup()
                    .dayOfBreak(request, id)
                    .<Problem>mapLeft(Problem.Refused::new)
                    .map(view -> io.vavr.Tuple.of(view, id)));
  }
}
