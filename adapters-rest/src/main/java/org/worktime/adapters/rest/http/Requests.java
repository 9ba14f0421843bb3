package org.worktime.adapters.rest.http;

import io.javalin.http.Context;
import io.vavr.control.Either;
import org.worktime.application.Actor;
import org.worktime.application.Channel;
import org.worktime.application.IdempotencyKey;
import org.worktime.application.Request;
import org.worktime.domain.place.IpAddress;
import org.worktime.domain.place.Origin;
import org.worktime.domain.place.SourceType;

/**
 * The engine's {@link Request} for an authenticated HTTP call, the same for every dialect: the
 * channel, the client's address (as {@link ClientAddress} decides it: a forwarding header counts
 * only from a trusted proxy) and the {@code Idempotency-Key} header that makes a retried write
 * safe.
 */
public final class Requests {

  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private Requests() {}

  /** The request; a malformed {@code Idempotency-Key} is a problem, not ignored. */
  public static Either<Problem, Request> of(Context ctx, Actor actor, Channel channel) {
    Request plain =
        ClientAddress.of(ctx)
            .map(ip -> Request.of(actor, channel).withAddress(ip.text()))
            .getOrElse(() -> Request.of(actor, channel));
    String key = ctx.header(IDEMPOTENCY_KEY);
    if (key == null) {
      return Either.right(plain);
    }
    return IdempotencyKey.of(key)
        .<Problem>mapLeft(why -> new Problem.InvalidParameter(IDEMPOTENCY_KEY, why))
        .map(plain::withIdempotencyKey);
  }

  /** A call over the API, from the address the request came from. */
  public static Origin apiOrigin(Request request) {
    Origin api = Origin.of(SourceType.API);
    return request
        .address()
        .flatMap(text -> IpAddress.of(text).toOption())
        .map(api::withIp)
        .getOrElse(api);
  }
}
