package org.worktime.domain.id;

import io.vavr.control.Option;
import java.math.BigInteger;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A 128-bit identifier. Its canonical text is the UUID form; {@link #toDecimal()} gives the
 * unsigned decimal form (up to 39 digits) that TheBase's clients expect, and {@link #fromDecimal}
 * reads it back. Ids are never parsed into a {@code long}: 128 bits do not fit.
 */
public record Id(long mostSignificantBits, long leastSignificantBits) implements Comparable<Id> {

  private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);
  private static final BigInteger MAX = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);
  private static final Pattern UUID_FORM =
      Pattern.compile(
          "\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

  public static Id of(UUID uuid) {
    return new Id(uuid.getMostSignificantBits(), uuid.getLeastSignificantBits());
  }

  public UUID toUuid() {
    return new UUID(mostSignificantBits, leastSignificantBits);
  }

  /** The unsigned decimal form, e.g. {@code 271943382793099311437728449716604792195}. */
  public String toDecimal() {
    return unsigned(mostSignificantBits)
        .multiply(TWO_TO_64)
        .add(unsigned(leastSignificantBits))
        .toString();
  }

  /** Reads the decimal form; none when the text is not a decimal number of at most 128 bits. */
  public static Option<Id> fromDecimal(String text) {
    if (text == null
        || text.isEmpty()
        || text.length() > 39
        || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Option.none();
    }
    BigInteger value = new BigInteger(text);
    if (value.compareTo(MAX) > 0) {
      return Option.none();
    }
    return Option.some(new Id(value.shiftRight(64).longValue(), value.longValue()));
  }

  /** Reads the UUID form; none when the text is not one. */
  public static Option<Id> fromUuid(String text) {
    // UUID.fromString alone would also take signs and other scripts' digits in any group.
    if (text == null || !UUID_FORM.matcher(text).matches()) {
      return Option.none();
    }
    try {
      return Option.some(of(UUID.fromString(text)));
    } catch (IllegalArgumentException notAUuid) {
      return Option.none();
    }
  }

  /** Unsigned order, which for time-ordered ids is the order of creation. */
  @Override
  public int compareTo(Id other) {
    int high = Long.compareUnsigned(mostSignificantBits, other.mostSignificantBits);
    return high != 0
        ? high
        : Long.compareUnsigned(leastSignificantBits, other.leastSignificantBits);
  }

  @Override
  public String toString() {
    return toUuid().toString();
  }

  private static BigInteger unsigned(long bits) {
    BigInteger value = BigInteger.valueOf(bits);
    return bits >= 0 ? value : value.add(TWO_TO_64);
  }
}
