package org.worktime.adapters.rest.http;

import io.javalin.http.Context;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.worktime.application.Actor;
import org.worktime.application.Channel;
import org.worktime.application.IdempotencyKey;
import org.worktime.application.Request;
import org.worktime.domain.place.IpAddress;
import org.worktime.domain.place.Origin;
import org.worktime.domain.place.SourceType;

/**
 * The engine's {@link Request} for an authenticated HTTP call, the same for every dialect: the
 * channel, the remote address (no forwarding header is trusted) and the {@code Idempotency-Key}
 * header that makes a retried write safe.
 */
public final class Requests {

  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private Requests() {}

  /** The request; a malformed {@code Idempotency-Key} is a problem, not ignored. */
  public static Either<Problem, Request> of(Context ctx, Actor actor, Channel channel) {
    Request plain =
        remoteAddress(ctx)
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

  private static Option<IpAddress> remoteAddress(Context ctx) {
    String remote = ctx.req().getRemoteAddr();
    if (remote == null) {
      return Option.none();
    }
    String bare =
        remote.startsWith("[") && remote.endsWith("]")
            ? remote.substring(1, remote.length() - 1)
            : remote;
    return IpAddress.of(bare).toOption();
  }
}
