package org.worktime.adapters.jsonrpc.timeclock;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.util.Locale;
import org.worktime.adapters.jsonrpc.Params;
import org.worktime.adapters.jsonrpc.Reply;
import org.worktime.adapters.jsonrpc.RpcError;
import org.worktime.application.Engine;
import org.worktime.application.IdempotencyKey;
import org.worktime.application.Request;
import org.worktime.application.timer.StartTimerUseCase;
import org.worktime.application.timer.StopTimerUseCase;
import org.worktime.application.workday.CloseWorkdayUseCase;
import org.worktime.application.workday.DayRef;
import org.worktime.application.workday.OpenWorkdayUseCase;
import org.worktime.application.workday.PauseWorkdayUseCase;
import org.worktime.application.workday.ResumeWorkdayUseCase;
import org.worktime.application.workday.WorkdayView;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.place.IpAddress;
import org.worktime.domain.place.LocationType;
import org.worktime.domain.place.Origin;
import org.worktime.domain.place.SourceType;
import org.worktime.domain.text.Note;
import org.worktime.domain.time.WallTime;
import org.worktime.domain.timer.ExternalId;
import org.worktime.domain.timer.TimerDetails;
import org.worktime.domain.workday.Break;
import org.worktime.domain.workday.Closing;
import org.worktime.domain.workday.Timing;

/**
 * The writes TimeClock's public API lacks, for terminals: {@code clock-in, clock-out, lunch-start,
 * lunch-end, worklog-start, worklog-stop}. Params by name only:
 *
 * <ul>
 *   <li>{@code employeeNumber}: whose day (a number or a string of digits); the caller by default.
 *       Acting for another employee needs a manager's or an admin's key.
 *   <li>{@code date} "YYYY-MM-DD HH:MM:SS" with {@code timezone} (IANA): the time the device
 *       recorded by its own clock, perhaps sent late; without them, now. It is kept beside the time
 *       it was sent ({@code startDateSentAt}).
 *   <li>{@code sourceType}: web, phone, terminal, cli or api (the default); {@code locationType}:
 *       office, home, customer_site or on_the_road.
 *   <li>{@code note} on clock-in and clock-out; {@code name}, {@code externalId} and {@code
 *       comment} on worklog-start.
 *   <li>{@code idempotencyKey}: a retry with the same key and params answers the first result.
 * </ul>
 *
 * Each answers what it changed as the read methods show it: a session as {@code extended-sessions}
 * does, a lunch as {@code lunches} does, a work log as {@code timesheet} does plus its {@code
 * timezone}.
 */
final class TimeClockWrites {

  private static final List<String> COMMON =
      List.of("employeeNumber", "date", "timezone", "sourceType", "idempotencyKey");
  private static final String SOURCE_TYPES = "web, phone, terminal, cli or api";
  private static final String LOCATION_TYPES = "office, home, customer_site or on_the_road";

  private final Engine engine;

  TimeClockWrites(Engine engine) {
    this.engine = engine;
  }

  /** What every write reads first: the params, the request, the subject, the time and origin. */
  private record Write(
      Params params, Request request, Employee subject, Timing timing, Origin origin) {}

  Option<RpcError> clockIn(Request request, JsonNode params, Reply reply) throws IOException {
    return session(
        reply,
        write(request, params, List.of("note", "locationType"))
            .flatMap(
                w ->
                    note(w.params, "note")
                        .flatMap(
                            note ->
                                engine
                                    .openWorkday()
                                    .open(
                                        new OpenWorkdayUseCase.Command(
                                            w.request, w.subject.id(), w.timing, w.origin, note))
                                    .mapLeft(TimeClockErrors::of))));
  }

  Option<RpcError> clockOut(Request request, JsonNode params, Reply reply) throws IOException {
    return session(
        reply,
        write(request, params, List.of("note", "locationType"))
            .flatMap(
                w ->
                    note(w.params, "note")
                        .flatMap(
                            note ->
                                engine
                                    .closeWorkday()
                                    .close(
                                        new CloseWorkdayUseCase.Command(
                                            w.request,
                                            new DayRef.LatestOf(w.subject.id()),
                                            new Closing(w.timing, w.origin, note)))
                                    .mapLeft(TimeClockErrors::of))));
  }

  Option<RpcError> lunchStart(Request request, JsonNode params, Reply reply) throws IOException {
    Either<RpcError, WorkdayView> paused =
        write(request, params, List.of("locationType"))
            .flatMap(
                w ->
                    engine
                        .pauseWorkday()
                        .pause(
                            new PauseWorkdayUseCase.Command(
                                w.request, new DayRef.LatestOf(w.subject.id()), w.timing, w.origin))
                        .mapLeft(TimeClockErrors::of));
    if (paused.isLeft()) {
      return Option.some(paused.getLeft());
    }
    var day = paused.get().workday();
    var running = day.runningBreak().get();
    Shapes.lunch(reply.result(), day.zone(), running.start(), Option.none(), false);
    return Option.none();
  }

  Option<RpcError> lunchEnd(Request request, JsonNode params, Reply reply) throws IOException {
    Either<RpcError, WorkdayView> resumed =
        write(request, params, List.of("locationType"))
            .flatMap(
                w ->
                    engine
                        .resumeWorkday()
                        .resume(
                            new ResumeWorkdayUseCase.Command(
                                w.request, new DayRef.LatestOf(w.subject.id()), w.timing, w.origin))
                        .mapLeft(TimeClockErrors::of));
    if (resumed.isLeft()) {
      return Option.some(resumed.getLeft());
    }
    var day = resumed.get().workday();
    Break ended = day.breaks().maxBy(done -> done.end().sentAt()).get();
    Shapes.lunch(reply.result(), day.zone(), ended.start(), Option.some(ended.end()), false);
    return Option.none();
  }

  Option<RpcError> worklogStart(Request request, JsonNode params, Reply reply) throws IOException {
    Either<RpcError, org.worktime.domain.timer.RunningTimer> started =
        write(request, params, List.of("name", "externalId", "comment", "locationType"))
            .flatMap(
                w ->
                    details(w.params)
                        .flatMap(
                            details ->
                                engine
                                    .startTimer()
                                    .start(
                                        new StartTimerUseCase.Command(
                                            w.request,
                                            w.subject.id(),
                                            details,
                                            recorded(w.timing),
                                            w.origin))
                                    .mapLeft(TimeClockErrors::of)));
    if (started.isLeft()) {
      return Option.some(started.getLeft());
    }
    Shapes.workLog(reply.result(), started.get(), started.get().start().zone(), true);
    return Option.none();
  }

  /** Stops the employee's running work log. */
  Option<RpcError> worklogStop(Request request, JsonNode params, Reply reply) throws IOException {
    Either<RpcError, org.worktime.domain.timer.StoppedTimer> stopped =
        write(request, params, List.empty())
            .flatMap(
                w ->
                    engine
                        .runningTimers()
                        .running(w.request, Option.some(w.subject.id()), 0, 1)
                        .mapLeft(TimeClockErrors::of)
                        .flatMap(
                            page ->
                                page.items()
                                    .headOption()
                                    .toEither(
                                        () ->
                                            RpcError.application(
                                                TimeClockErrors.WORK_LOG_NOT_RUNNING,
                                                "Work log not running",
                                                "employee "
                                                    + w.subject.number()
                                                    + " has no running work log")))
                        .flatMap(
                            running ->
                                engine
                                    .stopTimer()
                                    .stop(
                                        new StopTimerUseCase.Command(
                                            w.request, running.id(), w.origin, recorded(w.timing)))
                                    .mapLeft(TimeClockErrors::of)));
    if (stopped.isLeft()) {
      return Option.some(stopped.getLeft());
    }
    Shapes.workLog(reply.result(), stopped.get(), stopped.get().start().zone(), true);
    return Option.none();
  }

  private static Option<RpcError> session(Reply reply, Either<RpcError, WorkdayView> changed)
      throws IOException {
    if (changed.isLeft()) {
      return Option.some(changed.getLeft());
    }
    Shapes.extendedSession(reply.result(), changed.get().workday(), changed.get().asOf());
    return Option.none();
  }

  private Either<RpcError, Write> write(Request request, JsonNode params, List<String> own) {
    return Params.of(params, List.empty(), COMMON.appendAll(own))
        .flatMap(
            p ->
                idempotent(request, p)
                    .flatMap(
                        req ->
                            subject(req, p)
                                .flatMap(
                                    subject ->
                                        timing(p)
                                            .flatMap(
                                                timing ->
                                                    origin(req, p)
                                                        .map(
                                                            origin ->
                                                                new Write(
                                                                    p, req, subject, timing,
                                                                    origin))))));
  }

  private static Either<RpcError, Request> idempotent(Request request, Params p) {
    return p.optionalText("idempotencyKey", "a key unique to this write")
        .flatMap(
            key ->
                key.isEmpty()
                    ? Either.right(request)
                    : IdempotencyKey.of(key.get())
                        .mapLeft(why -> RpcError.invalidParams("idempotencyKey", why))
                        .map(request::withIdempotencyKey));
  }

  private Either<RpcError, Employee> subject(Request request, Params p) {
    return p.optionalNumber("employeeNumber")
        .flatMap(
            number -> {
              if (number.isDefined()) {
                return engine
                    .employees()
                    .byNumber(request, number.get())
                    .mapLeft(TimeClockErrors::of);
              }
              EmployeeId self = request.actor().employee();
              return engine
                  .employees()
                  .list(request)
                  .mapLeft(TimeClockErrors::of)
                  .flatMap(
                      all ->
                          all.find(e -> e.id().equals(self))
                              .toEither(
                                  () ->
                                      RpcError.application(
                                          TimeClockErrors.NOT_FOUND,
                                          "Not found",
                                          "the caller is no employee of the tenant")));
            });
  }

  /** {@code date} with {@code timezone}: a device's own time; neither: now. */
  private static Either<RpcError, Timing> timing(Params p) {
    return p.optionalText("date", WallClock.TIME_FORMAT)
        .flatMap(
            date ->
                p.optionalText("timezone", "an IANA time zone, e.g. Asia/Jerusalem")
                    .flatMap(
                        zone -> {
                          if (date.isEmpty() && zone.isEmpty()) {
                            return Either.right(Timing.now());
                          }
                          if (date.isEmpty()) {
                            return Either.left(
                                RpcError.invalidParams("date", "is required with timezone"));
                          }
                          if (zone.isEmpty()) {
                            return Either.left(
                                RpcError.invalidParams("timezone", "is required with date"));
                          }
                          return resolved(date.get(), zone.get());
                        }));
  }

  private static Either<RpcError, Timing> resolved(String date, String zone) {
    return WallClock.time(date)
        .mapLeft(why -> RpcError.invalidParams("date", why))
        .flatMap(
            local ->
                WallClock.zone(zone)
                    .mapLeft(why -> RpcError.invalidParams("timezone", why))
                    .flatMap(
                        id ->
                            WallTime.resolve(local, id)
                                .mapLeft(why -> RpcError.invalidParams("date", why.describe()))))
        .map(Timing.Recorded::new);
  }

  private static Option<java.time.Instant> recorded(Timing timing) {
    return timing instanceof Timing.Recorded recorded
        ? Option.some(recorded.at().toInstant())
        : Option.none();
  }

  private static Either<RpcError, Origin> origin(Request request, Params p) {
    return p.optionalText("sourceType", SOURCE_TYPES)
        .flatMap(
            source ->
                source.isEmpty()
                    ? Either.right(SourceType.API)
                    : named(SourceType.class, "sourceType", source.get(), SOURCE_TYPES))
        .flatMap(
            source ->
                p.optionalText("locationType", LOCATION_TYPES)
                    .flatMap(
                        location ->
                            location.isEmpty()
                                ? Either.right(Option.<LocationType>none())
                                : named(
                                        LocationType.class,
                                        "locationType",
                                        location.get(),
                                        LOCATION_TYPES)
                                    .map(Option::some))
                    .map(
                        location -> {
                          Origin origin = Origin.of(source);
                          Option<IpAddress> ip =
                              request.address().flatMap(text -> IpAddress.of(text).toOption());
                          origin = ip.map(origin::withIp).getOrElse(origin);
                          return location.map(origin::withLocation).getOrElse(origin);
                        }));
  }

  private static <E extends Enum<E>> Either<RpcError, E> named(
      Class<E> type, String param, String text, String allowed) {
    for (E value : type.getEnumConstants()) {
      if (value.name().toLowerCase(Locale.ROOT).equals(text)) {
        return Either.right(value);
      }
    }
    return Either.left(RpcError.invalidParams(param, "must be one of " + allowed));
  }

  private static Either<RpcError, Option<Note>> note(Params p, String name) {
    return p.optionalText(name, "free text")
        .flatMap(
            text ->
                text.isEmpty()
                    ? Either.right(Option.<Note>none())
                    : Note.of(text.get())
                        .mapLeft(why -> RpcError.invalidParams(name, why.describe()))
                        .map(Option::some));
  }

  private static Either<RpcError, TimerDetails> details(Params p) {
    return note(p, "name")
        .flatMap(
            name ->
                note(p, "comment")
                    .flatMap(
                        comment ->
                            p.optionalText("externalId", "the task's key, e.g. DR-4258")
                                .flatMap(
                                    key ->
                                        key.isEmpty()
                                            ? Either.right(Option.<ExternalId>none())
                                            : ExternalId.of(key.get())
                                                .mapLeft(
                                                    why ->
                                                        RpcError.invalidParams(
                                                            "externalId", why.describe()))
                                                .map(Option::some))
                                .map(key -> new TimerDetails(Option.none(), comment, key, name))));
  }
}
