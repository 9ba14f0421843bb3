package org.worktime.adapters.rest.bitrix;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.worktime.adapters.rest.BitrixLimit;
import org.worktime.adapters.rest.Dialect;
import org.worktime.adapters.rest.http.Answer;
import org.worktime.adapters.rest.http.ClientAddress;
import org.worktime.adapters.rest.http.Credentials;
import org.worktime.adapters.rest.http.Parameters;
import org.worktime.adapters.rest.http.Problem;
import org.worktime.adapters.rest.http.RequestReader;
import org.worktime.adapters.rest.http.Requests;
import org.worktime.adapters.rest.http.Responder;
import org.worktime.adapters.rest.openapi.Operation;
import org.worktime.application.Actor;
import org.worktime.application.Channel;
import org.worktime.application.Engine;
import org.worktime.application.Request;
import org.worktime.application.access.Token;
import org.worktime.domain.place.IpAddress;

/**
 * Bitrix24's REST scope {@code timeman} and its {@code batch}, in both of the vendor's URL forms
 * (see {@link Target}): an application's {@code /rest/<method>} with its token as {@code auth} or
 * {@code access_token} (query or body) or a Bearer header; an inbound webhook's {@code
 * /rest/<user_id>/<secret>/<method>}. By GET or POST, parameters in the query string, a JSON body
 * or a form body, names in any case. Answers {@code {"result": ..., "time": {...}}}; errors are
 * shaped by {@link BitrixErrors}. Each caller's requests are limited by the vendor's leaky bucket
 * ({@link BitrixLimit}).
 */
public final class BitrixDialect implements Dialect {

  private static final String PREFIX = "/rest/";
  private static final String ROUTE = PREFIX + "<call>";
  private static final List<String> TOKEN_PARAMETERS = List.of("auth", "access_token");

  private final RequestReader reader;
  private final Credentials credentials;
  private final Clock clock;
  private final TimemanMethods methods;
  private final Batch batch;
  private final QueryLimit limit;
  private final OperatingTime operating = new OperatingTime();
  private final Responder application = new Responder(BitrixErrors::answer, Option.none());
  private final Responder webhook = new Responder(BitrixErrors::webhookAnswer, Option.none());

  public BitrixDialect(
      Engine engine,
      RequestReader reader,
      Credentials credentials,
      Clock clock,
      BitrixLimit limit) {
    this.reader = reader;
    this.limit = new QueryLimit(limit, clock);
    this.credentials = credentials;
    this.clock = clock;
    this.methods = new TimemanMethods(engine);
    this.batch = new Batch(methods, clock);
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
          ctx -> application.refuse(ctx, new Problem.MethodNotAllowed(ctx.method().name())));
    }
  }

  @Override
  public String apiDocumentName() {
    return "bitrix";
  }

  /**
   * Each method and {@code batch} by GET and by POST, with and without the {@code .json} suffix, in
   * the application's form (the webhook's form serves the same under its own two segments).
   */
  @Override
  public Seq<Operation> operations() {
    return methods
        .names()
        .append(Batch.METHOD)
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
    Instant start = clock.instant();
    Either<Problem, Target> target = Target.of(ctx.pathParam("call"));
    Responder responder = target.exists(Target.Webhook.class::isInstance) ? webhook : application;
    responder.respond(
        ctx,
        () ->
            target.flatMap(
                called ->
                    limit.allows(limitKey(ctx, called))
                        ? call(ctx, called, start)
                        : Either.right(BitrixErrors.queryLimitExceeded())));
  }

  /**
   * Whose bucket a request counts in, known before anything is read or checked (a refused request
   * must cost nothing): the credential's key id, from the webhook's path, a Bearer header or a
   * token in the query (a token's id is no secret: the secret after it is never used here); else
   * the client's address, also for a token sent only in the body. A batch is one request.
   */
  private String limitKey(Context ctx, Target target) {
    Option<String> credential =
        target instanceof Target.Webhook hook
            ? Option.some(hook.secret())
            : Option.of(ctx.header("Authorization"))
                .filter(header -> header.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(header -> header.substring(7).trim())
                .orElse(() -> reader.queryParameters(ctx).toOption().flatMap(BitrixDialect::token));
    return credential
        .flatMap(Token::parse)
        .map(token -> "key " + token.tenant() + "/" + token.keyId())
        .getOrElse(
            () -> "address " + ClientAddress.of(ctx).map(IpAddress::text).getOrElse("unknown"));
  }

  private Either<Problem, Answer> call(Context ctx, Target target, Instant start) {
    boolean isBatch = target.method().equals(Batch.METHOD);
    Option<TimemanMethods.Method> method = methods.find(target.method());
    if (!isBatch && method.isEmpty()) {
      return Either.left(new Problem.UnknownOperation(target.method()));
    }
    return caller(ctx, target)
        .flatMap(
            caller ->
                Requests.of(ctx, caller._1, Channel.BITRIX)
                    .flatMap(
                        request -> {
                          Instant began = clock.instant();
                          Either<Problem, Answer> done =
                              isBatch
                                  ? batch(request, caller._2)
                                  : method.get().call(request, caller._2).map(Answer::ok);
                          return done.map(
                              answer -> enveloped(answer, request, target, start, began));
                        }));
  }

  /**
   * Who calls, and the parameters. Credentials outside the body (the webhook's path, a Bearer
   * header, a token in the query) are checked before the body is read: a caller without them costs
   * no more than its headers. Only a token sent in the body needs the body first.
   */
  private Either<Problem, io.vavr.Tuple2<Actor, Parameters>> caller(Context ctx, Target target) {
    Either<Problem, Option<Actor>> early =
        target instanceof Target.Webhook hook
            ? credentials.webhook(hook.user(), hook.secret()).map(Option::some)
            : reader
                .queryParameters(ctx)
                .flatMap(
                    query ->
                        credentials.presentOutsideTheBody(ctx, token(query))
                            ? credentials.actor(ctx, token(query)).map(Option::some)
                            : Either.right(Option.none()));
    return early.flatMap(
        known ->
            reader
                .parameters(ctx)
                .flatMap(
                    parameters ->
                        known
                            .<Either<Problem, Actor>>map(Either::right)
                            .getOrElse(() -> credentials.actor(ctx, token(parameters)))
                            .map(actor -> io.vavr.Tuple.of(actor, parameters))));
  }

  /** The token as {@code auth} (the vendor's name) or {@code access_token} (@2bad/bitrix's). */
  private static Option<String> token(Parameters parameters) {
    return TOKEN_PARAMETERS.map(parameters::get).find(Option::isDefined).getOrElse(Option.none());
  }

  private Either<Problem, Answer> batch(Request request, Parameters parameters) {
    if (request.idempotencyKey().exists(key -> key.value().length() > Batch.MAX_KEY_LENGTH)) {
      return Either.left(
          new Problem.InvalidParameter(
              Requests.IDEMPOTENCY_KEY,
              "a batch's key is at most "
                  + Batch.MAX_KEY_LENGTH
                  + " characters, so that each command's key (the key, '#' and its position)"
                  + " fits"));
    }
    return Batch.commands(parameters)
        .map(
            commands ->
                commands.each().size() > Batch.MAX_COMMANDS
                    ? BitrixErrors.batchTooLong()
                    : Answer.ok(batch.run(request, commands)));
  }

  /** A successful answer as {@code {"result": ..., "time": {...}}}; an error answer as it is. */
  private Answer enveloped(
      Answer answer, Request request, Target target, Instant start, Instant began) {
    if (answer.status() != 200) {
      return answer;
    }
    Instant finish = clock.instant();
    Duration processing = Duration.between(began, finish);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("result", answer.body());
    body.put(
        "time",
        new CallTime(start, finish, processing)
            .fields(
                operating.add(
                    request.actor().tenant().toString(), target.method(), finish, processing)));
    return Answer.ok(body);
  }
}
