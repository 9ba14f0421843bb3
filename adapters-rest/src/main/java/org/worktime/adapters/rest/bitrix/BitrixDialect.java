package org.worktime.adapters.rest.bitrix;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.ZonedDateTime;
import java.util.Locale;
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
import org.worktime.adapters.rest.openapi.Operation;
import org.worktime.application.Channel;
import org.worktime.application.Engine;
import org.worktime.application.Request;
import org.worktime.application.workday.CloseWorkdayUseCase;
import org.worktime.application.workday.DayRef;
import org.worktime.application.workday.OpenWorkdayUseCase;
import org.worktime.application.workday.PauseWorkdayUseCase;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.place.GeoPoint;
import org.worktime.domain.place.Origin;
import org.worktime.domain.text.Note;
import org.worktime.domain.workday.Closing;
import org.worktime.domain.workday.Timing;

/**
 * Bitrix24's REST scope {@code timeman}: {@code /rest/timeman.<method>} (a {@code .json} suffix
 * allowed), by GET or POST, parameters in the query string, a JSON body or a form body, names in
 * any case, the token in {@code auth} or a Bearer header. Answers {@code {"result": ...}}; errors
 * are shaped by {@link BitrixErrors}.
 */
public final class BitrixDialect implements Dialect {

  private static final Logger LOG = LoggerFactory.getLogger(BitrixDialect.class);
  private static final String PREFIX = "/rest/";
  private static final String ROUTE = PREFIX + "<call>";
  private static final Pattern NUMBER = Pattern.compile("-?\\d{1,3}(\\.\\d{1,20})?");
  private static final Pattern USER_NUMBER = Pattern.compile("\\d{1,18}");

  /** One method: what it does for the caller, on the subject employee. */
  @FunctionalInterface
  private interface Method {
    Either<Problem, Object> call(Request request, EmployeeId subject, Parameters parameters);
  }

  private final Engine engine;
  private final RequestReader reader;
  private final Credentials credentials;
  private final Map<String, Method> methods;

  public BitrixDialect(Engine engine, RequestReader reader, Credentials credentials) {
    this.engine = engine;
    this.reader = reader;
    this.credentials = credentials;
    this.methods =
        HashMap.of(
            "timeman.open", this::open,
            "timeman.pause", this::pause,
            "timeman.close", this::close,
            "timeman.status", this::status,
            "timeman.settings", this::settings);
  }

  @Override
  public String pathPrefix() {
    return PREFIX;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get(ROUTE, this::handle);
    routes.post(ROUTE, this::handle);
    for (HandlerType other :
        new HandlerType[] {HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE}) {
      routes.addHttpHandler(
          other,
          ROUTE,
          ctx -> Json.send(ctx, answer(new Problem.MethodNotAllowed(ctx.method().name()))));
    }
  }

  @Override
  public String apiDocumentName() {
    return "bitrix";
  }

  /** Each method by GET and by POST, with and without the {@code .json} suffix. */
  @Override
  public Seq<Operation> operations() {
    return methods
        .keySet()
        .toList()
        .sorted()
        .flatMap(name -> List.of(PREFIX + name, PREFIX + name + ".json"))
        .flatMap(
            path ->
                List.of(
                    new Operation(HandlerType.GET, path), new Operation(HandlerType.POST, path)));
  }

  @Override
  public Answer answer(Problem problem) {
    return BitrixErrors.answer(problem);
  }

  private void handle(Context ctx) {
    Answer answer;
    try {
      answer =
          call(ctx)
              .fold(
                  this::answer,
                  result -> {
                    java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
                    body.put("result", result);
                    return Answer.ok(body);
                  });
    } catch (RuntimeException unexpected) {
      LOG.error(
          "unexpected {} answering {}", unexpected.getClass().getName(), ctx.path(), unexpected);
      answer = answer(new Problem.Unexpected());
    }
    Json.send(ctx, answer);
  }

  private Either<Problem, Object> call(Context ctx) {
    String name = ctx.pathParam("call").toLowerCase(Locale.ROOT);
    String methodName = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    Option<Method> method = methods.get(methodName);
    if (method.isEmpty()) {
      return Either.left(new Problem.UnknownOperation(methodName));
    }
    return reader
        .parameters(ctx)
        .flatMap(
            parameters ->
                credentials
                    .actor(ctx, parameters.get("auth"))
                    .flatMap(actor -> Requests.of(ctx, actor, Channel.BITRIX))
                    .flatMap(
                        request ->
                            subject(request, parameters)
                                .flatMap(
                                    subject -> method.get().call(request, subject, parameters))));
  }

  /** {@code USER_ID} is the employee's number; without it, the caller. */
  private Either<Problem, EmployeeId> subject(Request request, Parameters parameters) {
    Option<String> given = parameters.get("user_id");
    if (given.isEmpty()) {
      return Either.right(request.actor().employee());
    }
    String text = given.get().trim();
    if (!USER_NUMBER.matcher(text).matches() || Long.parseLong(text) == 0) {
      return Either.left(
          new Problem.InvalidParameter("USER_ID", "must be a user's number, e.g. 5"));
    }
    return engine
        .employees()
        .byNumber(request, Long.parseLong(text))
        .<Problem>mapLeft(Problem.Refused::new)
        .map(Employee::id);
  }

  /**
   * {@code REPORT} goes both with a manual {@code TIME} and as the command's note: without a {@code
   * TIME} it is still the report a late start on a fixed schedule needs.
   */
  private Either<Problem, Object> open(Request request, EmployeeId subject, Parameters p) {
    return manualTime(p)
        .flatMap(
            time ->
                report(p)
                    .flatMap(
                        report ->
                            origin(request, p)
                                .flatMap(
                                    origin ->
                                        engine
                                            .openWorkday()
                                            .open(
                                                new OpenWorkdayUseCase.Command(
                                                    request,
                                                    subject,
                                                    timing(time, report),
                                                    origin,
                                                    report))
                                            .<Problem>mapLeft(Problem.Refused::new)
                                            .map(BitrixStatus::of))));
  }

  private Either<Problem, Object> close(Request request, EmployeeId subject, Parameters p) {
    return manualTime(p)
        .flatMap(
            time ->
                report(p)
                    .flatMap(
                        report ->
                            origin(request, p)
                                .flatMap(
                                    origin ->
                                        engine
                                            .closeWorkday()
                                            .close(
                                                new CloseWorkdayUseCase.Command(
                                                    request,
                                                    new DayRef.LatestOf(subject),
                                                    new Closing(
                                                        timing(time, report), origin, report)))
                                            .<Problem>mapLeft(Problem.Refused::new)
                                            .map(BitrixStatus::of))));
  }

  private Either<Problem, Object> pause(Request request, EmployeeId subject, Parameters p) {
    return engine
        .pauseWorkday()
        .pause(
            new PauseWorkdayUseCase.Command(
                request, new DayRef.LatestOf(subject), Timing.now(), ipOrigin(request)))
        .<Problem>mapLeft(Problem.Refused::new)
        .map(BitrixStatus::of);
  }

  private Either<Problem, Object> status(Request request, EmployeeId subject, Parameters p) {
    return engine
        .workdayStatus()
        .statusOf(request, subject)
        .<Problem>mapLeft(Problem.Refused::new)
        .map(view -> view.map(BitrixStatus::of).getOrElse(BitrixStatus::never));
  }

  private Either<Problem, Object> settings(Request request, EmployeeId subject, Parameters p) {
    return engine
        .policies()
        .policyOf(request, subject)
        .<Problem>mapLeft(Problem.Refused::new)
        .map(BitrixSettings::of);
  }

  private static Timing timing(Option<ZonedDateTime> time, Option<Note> report) {
    return time.<Timing>map(at -> new Timing.Manual(at, report)).getOrElse(Timing::now);
  }

  private static Either<Problem, Option<ZonedDateTime>> manualTime(Parameters p) {
    return p.get("time")
        .map(
            text ->
                BitrixTimes.parseAtom(text.trim())
                    .map(Option::some)
                    .<Problem>toEither(
                        () -> new Problem.MalformedTime("TIME", BitrixTimes.ATOM_EXAMPLE)))
        .getOrElse(() -> Either.right(Option.none()));
  }

  private static Either<Problem, Option<Note>> report(Parameters p) {
    return p.get("report")
        .map(
            text ->
                Note.of(text)
                    .<Problem>mapLeft(why -> new Problem.InvalidParameter("REPORT", why.describe()))
                    .map(Option::some))
        .getOrElse(() -> Either.right(Option.none()));
  }

  private static Either<Problem, Origin> origin(Request request, Parameters p) {
    Option<String> lat = p.get("lat");
    Option<String> lon = p.get("lon");
    if (lat.isEmpty() && lon.isEmpty()) {
      return Either.right(ipOrigin(request));
    }
    if (lat.isEmpty() || lon.isEmpty()) {
      return Either.left(
          new Problem.InvalidParameter(lat.isEmpty() ? "LAT" : "LON", "LAT and LON go together"));
    }
    return coordinate("LAT", lat.get())
        .flatMap(
            latitude ->
                coordinate("LON", lon.get())
                    .flatMap(
                        longitude ->
                            GeoPoint.of(latitude, longitude)
                                .<Problem>mapLeft(
                                    why ->
                                        new Problem.InvalidParameter("LAT/LON", why.describe()))))
        .map(point -> ipOrigin(request).withPosition(point));
  }

  private static Either<Problem, Double> coordinate(String name, String text) {
    return NUMBER.matcher(text.trim()).matches()
        ? Either.right(Double.parseDouble(text.trim()))
        : Either.left(new Problem.InvalidParameter(name, "must be a decimal number of degrees"));
  }

  /** A REST call, from the address the request came from (recorded as Bitrix's IP_OPEN/CLOSE). */
  private static Origin ipOrigin(Request request) {
    return Requests.apiOrigin(request);
  }
}
