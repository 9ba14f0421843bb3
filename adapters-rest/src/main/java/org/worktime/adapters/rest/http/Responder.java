package org.worktime.adapters.rest.http;

import io.javalin.http.Context;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.worktime.application.port.StoreUnavailable;

/**
 * The one way every dialect answers a request. It runs the dialect's work and sends what comes out
 * in the dialect's shape: a problem through the dialect's mapping; a store outage as the dialect's
 * 503 with {@code Retry-After}; anything unexpected as its 500, logged here with the method and
 * path only (never a parameter, header or body), the client told nothing more; a 401 with the
 * dialect's challenge; a 204 or 304 without a body.
 */
public final class Responder {

  private static final Logger LOG = LoggerFactory.getLogger(Responder.class);

  private final Function<Problem, Answer> shape;
  private final Option<String> challenge;

  /**
   * @param shape the dialect's mapping of every problem to its status and error body
   * @param challenge the {@code WWW-Authenticate} value a 401 carries, if the dialect sends one
   */
  public Responder(Function<Problem, Answer> shape, Option<String> challenge) {
    this.shape = Objects.requireNonNull(shape, "shape");
    this.challenge = Objects.requireNonNull(challenge, "challenge");
  }

  /** Runs the work and sends its answer, or its problem in the dialect's shape. */
  public void respond(Context ctx, Supplier<Either<Problem, Answer>> work) {
    send(ctx, answer(ctx, work));
  }

  /** Sends a problem found before any work was done (a method not allowed, say). */
  public void refuse(Context ctx, Problem problem) {
    send(ctx, shape.apply(problem));
  }

  /** The dialect's answer to an exception that escaped a handler, as {@link #respond} gives it. */
  public Answer failure(Context ctx, Exception failure) {
    if (failure instanceof StoreUnavailable away) {
      ctx.header("Retry-After", Long.toString(StoreUnavailable.RETRY_AFTER.toSeconds()));
      LOG.warn(
          "store unavailable answering {} {}: {}",
          ctx.method(),
          SecretPaths.masked(ctx.path()),
          rootOf(away));
      return shape.apply(
          new Problem.Unavailable(away.outcomeUnknown(), StoreUnavailable.RETRY_AFTER));
    }
    LOG.error(
        "unexpected {} answering {} {}",
        failure.getClass().getName(),
        ctx.method(),
        SecretPaths.masked(ctx.path()),
        failure);
    return shape.apply(new Problem.Unexpected());
  }

  private Answer answer(Context ctx, Supplier<Either<Problem, Answer>> work) {
    try {
      return work.get().fold(shape, Function.identity());
    } catch (RuntimeException failure) {
      return failure(ctx, failure);
    }
  }

  private void send(Context ctx, Answer answer) {
    if (answer.status() == 401 && challenge.isDefined()) {
      ctx.header("WWW-Authenticate", challenge.get());
    }
    if (answer.status() == 204 || answer.status() == 304) {
      ctx.attribute(Json.ANSWERED, Boolean.TRUE);
      ctx.status(answer.status());
      return;
    }
    Json.send(ctx, answer);
  }

  /** The driver's own words, one line: enough for an operator, nothing of the request. */
  private static String rootOf(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = cause.getMessage();
    return cause.getClass().getSimpleName()
        + (message == null ? "" : ": " + message.lines().findFirst().orElse(""));
  }
}
