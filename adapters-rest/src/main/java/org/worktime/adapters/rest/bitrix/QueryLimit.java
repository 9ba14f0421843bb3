package org.worktime.adapters.rest.bitrix;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.worktime.adapters.rest.BitrixLimit;

/**
 * The vendor's leaky bucket per caller, in this server's memory, on bucket4j: a token bucket of
 * {@code burst} tokens refilled greedily at {@code drainPerSecond} is the vendor's counter drained
 * continuously, seen from the other side. Time comes only from the injected clock.
 */
final class QueryLimit {

  /** Forget callers whose bucket is full again once this many are remembered. */
  private static final int SWEEP_ABOVE = 10_000;

  private final BitrixLimit limit;
  private final Bandwidth bandwidth;
  private final TimeMeter time;
  private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  QueryLimit(BitrixLimit limit, Clock clock) {
    this.limit = limit;
    // Built once, here: a limit bucket4j cannot keep fails when the server is wired, not later.
    this.bandwidth =
        Bandwidth.builder()
            .capacity(limit.burst())
            .refillGreedy(limit.drainPerSecond(), Duration.ofSeconds(1))
            .build();
    this.time = new ClockTime(clock);
  }

  /** Counts one request of the caller: whether it may go on. */
  boolean allows(String caller) {
    if (buckets.size() > SWEEP_ABOVE) {
      buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= limit.burst());
    }
    return buckets.computeIfAbsent(caller, key -> bucket()).tryConsume(1);
  }

  private Bucket bucket() {
    return Bucket.builder().addLimit(bandwidth).withCustomTimePrecision(time).build();
  }

  /** bucket4j's time from the adapter's clock, so that tests drain a bucket by advancing it. */
  private record ClockTime(Clock clock) implements TimeMeter {
    @Override
    public long currentTimeNanos() {
      Instant now = clock.instant();
      return Math.addExact(Math.multiplyExact(now.getEpochSecond(), 1_000_000_000L), now.getNano());
    }

    @Override
    public boolean isWallClockBased() {
      return true;
    }
  }
}
