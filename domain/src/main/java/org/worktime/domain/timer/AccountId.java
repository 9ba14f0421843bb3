package org.worktime.domain.timer;

import io.vavr.control.Either;
import java.util.Objects;
import org.worktime.domain.ValueError;

/**
 * The account (customer) a task timer is booked to, as the client's CRM names it (TheBase {@code
 * account_id}). Opaque: compared and echoed exactly, never parsed, because its shape belongs to the
 * other system. Not blank, no control characters, at most {@value #MAXIMUM_LENGTH} code points.
 */
public record AccountId(String value) {

  public static final int MAXIMUM_LENGTH = 200;

  /** Guards the invariant; input from outside goes through {@link #of}. */
  public AccountId {
    Objects.requireNonNull(value, "value");
    OpaqueKeys.problemWith(value, MAXIMUM_LENGTH)
        .peek(
            problem -> {
              throw new IllegalArgumentException(problem.describe());
            });
  }

  public static Either<ValueError, AccountId> of(String value) {
    Objects.requireNonNull(value, "value");
    return OpaqueKeys.problemWith(value, MAXIMUM_LENGTH)
        .<Either<ValueError, AccountId>>map(Either::left)
        .getOrElse(() -> Either.right(new AccountId(value)));
  }

  @Override
  public String toString() {
    return value;
  }
}
