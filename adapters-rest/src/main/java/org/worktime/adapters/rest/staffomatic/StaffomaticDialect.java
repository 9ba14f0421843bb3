package org.worktime.adapters.rest.staffomatic;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import org.worktime.adapters.rest.Dialect;
import org.worktime.adapters.rest.http.Answer;
import org.worktime.adapters.rest.http.ClientAddress;
import org.worktime.adapters.rest.http.Credentials;
import org.worktime.adapters.rest.http.Json;
import org.worktime.adapters.rest.http.Problem;
import org.worktime.adapters.rest.http.RequestReader;
import org.worktime.adapters.rest.http.Requests;
import org.worktime.adapters.rest.http.Responder;
import org.worktime.adapters.rest.openapi.Operation;
import org.worktime.application.Channel;
import org.worktime.application.Engine;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.domain.place.IpAddress;

/**
 * Staffomatic's API v3 work timers and break timers (seed 002) under {@code /v3/}: every path ends
 * in {@code .json}, bodies are JSON, lists come in pages of 50 ({@code ?page=N}, from 1, until an
 * empty page), {@code Authorization: Bearer <token>}, a per-token rate limit with {@code
 * X-RateLimit-*} headers. Ids are short numbers of the engine's ids; errors are shaped by {@link
 * StaffomaticErrors}. The endpoints themselves are in {@link WorkTimers} and {@link BreakTimers}.
 */
public final class StaffomaticDialect implements Dialect {

  private static final String PREFIX = "/v3/";
  private static final String ROUTE = PREFIX + "<path>";
  private static final String SUFFIX = ".json";

  /** What an endpoint does for an authenticated request, given the numbers in its path. */
  @FunctionalInterface
  private interface Call {
    Either<Problem, Answer> call(Context ctx, Request request, List<String> numbers);
  }

  /**
   * One endpoint: a method on a path under {@code /v3/}, without its {@code .json}, whose segments
   * in braces stand for a number, e.g. {@code work_timers/{work_timer_id}}.
   */
  private record Endpoint(HandlerType method, String template, Call call) {

    /** The path's numbers, in order, when the path is this endpoint's; else none. */
    Option<List<String>> numbersIn(List<String> segments) {
      List<String> parts = List.of(template.split("/", -1));
      if (parts.size() != segments.size()) {
        return Option.none();
      }
      List<String> numbers = List.empty();
      for (Tuple2<String, String> pair : parts.zip(segments)) {
        if (pair._1.startsWith("{")) {
          numbers = numbers.append(pair._2);
        } else if (!pair._1.equals(pair._2)) {
          return Option.none();
        }
      }
      return Option.some(numbers);
    }
  }

  private final Engine engine;
  private final RequestReader reader;
  private final Credentials credentials;
  private final RateLimit rateLimit;
  private final Responder responder =
      new Responder(StaffomaticErrors::answer, Option.some(Credentials.BASIC_AND_BEARER_CHALLENGE));
  private final WorkTimers workTimers;
  private final BreakTimers breakTimers;
  private final Directory directory;

  /** Every endpoint of the dialect: what it dispatches by, and what its API document describes. */
  private final List<Endpoint> endpoints;

  public StaffomaticDialect(
      Engine engine, RequestReader reader, Credentials credentials, RateLimit rateLimit) {
    this.engine = engine;
    this.reader = reader;
    this.credentials = credentials;
    this.rateLimit = rateLimit;
    Listing listing = new Listing(engine, reader);
    this.workTimers = new WorkTimers(engine, reader, listing);
    this.breakTimers = new BreakTimers(engine, reader, listing);
    this.directory = new Directory(engine, listing);
    this.endpoints = endpoints();
  }

  private List<Endpoint> endpoints() {
    String workTimer = "work_timers/{work_timer_id}";
    String breakTimer = "break_timers/{break_timer_id}";
    String location = "locations/{location_id}";
    List<Endpoint> endpoints =
        List.of(
            new Endpoint(
                HandlerType.GET,
                "work_timers",
                (ctx, r, n) -> workTimers.list(ctx, r, Option.none())),
            new Endpoint(HandlerType.POST, "work_timers", (ctx, r, n) -> workTimers.create(ctx, r)),
            new Endpoint(
                HandlerType.PUT, "work_timers", (ctx, r, n) -> workTimers.stopByTimerId(ctx, r)),
            new Endpoint(HandlerType.GET, workTimer, (ctx, r, n) -> workTimers.one(r, n.head())),
            new Endpoint(
                HandlerType.PUT, workTimer, (ctx, r, n) -> workTimers.update(ctx, r, n.head())),
            new Endpoint(
                HandlerType.DELETE, workTimer, (ctx, r, n) -> workTimers.delete(r, n.head())),
            new Endpoint(
                HandlerType.GET,
                workTimer + "/break_timers",
                (ctx, r, n) -> breakTimers.ofWorkTimer(ctx, r, n.head())),
            new Endpoint(
                HandlerType.POST,
                workTimer + "/break_timers",
                (ctx, r, n) -> breakTimers.createOn(ctx, r, n.head())),
            new Endpoint(
                HandlerType.GET,
                "break_timers",
                (ctx, r, n) -> breakTimers.list(ctx, r, Option.none())),
            new Endpoint(
                HandlerType.POST, "break_timers", (ctx, r, n) -> breakTimers.create(ctx, r)),
            new Endpoint(
                HandlerType.PUT,
                "break_timers",
                (ctx, r, n) -> breakTimers.stopByWorkTimerId(ctx, r)),
            new Endpoint(HandlerType.GET, breakTimer, (ctx, r, n) -> breakTimers.one(r, n.head())),
            new Endpoint(
                HandlerType.PUT, breakTimer, (ctx, r, n) -> breakTimers.update(ctx, r, n.head())),
            new Endpoint(
                HandlerType.DELETE,
                breakTimer,
                (ctx, r, n) -> breakTimers.delete(ctx, r, n.head())),
            new Endpoint(
                HandlerType.GET,
                location + "/work_timers",
                (ctx, r, n) -> workTimers.list(ctx, r, Option.some(n.head()))),
            new Endpoint(
                HandlerType.GET,
                location + "/break_timers",
                (ctx, r, n) -> breakTimers.list(ctx, r, Option.some(n.head()))),
            new Endpoint(
                HandlerType.GET, "users", (ctx, r, n) -> directory.users(ctx, r, Option.none())),
            new Endpoint(
                HandlerType.GET,
                "users/{user_id}",
                (ctx, r, n) -> directory.user(r, n.head(), Option.none())),
            new Endpoint(
                HandlerType.GET,
                location + "/users",
                (ctx, r, n) -> directory.users(ctx, r, Option.some(n.head()))),
            new Endpoint(
                HandlerType.GET,
                location + "/users/{user_id}",
                (ctx, r, n) -> directory.user(r, n.last(), Option.some(n.head()))),
            new Endpoint(HandlerType.GET, "locations", (ctx, r, n) -> directory.locations(ctx, r)),
            new Endpoint(
                HandlerType.GET, location, (ctx, r, n) -> directory.location(r, n.head())));
    // PATCH wherever PUT works: staffomatic.rb updates with PATCH (update_work_timer and
    // update_break_timer), the documentation with PUT.
    return endpoints.appendAll(
        endpoints
            .filter(endpoint -> endpoint.method().equals(HandlerType.PUT))
            .map(put -> new Endpoint(HandlerType.PATCH, put.template(), put.call())));
  }

  @Override
  public String pathPrefix() {
    return PREFIX;
  }

  @Override
  public void register(RoutesConfig routes) {
    for (HandlerType type :
        new HandlerType[] {
          HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE
        }) {
      routes.addHttpHandler(type, ROUTE, this::handle);
    }
  }

  @Override
  public String apiDocumentName() {
    return "staffomatic";
  }

  @Override
  public Seq<Operation> operations() {
    return endpoints.map(
        endpoint -> new Operation(endpoint.method(), PREFIX + endpoint.template() + SUFFIX));
  }

  @Override
  public Answer answer(Problem problem) {
    return StaffomaticErrors.answer(problem);
  }

  private void handle(Context ctx) {
    responder.respond(
        ctx,
        () -> {
          Either<Answer, Target> target =
              Target.of(ctx.path().substring(PREFIX.length()), asksForJson(ctx));
          RateLimit.Verdict verdict = rateLimit.count(callerOf(ctx, target.toOption()));
          ctx.header("X-RateLimit-Limit", Integer.toString(verdict.limit()));
          ctx.header("X-RateLimit-Remaining", Integer.toString(verdict.remaining()));
          ctx.header("X-RateLimit-Reset", Long.toString(verdict.resetEpochSecond()));
          if (!verdict.allowed()) {
            ctx.header("Retry-After", Long.toString(verdict.secondsToReset()));
            return Either.right(StaffomaticErrors.rateLimited(verdict.secondsToReset()));
          }
          return target
              .<Either<Problem, Answer>>fold(Either::right, found -> route(ctx, found))
              .map(answer -> tagged(ctx, answer));
        });
  }

  private Either<Problem, Answer> route(Context ctx, Target target) {
    if (hasBody(ctx) && !isJson(RequestReader.mediaType(ctx))) {
      return Either.right(
          StaffomaticErrors.unsupportedMediaType("the body must be application/json"));
    }
    HandlerType method = ctx.method();
    return credentials
        .actorByBasicOrBearer(ctx)
        .flatMap(actor -> Requests.of(ctx, actor, Channel.STAFFOMATIC))
        .flatMap(request -> inAccount(request, target.account()))
        .flatMap(request -> dispatch(ctx, request, method, target.segments()));
  }

  /**
   * The caller's own company's account, or none named: any other name, another company's or no
   * one's, is the same 404, so that a path never tells which accounts exist.
   */
  private Either<Problem, Request> inAccount(Request request, Option<String> account) {
    return account.forAll(given -> engine.companyAccount().isOwnAccount(request, given))
        ? Either.right(request)
        : Either.left(new Problem.Refused(new Refusal.NotFound("account", "")));
  }

  /**
   * A GET's answer with its validators: an ETag, and {@code Last-Modified} where the resource has a
   * modification time. 304 without a body when {@code If-None-Match} names the tag or, without
   * {@code If-None-Match} (which takes precedence, RFC 9110 §13.2.2), when nothing changed since
   * {@code If-Modified-Since}.
   */
  private static Answer tagged(Context ctx, Answer answer) {
    if (!ctx.method().equals(HandlerType.GET) || answer.status() != 200) {
      return answer;
    }
    String tag = EntityTag.of(Json.write(answer.body()));
    ctx.header("ETag", tag);
    Option<Instant> modified = LastModified.of(answer.body());
    modified.forEach(at -> ctx.header("Last-Modified", LastModified.format(at)));
    String ifNoneMatch = ctx.header("If-None-Match");
    boolean unchanged =
        ifNoneMatch != null
            ? EntityTag.matches(ifNoneMatch, tag)
            : modified.exists(
                at -> LastModified.unchangedSince(ctx.header("If-Modified-Since"), at));
    return unchanged ? new Answer(304, null) : answer;
  }

  /** The endpoint the path and method name, its numbers; 404 for no such path, else 405. */
  private Either<Problem, Answer> dispatch(
      Context ctx, Request request, HandlerType method, List<String> segments) {
    List<Tuple2<Endpoint, List<String>>> onThePath =
        endpoints.flatMap(
            endpoint -> endpoint.numbersIn(segments).map(numbers -> Tuple.of(endpoint, numbers)));
    if (onThePath.isEmpty()) {
      return Either.left(new Problem.UnknownOperation(ctx.path()));
    }
    return onThePath
        .find(found -> found._1.method().equals(method))
        .map(found -> found._1.call().call(ctx, request, found._2))
        .getOrElse(() -> notAllowed(method));
  }

  private static Either<Problem, Answer> notAllowed(HandlerType method) {
    return Either.left(new Problem.MethodNotAllowed(method.name()));
  }

  private static boolean hasBody(Context ctx) {
    long length = ctx.req().getContentLengthLong();
    return length > 0 || (length < 0 && ctx.header("Transfer-Encoding") != null);
  }

  private static boolean isJson(String mediaType) {
    return mediaType.equals("application/json") || mediaType.endsWith("+json");
  }

  /**
   * Who the rate limit counts: the address and the account, as the vendor documents it ("from the
   * same IP address for the same account"). A path without an account has the credential's digest
   * in the account's place (credentials are never kept as they are): the company it belongs to is
   * not known before authentication, which the limit comes before.
   */
  private static String callerOf(Context ctx, Option<Target> target) {
    String address = "address " + ClientAddress.of(ctx).map(IpAddress::text).getOrElse("unknown");
    Option<String> account =
        target.flatMap(Target::account).map(name -> name.toLowerCase(Locale.ROOT));
    if (account.isDefined()) {
      return address + " account " + account.get();
    }
    String authorization = ctx.header("Authorization");
    if (authorization == null || authorization.isBlank()) {
      return address;
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(authorization.getBytes(StandardCharsets.UTF_8));
      return address + " credential " + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  /** JSON is asked for: an {@code Accept} or {@code Content-Type} of JSON, or no {@code Accept}. */
  private static boolean asksForJson(Context ctx) {
    String accept = ctx.header("Accept");
    if (accept == null || accept.isBlank() || isJson(RequestReader.mediaType(ctx))) {
      return true;
    }
    return List.of(accept.split(","))
        .map(range -> range.split(";", 2)[0].trim().toLowerCase(Locale.ROOT))
        .exists(StaffomaticDialect::isJson);
  }
}
