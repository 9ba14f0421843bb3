package org.worktime.adapters.rest.staffomatic;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.worktime.adapters.rest.RestConfig;

/**
 * A fixed-window rate limit per caller (its token, or its address without one), in this server's
 * memory: at most {@code limit} requests in each window of {@code windowSeconds} that starts at a
 * multiple of the window since the epoch. Time comes only from the injected clock.
 */
public final class RateLimit {

  /** Forget finished windows once this many callers are remembered. */
  private static final int SWEEP_ABOVE = 10_000;

  private final Clock clock;
  private final int limit;
  private final long windowSeconds;
  private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

  private record Window(long start, int used) {}

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
  }

  public static RateLimit of(RestConfig config) {
    return new RateLimit(config.clock(), config.rateLimit(), config.rateWindow().toSeconds());
  }

  /** Counts one request of the caller. */
  public Verdict count(String caller) {
    long now = clock.instant().getEpochSecond();
    long start = Math.floorDiv(now, windowSeconds) * windowSeconds;
    if (windows.size() > SWEEP_ABOVE) {
      windows.values().removeIf(window -> window.start() < start);
    }
    Window window =
        windows.compute(
            caller,
            (key, old) ->
                old == null || old.start() != start
                    ? new Window(start, 1)
                    : new Window(start, old.used() + 1));
    return new Verdict(
        window.used() <= limit,
        limit,
        Math.max(0, limit - window.used()),
        start + windowSeconds,
        now);
  }
}
