package org.worktime.adapters.rest.staffomatic;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.worktime.adapters.rest.RestConfig;

/**
 * A fixed-window rate limit per caller (its token, or its address without one), in this server's
 * memory, on bucket4j: at most {@code limit} requests in each window of {@code windowSeconds} that
 * starts at a multiple of the window since the epoch (a bucket of {@code limit} tokens, refilled
 * whole at each window's start). Time comes only from the injected clock.
 */
public final class RateLimit {

  /** Forget callers whose bucket is full again once this many are remembered. */
  private static final int SWEEP_ABOVE = 10_000;

  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private final Clock clock;
  private final int limit;
  private final long windowSeconds;
  private final TimeMeter time;
  private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  /** How a request fared: allowed or not, and what the {@code X-RateLimit-*} headers say. */
  public record Verdict(
      boolean allowed, int limit, int remaining, long resetEpochSecond, long nowEpochSecond) {

    public long secondsToReset() {
      return Math.max(0, resetEpochSecond - nowEpochSecond);
    }
  }

  public RateLimit(Clock clock, int limit, long windowSeconds) {
    this.clock = clock;
    this.limit = limit;
    this.windowSeconds = windowSeconds;
    this.time = new ClockTime(clock);
  }

  public static RateLimit of(RestConfig config) {
    return new RateLimit(config.clock(), config.rateLimit(), config.rateWindow().toSeconds());
  }

  /** Counts one request of the caller. */
  public Verdict count(String caller) {
    if (buckets.size() > SWEEP_ABOVE) {
      buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= limit);
    }
    ConsumptionProbe probe =
        buckets.computeIfAbsent(caller, key -> bucket()).tryConsumeAndReturnRemaining(1);
    long now = clock.instant().getEpochSecond();
    long windowEnd = Math.floorDiv(now, windowSeconds) * windowSeconds + windowSeconds;
    return new Verdict(probe.isConsumed(), limit, (int) probe.getRemainingTokens(), windowEnd, now);
  }

  /** A bucket whose refills fall on the window's boundaries since the epoch. */
  private Bucket bucket() {
    return Bucket.builder()
        .addLimit(
            Bandwidth.builder()
                .capacity(limit)
                .refillIntervallyAligned(
                    limit,
                    Duration.ofSeconds(windowSeconds),
                    Instant.ofEpochSecond(windowEnd(clock.instant().getEpochSecond())))
                .build())
        .withCustomTimePrecision(time)
        .build();
  }

  /** The end of the window that {@code epochSecond} falls in. */
  private long windowEnd(long epochSecond) {
    return Math.floorDiv(epochSecond, windowSeconds) * windowSeconds + windowSeconds;
  }

  /** bucket4j's time from the adapter's clock, so that tests move a window by advancing it. */
  private record ClockTime(Clock clock) implements TimeMeter {
    @Override
    public long currentTimeNanos() {
      Instant now = clock.instant();
      return Math.addExact(
          Math.multiplyExact(now.getEpochSecond(), NANOS_PER_SECOND), now.getNano());
    }

    @Override
    public boolean isWallClockBased() {
      return true;
    }
  }
}
