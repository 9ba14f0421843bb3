package org.worktime.adapters.jsonrpc;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.worktime.adapters.jsonrpc.timeclock.TimeClockMethods;
import org.worktime.application.Actor;
import org.worktime.application.Channel;
import org.worktime.application.Engine;
import org.worktime.application.Request;
import org.worktime.application.port.StoreUnavailable;

/**
 * TimeClock 365's JSON-RPC 2.0 service at {@code POST /api/v1/json-rpc}, to mount on any Javalin
 * (beside the REST dialects) or to run alone in {@link JsonRpcServer}.
 *
 * <p>HTTP carries the protocol: every answered call is {@code 200}, whatever its JSON-RPC outcome;
 * a request with nothing to answer (a notification, a batch of notifications) is {@code 204} with
 * no body; a missing or bad Bearer token is {@code 401}, a body over the limit {@code 413}, both
 * with a JSON-RPC error whose id is null. Answers are streamed: each result is written while the
 * engine streams the period, never held whole. Nothing here logs a body or a header, so tokens and
 * notes never reach a log.
 */
public final class JsonRpcEndpoint {

  public static final String PATH = "/api/v1/json-rpc";
  public static final String CONTENT_TYPE = "application/json; charset=utf-8";

  private static final Logger LOG = LoggerFactory.getLogger(JsonRpcEndpoint.class);
  private static final String BEARER = "bearer ";

  private static final long RETRY_AFTER_SECONDS = StoreUnavailable.RETRY_AFTER.toSeconds();

  /**
   * Strict reading (duplicate names and trailing text are parse errors); decimals keep their scale.
   * Writing puts an emoji as its four UTF-8 bytes, not as an escaped surrogate pair.
   */
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
          .build();

  private final Engine engine;
  private final JsonRpcConfig config;
  private final Map<String, Method> methods;

  /**
   * @param clock the engine's clock: it dates the running sessions' durations
   */
  public JsonRpcEndpoint(Engine engine, JsonRpcConfig config, Clock clock) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.config = Objects.requireNonNull(config, "config");
    this.methods = TimeClockMethods.of(engine, config.maxRangeDays(), clock);
  }

  /**
   * The service's OpenAPI 3.1 document (JSON): the one operation, every method's params and result
   * shape, and the error codes. Whoever serves the endpoint serves this beside it.
   */
  public static String apiDocument() {
    try (InputStream in = JsonRpcEndpoint.class.getResourceAsStream("/openapi/jsonrpc.json")) {
      if (in == null) {
        throw new IllegalStateException("the JSON-RPC API document is not on the class path");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException unreadable) {
      throw new java.io.UncheckedIOException(unreadable);
    }
  }

  /** Adds the route to a Javalin being configured; other HTTP methods on it answer 405. */
  public void register(RoutesConfig routes) {
    routes.post(PATH, this::handle);
    for (HandlerType other :
        new HandlerType[] {
          HandlerType.GET, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE
        }) {
      routes.addHttpHandler(
          other,
          PATH,
          ctx -> {
            ctx.header("Allow", "POST");
            sendOne(ctx, 405, RpcError.invalidRequest("JSON-RPC calls are sent by POST"));
          });
    }
  }

  /**
   * An exception that escaped a handler: a JSON-RPC internal error while nothing was sent yet; once
   * the answer is under way the connection is only closed, as the stream cannot be mended.
   */
  public static void unexpected(Exception exception, Context ctx) {
    boolean away = exception instanceof StoreUnavailable;
    if (away) {
      LOG.warn("store unavailable answering a JSON-RPC call: {}", exception.getMessage());
    } else {
      LOG.error(
          "unexpected {} answering a JSON-RPC call", exception.getClass().getName(), exception);
    }
    if (!ctx.res().isCommitted()) {
      try {
        ctx.res().resetBuffer();
        if (away) {
          unavailable(ctx, (StoreUnavailable) exception);
          return;
        }
        sendOne(ctx, 500, RpcError.internalError());
      } catch (IOException | IllegalStateException lost) {
        LOG.debug("could not answer the internal error", lost);
      }
    }
  }

  /** The store is away before any call ran: HTTP 503 with {@code Retry-After}, id null. */
  private static void unavailable(Context ctx, StoreUnavailable away) throws IOException {
    ctx.header("Retry-After", Long.toString(RETRY_AFTER_SECONDS));
    sendOne(ctx, 503, RpcError.unavailable(away.outcomeUnknown(), RETRY_AFTER_SECONDS));
  }

  private void handle(Context ctx) throws IOException {
    Either<RpcError, Actor> actor;
    try {
      actor = authenticate(ctx);
    } catch (StoreUnavailable away) {
      LOG.warn("store unavailable authenticating a JSON-RPC call: {}", away.getMessage());
      unavailable(ctx, away);
      return;
    }
    if (actor.isLeft()) {
      ctx.header("WWW-Authenticate", "Bearer");
      sendOne(ctx, 401, actor.getLeft());
      return;
    }
    Option<byte[]> body = body(ctx);
    if (body.isEmpty()) {
      sendOne(
          ctx,
          413,
          RpcError.invalidRequest("the body exceeds " + config.maxBodyBytes() + " bytes"));
      return;
    }
    Option<String> unreadNumber = Bounds.numbersOf(body.get());
    if (unreadNumber.isDefined()) {
      sendOne(ctx, 200, RpcError.parseError(unreadNumber.get()));
      return;
    }
    JsonNode tree;
    try {
      tree = MAPPER.readTree(body.get());
    } catch (JsonProcessingException malformed) {
      sendOne(ctx, 200, RpcError.parseError("the body is not valid JSON"));
      return;
    }
    if (tree == null || tree.isMissingNode()) {
      sendOne(ctx, 200, RpcError.parseError("the body is empty"));
      return;
    }
    Request request = request(ctx, actor.get());
    List<Option<String>> writtenIds = NumericIds.of(MAPPER.getFactory(), body.get());
    if (tree.isArray()) {
      batch(ctx, request, List.ofAll(tree).zipWith(writtenIds, Call::from));
    } else {
      single(ctx, request, Call.from(tree, writtenIds.head()));
    }
  }

  private void single(Context ctx, Request request, Either<Call.Invalid, Call> call)
      throws IOException {
    if (call.isRight() && call.get().isNotification()) {
      run(call.get(), request, discarding());
      ctx.status(204);
      return;
    }
    try (JsonGenerator json = answering(ctx)) {
      answer(call, request, json);
    }
  }

  /** An empty batch is one invalid request; a batch of notifications only has nothing to answer. */
  private void batch(Context ctx, Request request, List<Either<Call.Invalid, Call>> calls)
      throws IOException {
    if (calls.isEmpty()) {
      sendOne(ctx, 200, RpcError.invalidRequest("a batch must not be empty"));
      return;
    }
    if (calls.forAll(call -> call.isRight() && call.get().isNotification())) {
      try (JsonGenerator sink = discarding()) {
        for (Either<Call.Invalid, Call> call : calls) {
          run(call.get(), request, sink);
        }
      }
      ctx.status(204);
      return;
    }
    try (JsonGenerator json = answering(ctx);
        JsonGenerator sink = discarding()) {
      json.writeStartArray();
      for (Either<Call.Invalid, Call> call : calls) {
        if (call.isRight() && call.get().isNotification()) {
          run(call.get(), request, sink);
        } else {
          answer(call, request, json);
        }
        json.flush();
      }
      json.writeEndArray();
    }
  }

  private void answer(Either<Call.Invalid, Call> call, Request request, JsonGenerator json)
      throws IOException {
    if (call.isLeft()) {
      new Reply(json, call.getLeft().id()).error(call.getLeft().error());
    } else {
      run(call.get(), request, json);
    }
  }

  /** Runs one call, writing its response object; a notification's goes to a discarding sink. */
  private void run(Call call, Request request, JsonGenerator json) throws IOException {
    Reply reply = new Reply(json, call.answerId());
    Option<Method> method = methods.get(call.method());
    if (method.isEmpty()) {
      reply.error(RpcError.methodNotFound(call.method()));
      return;
    }
    Option<RpcError> refused;
    try {
      refused = method.get().call(request, call.params(), reply);
    } catch (StoreUnavailable away) {
      if (reply.started()) {
        throw away;
      }
      LOG.warn("store unavailable in JSON-RPC method {}: {}", call.method(), away.getMessage());
      refused = Option.some(RpcError.unavailable(away.outcomeUnknown(), RETRY_AFTER_SECONDS));
    } catch (RuntimeException unexpected) {
      if (reply.started()) {
        throw unexpected;
      }
      LOG.error(
          "unexpected {} in JSON-RPC method {}",
          unexpected.getClass().getName(),
          call.method(),
          unexpected);
      refused = Option.some(RpcError.internalError());
    }
    if (refused.isDefined()) {
      reply.error(refused.get());
    } else {
      reply.finish();
    }
  }

  private Either<RpcError, Actor> authenticate(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null
        || header.length() <= BEARER.length()
        || !header.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER)
        || header.substring(BEARER.length()).isBlank()) {
      return Either.left(RpcError.unauthenticated("send Authorization: Bearer <API key>"));
    }
    return engine
        .authenticate()
        .authenticate(header.substring(BEARER.length()).trim())
        .mapLeft(refusal -> RpcError.unauthenticated(refusal.describe()));
  }

  /** The body, or none when it is longer than the limit. */
  /**
   * The body, or none when it is over the limit. What a client is still sending of an oversized
   * body is read and dropped (up to four times the limit) first, so that it sees the 413 instead of
   * a reset connection.
   */
  private Option<byte[]> body(Context ctx) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try (InputStream in = ctx.req().getInputStream()) {
      boolean tooLarge = ctx.req().getContentLengthLong() > config.maxBodyBytes();
      int read;
      while (!tooLarge && (read = in.read(buffer)) != -1) {
        out.write(buffer, 0, read);
        tooLarge = out.size() > config.maxBodyBytes();
      }
      if (tooLarge) {
        long budget = 4 * config.maxBodyBytes();
        while (budget > 0 && (read = in.read(buffer)) != -1) {
          budget -= read;
        }
        return Option.none();
      }
    }
    return Option.some(out.toByteArray());
  }

  private static Request request(Context ctx, Actor actor) {
    Request plain = Request.of(actor, Channel.TIMECLOCK);
    String remote = ctx.req().getRemoteAddr();
    if (remote == null || remote.isBlank()) {
      return plain;
    }
    return plain.withAddress(
        remote.startsWith("[") && remote.endsWith("]")
            ? remote.substring(1, remote.length() - 1)
            : remote);
  }

  private static JsonGenerator answering(Context ctx) throws IOException {
    ctx.status(200);
    ctx.contentType(CONTENT_TYPE);
    return generator(ctx.outputStream());
  }

  private static JsonGenerator discarding() throws IOException {
    return generator(OutputStream.nullOutputStream());
  }

  private static JsonGenerator generator(OutputStream out) throws IOException {
    return MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8);
  }

  /** One error response with a null id, e.g. for a parse error or a refused credential. */
  private static void sendOne(Context ctx, int status, RpcError error) throws IOException {
    ctx.status(status);
    ctx.contentType(CONTENT_TYPE);
    try (JsonGenerator json = generator(ctx.outputStream())) {
      new Reply(json, NullNode.getInstance()).error(error);
    }
  }
}
