package org.worktime.adapters.rest.thebase;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.worktime.adapters.rest.Dialect;
import org.worktime.adapters.rest.http.Answer;
import org.worktime.adapters.rest.http.Credentials;
import org.worktime.adapters.rest.http.Problem;
import org.worktime.adapters.rest.http.RequestReader;
import org.worktime.adapters.rest.http.Requests;
import org.worktime.adapters.rest.http.Responder;
import org.worktime.adapters.rest.openapi.Operation;
import org.worktime.application.Channel;
import org.worktime.application.Engine;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.application.timer.StartTimerUseCase;
import org.worktime.application.timer.StopTimerUseCase;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.Id;
import org.worktime.domain.id.TimerId;
import org.worktime.domain.time.WallTime;

/**
 * TheBase's timers (seed 000) under {@code /v2/}: {@code POST /v2/timer/start}, {@code PUT
 * /v2/timer/{timer_id}} and {@code GET /v2/timer/open}, with {@code Authorization: Bearer <token>}.
 * Ids are the 39-digit decimal form of the engine's 128-bit ids, always strings. Errors are shaped
 * by {@link TheBaseErrors}; tokens come from {@link OAuthTokenEndpoint} or are API keys.
 */
public final class TheBaseDialect implements Dialect {

  static final String STARTED = "הטיימר הופעל";
  static final String STOPPED = "הטיימר הופסק";

  private static final String PREFIX = "/v2/";
  private static final String START = "/v2/timer/start";
  private static final String OPEN = "/v2/timer/open";
  private static final String ONE_TIMER = "/v2/timer/{" + TheBaseErrors.TIMER_ID + "}";

  /** One endpoint: the method it answers on its path; the other methods there answer 405. */
  private record Endpoint(
      HandlerType method, String path, Function<Context, Either<Problem, Answer>> call) {}

  private final Engine engine;
  private final RequestReader reader;
  private final Credentials credentials;
  private final Responder responder =
      new Responder(TheBaseErrors::answer, Option.some(Credentials.BEARER_CHALLENGE));

  /**
   * The fixed paths first: Javalin takes the first route that matches, and {timer_id} matches
   * "start" and "open" too.
   */
  private final List<Endpoint> endpoints;

  public TheBaseDialect(Engine engine, RequestReader reader, Credentials credentials) {
    this.engine = engine;
    this.reader = reader;
    this.credentials = credentials;
    this.endpoints =
        List.of(
            new Endpoint(HandlerType.POST, START, this::start),
            new Endpoint(HandlerType.GET, OPEN, this::open),
            new Endpoint(HandlerType.PUT, ONE_TIMER, this::stop));
  }

  @Override
  public String pathPrefix() {
    return PREFIX;
  }

  @Override
  public void register(RoutesConfig routes) {
    endpoints.forEach(
        endpoint -> route(routes, endpoint.path(), endpoint.method(), endpoint.call()));
  }

  @Override
  public String apiDocumentName() {
    return "thebase";
  }

  @Override
  public Seq<Operation> operations() {
    return endpoints.map(endpoint -> new Operation(endpoint.method(), endpoint.path()));
  }

  @Override
  public Answer answer(Problem problem) {
    return TheBaseErrors.answer(problem);
  }

  private void route(
      RoutesConfig routes,
      String path,
      HandlerType method,
      Function<Context, Either<Problem, Answer>> call) {
    for (HandlerType type :
        new HandlerType[] {
          HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE
        }) {
      routes.addHttpHandler(
          type,
          path,
          type == method
              ? ctx -> handle(ctx, call)
              : ctx -> handle(ctx, c -> Either.left(new Problem.MethodNotAllowed(type.name()))));
    }
  }

  private void handle(Context ctx, Function<Context, Either<Problem, Answer>> call) {
    responder.respond(ctx, () -> call.apply(ctx));
  }

  private Either<Problem, Request> authenticated(Context ctx) {
    return credentials
        .actor(ctx, Option.none())
        .flatMap(actor -> Requests.of(ctx, actor, Channel.THEBASE));
  }

  private Either<Problem, Answer> start(Context ctx) {
    return authenticated(ctx)
        .flatMap(request -> reader.input(ctx, TimerStart.class).flatMap(in -> start(request, in)))
        .map(
            timer -> {
              Map<String, Object> body = new LinkedHashMap<>();
              body.put("id", timer.value().toDecimal());
              body.put("message", STARTED);
              return new Answer(201, body);
            });
  }

  private Either<Problem, TimerId> start(Request request, TimerStart in) {
    return startTime(request, in)
        .flatMap(
            at ->
                engine
                    .startTimer()
                    .start(
                        new StartTimerUseCase.Command(
                            request, in.ownerId(), in.details(), at, Requests.apiOrigin(request)))
                    .<Problem>mapLeft(Problem.Refused::new)
                    .map(started -> started.id()));
  }

  /**
   * The seed stops a timer with a {@code NULL Body} (not even JSON's {@code null}), so the body is
   * not read at all: the timer is stopped by its id alone.
   */
  private Either<Problem, Answer> stop(Context ctx) {
    Option<TimerId> timer = Id.fromDecimal(ctx.pathParam(TheBaseErrors.TIMER_ID)).map(TimerId::of);
    return authenticated(ctx)
        .flatMap(
            request ->
                timer
                    .<Problem>toEither(
                        () ->
                            new Problem.InvalidParameter(
                                TheBaseErrors.TIMER_ID, "must be a decimal id"))
                    .flatMap(
                        id ->
                            engine
                                .stopTimer()
                                .stop(
                                    new StopTimerUseCase.Command(
                                        request, id, Requests.apiOrigin(request)))
                                .mapLeft(Problem.Refused::new)))
        .map(
            stopped -> {
              Map<String, Object> body = new LinkedHashMap<>();
              body.put("message", STOPPED);
              body.put("total_minuets", stopped.totalMinutes());
              return Answer.ok(body);
            });
  }

  private Either<Problem, Answer> open(Context ctx) {
    return authenticated(ctx)
        .flatMap(
            request -> reader.input(ctx, OpenTimersQuery.class).flatMap(in -> open(request, in)))
        .map(Answer::ok);
  }

  private Either<Problem, Object> open(Request request, OpenTimersQuery in) {
    return engine
        .runningTimers()
        .running(request, in.ownerId(), in.from(), in.pageSize())
        .<Problem>mapLeft(Problem.Refused::new)
        .map(page -> OpenTimers.body(OPEN, page, in.ownerId()));
  }

  /** Empty or absent is now; a wall time without an offset is read in the owner's home zone. */
  private Either<Problem, Option<Instant>> startTime(Request request, TimerStart in) {
    return in.start()
        .map(
            time ->
                time.fold(
                        wallTime -> inHomeZone(request, in.ownerId(), wallTime),
                        instant -> Either.<Problem, Instant>right(instant))
                    .map(Option::some))
        .getOrElse(() -> Either.right(Option.none()));
  }

  private Either<Problem, Instant> inHomeZone(
      Request request, EmployeeId owner, LocalDateTime wallTime) {
    return engine
        .employees()
        .byId(request, owner)
        .map(Employee::homeZone)
        .flatMap(
            zone ->
                WallTime.resolve(wallTime, zone)
                    .<Refusal>mapLeft(Refusal.InvalidValue::new)
                    .map(resolved -> resolved.toInstant()))
        .mapLeft(Problem.Refused::new);
  }
}
