package org.worktime.application;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * The context every command carries: who asks, through which channel and from which address, and an
 * optional idempotency key that makes a retry safe.
 */
public record Request(
    Actor actor, Channel channel, Option<String> address, Option<IdempotencyKey> idempotencyKey) {

  public Request {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
  }

  public static Request of(Actor actor, Channel channel) {
    return new Request(actor, channel, Option.none(), Option.none());
  }

  public Request withIdempotencyKey(IdempotencyKey key) {
    return new Request(actor, channel, address, Option.some(key));
  }

  public Request withAddress(String from) {
    return new Request(actor, channel, Option.some(from), idempotencyKey);
  }
}
