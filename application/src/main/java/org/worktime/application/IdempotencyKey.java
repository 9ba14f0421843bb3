package org.worktime.application;

import io.vavr.control.Either;
import java.util.Objects;

/**
 * A client's key for one logical write (e.g. the {@code Idempotency-Key} header): 1-200 printable
 * ASCII.
 */
public record IdempotencyKey(String value) {

  public static final int MAXIMUM_LENGTH = 200;

  public IdempotencyKey {
    Objects.requireNonNull(value, "value");
    if (!isValid(value)) {
      throw new IllegalArgumentException("not a valid idempotency key; use IdempotencyKey.of");
    }
  }

  public static Either<String, IdempotencyKey> of(String value) {
    return value != null && isValid(value)
        ? Either.right(new IdempotencyKey(value))
        : Either.left(
            "an idempotency key is 1 to " + MAXIMUM_LENGTH + " printable ASCII characters");
  }

  private static boolean isValid(String value) {
    return !value.isEmpty()
        && value.length() <= MAXIMUM_LENGTH
        && value.chars().allMatch(c -> c >= 0x21 && c <= 0x7e);
  }
}
