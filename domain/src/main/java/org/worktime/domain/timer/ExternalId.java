package org.worktime.domain.timer;

import io.vavr.control.Either;
import java.util.Objects;
import org.worktime.domain.ValueError;

/**
 * The key of the task a timer is spent on in another system, e.g. the ticket {@code DR-4258}
 * (TimeClock {@code externalId}). Opaque: compared and echoed exactly, never parsed. Not blank, no
 * control characters, at most {@value #MAXIMUM_LENGTH} code points.
 */
public record ExternalId(String value) {

  public static final int MAXIMUM_LENGTH = 100;

  /** Guards the invariant; input from outside goes through {@link #of}. */
  public ExternalId {
    Objects.requireNonNull(value, "value");
    OpaqueKeys.problemWith(value, MAXIMUM_LENGTH)
        .peek(
            problem -> {
              throw new IllegalArgumentException(problem.describe());
            });
  }

  public static Either<ValueError, ExternalId> of(String value) {
    Objects.requireNonNull(value, "value");
    return OpaqueKeys.problemWith(value, MAXIMUM_LENGTH)
        .<Either<ValueError, ExternalId>>map(Either::left)
        .getOrElse(() -> Either.right(new ExternalId(value)));
  }

  @Override
  public String toString() {
    return value;
  }
}
