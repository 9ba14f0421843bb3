package org.worktime.adapters.rest;

import io.vavr.control.Either;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bitrix24's request intensity limit, a leaky bucket per caller: each request adds one to the
 * caller's counter, a request that finds it at {@code burst} is refused with {@code
 * QUERY_LIMIT_EXCEEDED}, and the counter drains by {@code drainPerSecond} every second.
 *
 * @param burst the requests a caller may make at once (the vendor's X)
 * @param drainPerSecond how many of them are forgotten each second (the vendor's Y): a caller that
 *     never makes more than this many a second is never refused
 */
public record BitrixLimit(int burst, int drainPerSecond) {

  /** The vendor's documented limit on every plan but Enterprise: 50 at once, 2 a second drained. */
  public static final BitrixLimit DEFAULT = new BitrixLimit(50, 2);

  private static final Pattern TEXT = Pattern.compile("\\s*(\\d{1,9})\\s*/\\s*(\\d{1,9})\\s*");

  /** The fastest drain the bucket can keep time for: one request a nanosecond. */
  public static final int MAX_DRAIN_PER_SECOND = 1_000_000_000;

  public BitrixLimit {
    if (burst < 1 || drainPerSecond < 1) {
      throw new IllegalArgumentException("a request limit is at least 1 at once and 1 a second");
    }
    if (drainPerSecond > MAX_DRAIN_PER_SECOND) {
      throw new IllegalArgumentException("a request limit drains at most 10^9 a second");
    }
  }

  /** {@code BURST/PER_SECOND}, e.g. {@code 50/2}; a left says why the text is not one. */
  public static Either<String, BitrixLimit> parse(String text) {
    Matcher matcher = TEXT.matcher(text);
    if (!matcher.matches()) {
      return Either.left("'" + text + "' is not BURST/PER_SECOND, e.g. 50/2");
    }
    int burst = Integer.parseInt(matcher.group(1));
    int drain = Integer.parseInt(matcher.group(2));
    return burst < 1 || drain < 1
        ? Either.left("'" + text + "' must allow at least 1 request at once and 1 a second")
        : Either.right(new BitrixLimit(burst, drain));
  }

  @Override
  public String toString() {
    return burst + "/" + drainPerSecond;
  }
}
