package org.worktime.domain.place;

import io.vavr.control.Option;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Whether a punch's address was inside one of its company's office networks when it was made.
 * Recorded with the punch, so that a later change of the networks does not rewrite the past.
 */
public sealed interface NetworkPlace {

  /** What the place is, one function per case, so a new case fails to compile where it is read. */
  <R> R fold(Function<NetworkRange, R> office, Supplier<R> outside);

  /** Inside the office network that held the address. */
  record Office(NetworkRange range) implements NetworkPlace {
    public Office {
      Objects.requireNonNull(range, "range");
    }

    @Override
    public <R> R fold(Function<NetworkRange, R> office, Supplier<R> outside) {
      return office.apply(range);
    }
  }

  /** Outside every office network the company had. */
  record Outside() implements NetworkPlace {
    @Override
    public <R> R fold(Function<NetworkRange, R> office, Supplier<R> outside) {
      return outside.get();
    }
  }

  /** The office network the punch was in; none when it was outside. */
  default Option<NetworkRange> office() {
    return fold(Option::some, Option::none);
  }

  /** Where the address lies among the company's office networks. */
  static NetworkPlace of(Iterable<NetworkRange> offices, IpAddress address) {
    return NetworkRange.holding(offices, address)
        .<NetworkPlace>map(Office::new)
        .getOrElse(Outside::new);
  }
}
