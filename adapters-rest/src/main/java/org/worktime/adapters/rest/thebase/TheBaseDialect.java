package org.worktime.adapters.rest.thebase;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.worktime.adapters.rest.Dialect;
import org.worktime.adapters.rest.http.Answer;
import org.worktime.adapters.rest.http.Credentials;
import org.worktime.adapters.rest.http.Json;
import org.worktime.adapters.rest.http.Parameters;
import org.worktime.adapters.rest.http.Problem;
import org.worktime.adapters.rest.http.RequestReader;
import org.worktime.adapters.rest.http.Requests;
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
import org.worktime.domain.text.Note;
import org.worktime.domain.time.WallTime;
import org.worktime.domain.timer.AccountId;
import org.worktime.domain.timer.TimerDetails;

/**
 * TheBase's timers (seed 000) under {@code /v2/}: {@code POST /v2/timer/start}, {@code PUT
 * /v2/timer/{timer_id}} and {@code GET /v2/timer/open}, with {@code Authorization: Bearer <token>}.
 * Ids are the 39-digit decimal form of the engine's 128-bit ids, always strings. Errors are shaped
 * by {@link TheBaseErrors}; tokens come from {@link OAuthTokenEndpoint} or are API keys.
 */
public final class TheBaseDialect implements Dialect {

  static final String STARTED = "הטיימר הופעל";
  static final String STOPPED = "הטיימר הופסק";
  static final int DEFAULT_LIMIT = 25;
  static final int MAXIMUM_LIMIT = 100;

  private static final Logger LOG = LoggerFactory.getLogger(TheBaseDialect.class);
  private static final String PREFIX = "/v2/";
  private static final String START = "/v2/timer/start";
  private static final String OPEN = "/v2/timer/open";
  private static final String ONE_TIMER = "/v2/timer/{" + TheBaseErrors.TIMER_ID + "}";
  private static final Pattern COUNT = Pattern.compile("\\d{1,9}");

  private final Engine engine;
  private final RequestReader reader;
  private final Credentials credentials;

  public TheBaseDialect(Engine engine, RequestReader reader, Credentials credentials) {
    this.engine = engine;
    this.reader = reader;
    this.credentials = credentials;
  }

  @Override
  public String pathPrefix() {
    return PREFIX;
  }

  @Override
  public void register(RoutesConfig routes) {
    // The fixed paths first: Javalin takes the first route that matches, and {timer_id} matches
    // "start" and "open" too.
    route(routes, START, HandlerType.POST, this::start);
    route(routes, OPEN, HandlerType.GET, this::open);
    route(routes, ONE_TIMER, HandlerType.PUT, this::stop);
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
    Answer answer;
    try {
      answer = call.apply(ctx).fold(this::answer, Function.identity());
    } catch (RuntimeException unexpected) {
      LOG.error(
          "unexpected {} answering {}", unexpected.getClass().getName(), ctx.path(), unexpected);
      answer = answer(new Problem.Unexpected());
    }
    if (answer.status() == 401) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"worktime\"");
    }
    Json.send(ctx, answer);
  }

  private Either<Problem, Request> authenticated(Context ctx) {
    return credentials
        .actor(ctx, Option.none())
        .flatMap(actor -> Requests.of(ctx, actor, Channel.THEBASE));
  }

  private Either<Problem, Answer> start(Context ctx) {
    return authenticated(ctx)
        .flatMap(
            request ->
                reader
                    .parameters(ctx)
                    .flatMap(Parameters::singleValues)
                    .flatMap(parameters -> start(request, parameters)))
        .map(
            timer -> {
              Map<String, Object> body = new LinkedHashMap<>();
              body.put("id", timer.value().toDecimal());
              body.put("message", STARTED);
              return new Answer(201, body);
            });
  }

  private Either<Problem, TimerId> start(Request request, Parameters p) {
    Either<Problem, EmployeeId> owner = owner(p.get("owner"), "owner", true).map(Option::get);
    Either<Problem, TimerDetails> details = details(p);
    return owner.flatMap(
        who ->
            details.flatMap(
                about ->
                    startTime(request, who, p)
                        .flatMap(
                            at ->
                                engine
                                    .startTimer()
                                    .start(
                                        new StartTimerUseCase.Command(
                                            request, who, about, at, Requests.apiOrigin(request)))
                                    .<Problem>mapLeft(Problem.Refused::new)
                                    .map(started -> started.id()))));
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
            request ->
                reader
                    .parameters(ctx)
                    .flatMap(Parameters::singleValues)
                    .flatMap(p -> open(request, p)))
        .map(Answer::ok);
  }

  /** A limit above the maximum is lowered to it, and the answer says so in its {@code limit}. */
  private Either<Problem, Object> open(Request request, Parameters p) {
    Either<Problem, Option<EmployeeId>> owner = owner(p.get("owner"), "owner", false);
    Either<Problem, Integer> offset = count(p, "offset", 0, 0);
    Either<Problem, Integer> limit =
        count(p, "limit", DEFAULT_LIMIT, 1).map(given -> Math.min(given, MAXIMUM_LIMIT));
    return owner.flatMap(
        whose ->
            offset.flatMap(
                from ->
                    limit.flatMap(
                        size ->
                            engine
                                .runningTimers()
                                .running(request, whose, from, size)
                                .<Problem>mapLeft(Problem.Refused::new)
                                .map(page -> OpenTimers.body(OPEN, page, whose)))));
  }

  /** An owner is the decimal form of an employee's id. */
  private static Either<Problem, Option<EmployeeId>> owner(
      Option<String> given, String name, boolean required) {
    if (given.isEmpty()) {
      return required
          ? Either.left(new Problem.InvalidParameter(name, TheBaseErrors.REQUIRED))
          : Either.right(Option.none());
    }
    return Id.fromDecimal(given.get())
        .map(id -> Option.some(EmployeeId.of(id)))
        .toEither(() -> new Problem.InvalidParameter(name, "must be a user's decimal id"));
  }

  private static Either<Problem, Integer> count(
      Parameters p, String name, int fallback, int minimum) {
    Option<String> given = p.get(name);
    if (given.isEmpty()) {
      return Either.right(fallback);
    }
    return Option.of(given.get())
        .filter(text -> COUNT.matcher(text).matches())
        .map(Integer::parseInt)
        .filter(value -> value >= minimum)
        .toEither(
            () -> new Problem.InvalidParameter(name, "must be a whole number from " + minimum));
  }

  private static Either<Problem, TimerDetails> details(Parameters p) {
    Either<Problem, TimerDetails> details = Either.right(TimerDetails.none());
    Option<String> account = p.get("account_id");
    if (account.isDefined()) {
      details =
          details.flatMap(
              d ->
                  AccountId.of(account.get())
                      .<Problem>mapLeft(
                          why -> new Problem.InvalidParameter("account_id", why.describe()))
                      .map(d::withAccount));
    }
    Option<String> comment = p.get("comment");
    if (comment.isDefined()) {
      details =
          details.flatMap(
              d ->
                  Note.of(comment.get())
                      .<Problem>mapLeft(
                          why -> new Problem.InvalidParameter("comment", why.describe()))
                      .map(d::withComment));
    }
    return details;
  }

  /** Empty or absent is now; a wall time without an offset is read in the owner's home zone. */
  private Either<Problem, Option<Instant>> startTime(
      Request request, EmployeeId owner, Parameters p) {
    Option<String> given = p.get("start_time");
    if (given.isEmpty()) {
      return Either.right(Option.none());
    }
    return TheBaseTimes.parse(given.get())
        .<Problem>toEither(() -> new Problem.MalformedTime("start_time", TheBaseTimes.EXAMPLE))
        .flatMap(
            time ->
                time.fold(
                    wallTime -> inHomeZone(request, owner, wallTime),
                    instant -> Either.right(instant)))
        .map(Option::some);
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
