package org.worktime.adapters.rest;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the HTTP server listens and what it accepts.
 *
 * @param host the address to bind, e.g. {@code 127.0.0.1} or {@code 0.0.0.0}
 * @param port the port; 0 picks any free one (tests)
 * @param maxBodyBytes the largest request body read; a larger one is answered 413 unread
 * @param stopTimeout how long {@link RestServer#stop()} lets running requests finish
 * @param clock the only clock the adapter reads, for rate limiting (the engine has its own)
 * @param rateLimit requests per address and account (a credential in the account's place where the
 *     path names none) in each rate window
 * @param rateWindow the fixed window the rate limit counts in
 */
public record RestConfig(
    String host,
    int port,
    long maxBodyBytes,
    Duration stopTimeout,
    Clock clock,
    int rateLimit,
    Duration rateWindow) {

  public static final long ONE_MEBIBYTE = 1024 * 1024;

  /**
   * The default rate limit, Staffomatic's documented one: 500 requests from one address for one
   * account in each 10-second window.
   */
  public static final int DEFAULT_RATE_LIMIT = 500;

  public static final Duration DEFAULT_RATE_WINDOW = Duration.ofSeconds(10);

  public RestConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(stopTimeout, "stopTimeout");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(rateWindow, "rateWindow");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("a port is 0 to 65535");
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("the body limit must be positive");
    }
    if (rateLimit < 1 || rateWindow.toSeconds() < 1) {
      throw new IllegalArgumentException("a rate limit is at least one request per second");
    }
  }

  /** The system's UTC clock and the default rate limit. */
  public RestConfig(String host, int port, long maxBodyBytes, Duration stopTimeout) {
    this(
        host,
        port,
        maxBodyBytes,
        stopTimeout,
        Clock.systemUTC(),
        DEFAULT_RATE_LIMIT,
        DEFAULT_RATE_WINDOW);
  }

  /** Loopback, any free port, bodies up to 1 MiB, five seconds to stop. */
  public static RestConfig loopback() {
    return new RestConfig("127.0.0.1", 0, ONE_MEBIBYTE, Duration.ofSeconds(5));
  }

  public RestConfig withHost(String other) {
    return new RestConfig(other, port, maxBodyBytes, stopTimeout, clock, rateLimit, rateWindow);
  }

  public RestConfig withPort(int other) {
    return new RestConfig(host, other, maxBodyBytes, stopTimeout, clock, rateLimit, rateWindow);
  }

  public RestConfig withMaxBodyBytes(long other) {
    return new RestConfig(host, port, other, stopTimeout, clock, rateLimit, rateWindow);
  }

  public RestConfig withClock(Clock other) {
    return new RestConfig(host, port, maxBodyBytes, stopTimeout, other, rateLimit, rateWindow);
  }

  public RestConfig withRateLimit(int requests, Duration window) {
    return new RestConfig(host, port, maxBodyBytes, stopTimeout, clock, requests, window);
  }
}
