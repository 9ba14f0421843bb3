package org.worktime.adapters.rest.bitrix;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * How much time each method has spent for each company in the current ten minutes, as Bitrix24
 * reports it in {@code time.operating} and {@code time.operating_reset_at}: the window starts at a
 * method's first call and ends ten minutes later. Kept in this server's memory; it informs clients
 * (the JS SDK slows down near the vendor's limit of 480 s), it limits nothing here.
 */
final class OperatingTime {

  static final Duration WINDOW = Duration.ofMinutes(10);

  /** Forget ended windows once this many are remembered. */
  private static final int SWEEP_ABOVE = 10_000;

  /** The time used in the window that ends at {@code resetAt}. */
  record Usage(Duration used, Instant resetAt) {}

  private final ConcurrentMap<String, Usage> windows = new ConcurrentHashMap<>();

  /** Adds a call's processing time to its method's window for the company and says the total. */
  Usage add(String company, String method, Instant now, Duration processing) {
    if (windows.size() > SWEEP_ABOVE) {
      windows.values().removeIf(usage -> !now.isBefore(usage.resetAt()));
    }
    return windows.compute(
        company + " " + method,
        (key, old) ->
            old == null || !now.isBefore(old.resetAt())
                ? new Usage(processing, now.plus(WINDOW))
                : new Usage(old.used().plus(processing), old.resetAt()));
  }
}
