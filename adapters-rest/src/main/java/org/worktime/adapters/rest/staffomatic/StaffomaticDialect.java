package org.worktime.adapters.rest.staffomatic;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.worktime.adapters.rest.Dialect;
import org.worktime.adapters.rest.http.Answer;
import org.worktime.adapters.rest.http.Credentials;
import org.worktime.adapters.rest.http.Json;
import org.worktime.adapters.rest.http.Problem;
import org.worktime.adapters.rest.http.RequestReader;
import org.worktime.adapters.rest.http.Requests;
import org.worktime.application.Channel;
import org.worktime.application.Engine;
import org.worktime.application.Request;

/**
 * Staffomatic's API v3 work timers and break timers (seed 002) under {@code /v3/}: every path ends
 * in {@code .json}, bodies are JSON, lists come in pages of 50 ({@code ?page=N}, from 1, until an
 * empty page), {@code Authorization: Bearer <token>}, a per-token rate limit with {@code
 * X-RateLimit-*} headers. Ids are short numbers of the engine's ids; errors are shaped by {@link
 * StaffomaticErrors}. The endpoints themselves are in {@link WorkTimers} and {@link BreakTimers}.
 */
public final class StaffomaticDialect implements Dialect {

  private static final Logger LOG = LoggerFactory.getLogger(StaffomaticDialect.class);
  private static final String PREFIX = "/v3/";
  private static final String ROUTE = PREFIX + "<path>";
  private static final String SUFFIX = ".json";

  private final Engine engine;
  private final RequestReader reader;
  private final Credentials credentials;
  private final RateLimit rateLimit;
  private final WorkTimers workTimers;
  private final BreakTimers breakTimers;

  public StaffomaticDialect(
      Engine engine, RequestReader reader, Credentials credentials, RateLimit rateLimit) {
    this.engine = engine;
    this.reader = reader;
    this.credentials = credentials;
    this.rateLimit = rateLimit;
    Listing listing = new Listing(engine, reader);
    this.workTimers = new WorkTimers(engine, reader, listing);
    this.breakTimers = new BreakTimers(engine, reader, listing);
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
  public Answer answer(Problem problem) {
    return StaffomaticErrors.answer(problem);
  }

  private void handle(Context ctx) {
    Answer answer;
    try {
      RateLimit.Verdict verdict = rateLimit.count(callerOf(ctx));
      ctx.header("X-RateLimit-Limit", Integer.toString(verdict.limit()));
      ctx.header("X-RateLimit-Remaining", Integer.toString(verdict.remaining()));
      ctx.header("X-RateLimit-Reset", Long.toString(verdict.resetEpochSecond()));
      answer =
          verdict.allowed()
              ? route(ctx).fold(this::answer, Function.identity())
              : StaffomaticErrors.rateLimited(verdict.secondsToReset());
      if (!verdict.allowed()) {
        ctx.header("Retry-After", Long.toString(verdict.secondsToReset()));
      }
    } catch (RuntimeException unexpected) {
      LOG.error(
          "unexpected {} answering {} {}",
          unexpected.getClass().getName(),
          ctx.method(),
          ctx.path(),
          unexpected);
      answer = answer(new Problem.Unexpected());
    }
    if (answer.status() == 401) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"worktime\"");
    }
    if (answer.status() == 204) {
      ctx.attribute(Json.ANSWERED, Boolean.TRUE);
      ctx.status(204);
      return;
    }
    Json.send(ctx, answer);
  }

  private Either<Problem, Answer> route(Context ctx) {
    String path = ctx.path().substring(PREFIX.length());
    if (!path.toLowerCase(Locale.ROOT).endsWith(SUFFIX) || path.length() == SUFFIX.length()) {
      return Either.right(
          StaffomaticErrors.unsupportedMediaType("every path ends in .json: JSON only"));
    }
    if (hasBody(ctx) && !isJson(ctx.contentType())) {
      return Either.right(
          StaffomaticErrors.unsupportedMediaType("the body must be application/json"));
    }
    List<String> segments =
        List.of(path.substring(0, path.length() - SUFFIX.length()).split("/", -1));
    HandlerType method = ctx.method();
    return credentials
        .actor(ctx, io.vavr.control.Option.none())
        .flatMap(actor -> Requests.of(ctx, actor, Channel.STAFFOMATIC))
        .flatMap(request -> dispatch(ctx, request, method, segments));
  }

  private Either<Problem, Answer> dispatch(
      Context ctx, Request request, HandlerType method, List<String> segments) {
    String first = segments.head();
    int size = segments.size();
    if (size == 1 && first.equals("work_timers")) {
      return switch (method.name()) {
        case "GET" -> workTimers.list(ctx, request, io.vavr.control.Option.none());
        case "POST" -> workTimers.start(ctx, request);
        case "PUT" -> workTimers.stopByTimerId(ctx, request);
        default -> notAllowed(method);
      };
    }
    if (size == 1 && first.equals("break_timers")) {
      return switch (method.name()) {
        case "GET" -> breakTimers.list(ctx, request, io.vavr.control.Option.none());
        case "POST" -> breakTimers.create(ctx, request);
        case "PUT" -> breakTimers.stopByWorkTimerId(ctx, request);
        default -> notAllowed(method);
      };
    }
    if (size == 2 && first.equals("work_timers")) {
      String id = segments.get(1);
      return switch (method.name()) {
        case "GET" -> workTimers.one(request, id);
        case "PUT" -> workTimers.update(ctx, request, id);
        case "DELETE" -> workTimers.delete(request, id);
        default -> notAllowed(method);
      };
    }
    if (size == 2 && first.equals("break_timers")) {
      String id = segments.get(1);
      return switch (method.name()) {
        case "GET" -> breakTimers.one(request, id);
        case "PUT" -> breakTimers.update(ctx, request, id);
        case "DELETE" -> breakTimers.delete(ctx, request, id);
        default -> notAllowed(method);
      };
    }
    if (size == 3 && first.equals("work_timers") && segments.get(2).equals("break_timers")) {
      return method == HandlerType.GET
          ? breakTimers.ofWorkTimer(ctx, request, segments.get(1))
          : notAllowed(method);
    }
    if (size == 3 && first.equals("locations")) {
      if (method != HandlerType.GET) {
        return notAllowed(method);
      }
      if (segments.get(2).equals("work_timers")) {
        return workTimers.list(ctx, request, io.vavr.control.Option.some(segments.get(1)));
      }
      if (segments.get(2).equals("break_timers")) {
        return breakTimers.list(ctx, request, io.vavr.control.Option.some(segments.get(1)));
      }
    }
    return Either.left(new Problem.UnknownOperation(ctx.path()));
  }

  private static Either<Problem, Answer> notAllowed(HandlerType method) {
    return Either.left(new Problem.MethodNotAllowed(method.name()));
  }

  private static boolean hasBody(Context ctx) {
    long length = ctx.req().getContentLengthLong();
    return length > 0 || (length < 0 && ctx.header("Transfer-Encoding") != null);
  }

  private static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    String type = contentType.toLowerCase(Locale.ROOT).split(";", 2)[0].trim();
    return type.equals("application/json") || type.endsWith("+json");
  }

  /** The token's digest (tokens are never kept as they are), or the address without one. */
  private static String callerOf(Context ctx) {
    String authorization = ctx.header("Authorization");
    if (authorization == null || authorization.isBlank()) {
      return "address " + ctx.req().getRemoteAddr();
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(authorization.getBytes(StandardCharsets.UTF_8));
      return "token " + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
