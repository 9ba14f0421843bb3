package org.worktime.adapters.rest;

import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.worktime.adapters.rest.http.TrustedProxies;
import org.worktime.adapters.rest.tls.TlsIdentity;

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
 * @param tls the certificate and key to serve HTTPS with; none serves plain HTTP
 * @param trustedProxies the proxies whose forwarding headers name the client (none by default)
 * @param bitrixLimit Bitrix24's leaky bucket per caller ({@link BitrixLimit#DEFAULT} by default)
 */
public record RestConfig(
    String host,
    int port,
    long maxBodyBytes,
    Duration stopTimeout,
    Clock clock,
    int rateLimit,
    Duration rateWindow,
    Option<TlsIdentity> tls,
    TrustedProxies trustedProxies,
    BitrixLimit bitrixLimit) {

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
    Objects.requireNonNull(tls, "tls");
    Objects.requireNonNull(trustedProxies, "trustedProxies");
    Objects.requireNonNull(bitrixLimit, "bitrixLimit");
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

  /** The system's UTC clock, the default rate limits, plain HTTP, no trusted proxy. */
  public RestConfig(String host, int port, long maxBodyBytes, Duration stopTimeout) {
    this(
        host,
        port,
        maxBodyBytes,
        stopTimeout,
        Clock.systemUTC(),
        DEFAULT_RATE_LIMIT,
        DEFAULT_RATE_WINDOW,
        Option.none(),
        TrustedProxies.none(),
        BitrixLimit.DEFAULT);
  }

  /** Loopback, any free port, bodies up to 1 MiB, five seconds to stop. */
  public static RestConfig loopback() {
    return new RestConfig("127.0.0.1", 0, ONE_MEBIBYTE, Duration.ofSeconds(5));
  }

  public RestConfig withHost(String other) {
    return new RestConfig(
        other,
        port,
        maxBodyBytes,
        stopTimeout,
        clock,
        rateLimit,
        rateWindow,
        tls,
        trustedProxies,
        bitrixLimit);
  }

  public RestConfig withPort(int other) {
    return new RestConfig(
        host,
        other,
        maxBodyBytes,
        stopTimeout,
        clock,
        rateLimit,
        rateWindow,
        tls,
        trustedProxies,
        bitrixLimit);
  }

  public RestConfig withMaxBodyBytes(long other) {
    return new RestConfig(
        host,
        port,
        other,
        stopTimeout,
        clock,
        rateLimit,
        rateWindow,
        tls,
        trustedProxies,
        bitrixLimit);
  }

  public RestConfig withClock(Clock other) {
    return new RestConfig(
        host,
        port,
        maxBodyBytes,
        stopTimeout,
        other,
        rateLimit,
        rateWindow,
        tls,
        trustedProxies,
        bitrixLimit);
  }

  public RestConfig withRateLimit(int requests, Duration window) {
    return new RestConfig(
        host,
        port,
        maxBodyBytes,
        stopTimeout,
        clock,
        requests,
        window,
        tls,
        trustedProxies,
        bitrixLimit);
  }

  /** HTTPS only, with this certificate and key: plain HTTP is then not served at all. */
  public RestConfig withTls(TlsIdentity identity) {
    return new RestConfig(
        host,
        port,
        maxBodyBytes,
        stopTimeout,
        clock,
        rateLimit,
        rateWindow,
        Option.some(identity),
        trustedProxies,
        bitrixLimit);
  }

  public RestConfig withTrustedProxies(TrustedProxies proxies) {
    return new RestConfig(
        host,
        port,
        maxBodyBytes,
        stopTimeout,
        clock,
        rateLimit,
        rateWindow,
        tls,
        proxies,
        bitrixLimit);
  }

  public RestConfig withBitrixLimit(BitrixLimit other) {
    return new RestConfig(
        host,
        port,
        maxBodyBytes,
        stopTimeout,
        clock,
        rateLimit,
        rateWindow,
        tls,
        trustedProxies,
        other);
  }
}
