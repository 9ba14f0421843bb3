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
import java.util.Locale;
import org.worktime.adapters.rest.Dialect;
import org.worktime.adapters.rest.http.Answer;
import org.worktime.adapters.rest.http.Credentials;
import org.worktime.adapters.rest.http.Parameters;
import org.worktime.adapters.rest.http.Problem;
import org.worktime.adapters.rest.http.RequestBinding;
import org.worktime.adapters.rest.http.RequestReader;
import org.worktime.adapters.rest.http.Requests;
import org.worktime.adapters.rest.http.Responder;
import org.worktime.adapters.rest.openapi.Operation;
import org.worktime.application.Actor;
import org.worktime.application.Channel;
import org.worktime.application.Engine;
import org.worktime.application.Request;
import org.worktime.application.workday.CloseWorkdayUseCase;
import org.worktime.application.workday.DayRef;
import org.worktime.application.workday.OpenWorkdayUseCase;
import org.worktime.application.workday.PauseWorkdayUseCase;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.place.Origin;
import org.worktime.domain.workday.Closing;
import org.worktime.domain.workday.Timing;

/**
 * Bitrix24's REST scope {@code timeman}: {@code /rest/timeman.<method>} (a {@code .json} suffix
 * allowed), by GET or POST, parameters in the query string, a JSON body or a form body, names in
 * any case, the token in {@code auth} or a Bearer header. Answers {@code {"result": ...}}; errors
 * are shaped by {@link BitrixErrors}.
 */
public final class BitrixDialect implements Dialect {

  private static final String PREFIX = "/rest/";
  private static final String ROUTE = PREFIX + "<call>";

  /** One method: what it does for the caller, with the request's parameters. */
  @FunctionalInterface
  private interface Method {
    Either<Problem, Object> call(Request request, Parameters parameters);
  }

  private final Engine engine;
  private final RequestReader reader;
  private final Credentials credentials;
  private final Map<String, Method> methods;
  private final Responder responder = new Responder(BitrixErrors::answer, Option.none());

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
          ctx -> responder.refuse(ctx, new Problem.MethodNotAllowed(ctx.method().name())));
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
    responder.respond(
        ctx,
        () ->
            call(ctx)
                .map(
                    result -> {
                      java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
                      body.put("result", result);
                      return Answer.ok(body);
                    }));
  }

  private Either<Problem, Object> call(Context ctx) {
    String name = ctx.pathParam("call").toLowerCase(Locale.ROOT);
    String methodName = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    Option<Method> method = methods.get(methodName);
    if (method.isEmpty()) {
      return Either.left(new Problem.UnknownOperation(methodName));
    }
    // Credentials outside the body are checked before the body is read: a caller without them
    // costs no more than its headers. Only a token sent in the body needs the body first.
    Either<Problem, Option<Actor>> outside =
        reader
            .queryParameters(ctx)
            .flatMap(
                query ->
                    credentials.presentOutsideTheBody(ctx, query.get("auth"))
                        ? credentials.actor(ctx, query.get("auth")).map(Option::some)
                        : Either.right(Option.none()));
    return outside.flatMap(
        early ->
            reader
                .parameters(ctx)
                .flatMap(
                    parameters ->
                        early
                            .<Either<Problem, Actor>>map(Either::right)
                            .getOrElse(() -> credentials.actor(ctx, parameters.get("auth")))
                            .flatMap(actor -> Requests.of(ctx, actor, Channel.BITRIX))
                            .flatMap(request -> method.get().call(request, parameters))));
  }

  /**
   * The method's input: its DTO from the parameters, whatever their source (query, JSON or form),
   * checked against its constraints. Parameters Bitrix does not know, such as {@code auth}, are
   * ignored, as the vendor does.
   */
  private static <T> Either<Problem, T> input(Parameters parameters, Class<T> type) {
    return RequestBinding.bind(parameters, type);
  }

  /** {@code USER_ID} is the employee's number; without it, the caller. */
  private Either<Problem, EmployeeId> subject(Request request, Subject input) {
    return input
        .userNumber()
        .map(
            number ->
                engine
                    .employees()
                    .byNumber(request, number)
                    .<Problem>mapLeft(Problem.Refused::new)
                    .map(Employee::id))
        .getOrElse(() -> Either.right(request.actor().employee()));
  }

  /**
   * {@code REPORT} goes both with a manual {@code TIME} and as the command's note: without a {@code
   * TIME} it is still the report a late start on a fixed schedule needs.
   */
  private Either<Problem, Object> open(Request request, Parameters parameters) {
    return input(parameters, TimemanPunch.class)
        .flatMap(
            in ->
                subject(request, in)
                    .flatMap(
                        subject ->
                            engine
                                .openWorkday()
                                .open(
                                    new OpenWorkdayUseCase.Command(
                                        request,
                                        subject,
                                        timing(in),
                                        origin(request, in),
                                        in.reportNote()))
                                .<Problem>mapLeft(Problem.Refused::new)
                                .map(BitrixStatus::of)));
  }

  private Either<Problem, Object> close(Request request, Parameters parameters) {
    return input(parameters, TimemanPunch.class)
        .flatMap(
            in ->
                subject(request, in)
                    .flatMap(
                        subject ->
                            engine
                                .closeWorkday()
                                .close(
                                    new CloseWorkdayUseCase.Command(
                                        request,
                                        new DayRef.LatestOf(subject),
                                        new Closing(
                                            timing(in), origin(request, in), in.reportNote())))
                                .<Problem>mapLeft(Problem.Refused::new)
                                .map(BitrixStatus::of)));
  }

  private Either<Problem, Object> pause(Request request, Parameters parameters) {
    return input(parameters, TimemanUser.class)
        .flatMap(in -> subject(request, in))
        .flatMap(
            subject ->
                engine
                    .pauseWorkday()
                    .pause(
                        new PauseWorkdayUseCase.Command(
                            request, new DayRef.LatestOf(subject), Timing.now(), ipOrigin(request)))
                    .<Problem>mapLeft(Problem.Refused::new))
        .map(BitrixStatus::of);
  }

  private Either<Problem, Object> status(Request request, Parameters parameters) {
    return input(parameters, TimemanUser.class)
        .flatMap(in -> subject(request, in))
        .flatMap(
            subject ->
                engine
                    .workdayStatus()
                    .statusOf(request, subject)
                    .<Problem>mapLeft(Problem.Refused::new))
        .map(view -> view.map(BitrixStatus::of).getOrElse(BitrixStatus::never));
  }

  private Either<Problem, Object> settings(Request request, Parameters parameters) {
    return input(parameters, TimemanUser.class)
        .flatMap(in -> subject(request, in))
        .flatMap(
            subject ->
                engine.policies().policyOf(request, subject).<Problem>mapLeft(Problem.Refused::new))
        .map(BitrixSettings::of);
  }

  /**
   * {@code REPORT} goes both with a manual {@code TIME} and as the command's note: without a {@code
   * TIME} it is still the report a late start on a fixed schedule needs.
   */
  private static Timing timing(TimemanPunch in) {
    return in.manualTime()
        .<Timing>map(at -> new Timing.Manual(at, in.reportNote()))
        .getOrElse(Timing::now);
  }

  private static Origin origin(Request request, TimemanPunch in) {
    return in.position().map(ipOrigin(request)::withPosition).getOrElse(() -> ipOrigin(request));
  }

  /** A REST call, from the address the request came from (recorded as Bitrix's IP_OPEN/CLOSE). */
  private static Origin ipOrigin(Request request) {
    return Requests.apiOrigin(request);
  }
}
