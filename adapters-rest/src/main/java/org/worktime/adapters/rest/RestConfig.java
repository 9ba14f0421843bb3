package org.worktime.adapters.rest;

import java.time.Duration;
import java.util.Objects;

/**
 * Where the HTTP server listens and what it accepts.
 *
 * @param host the address to bind, e.g. {@code 127.0.0.1} or {@code 0.0.0.0}
 * @param port the port; 0 picks any free one (tests)
 * @param maxBodyBytes the largest request body read; a larger one is answered 413 unread
 * @param stopTimeout how long {@link RestServer#stop()} lets running requests finish
 */
public record RestConfig(String host, int port, long maxBodyBytes, Duration stopTimeout) {

  public static final long ONE_MEBIBYTE = 1024 * 1024;

  public RestConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(stopTimeout, "stopTimeout");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("a port is 0 to 65535");
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("the body limit must be positive");
    }
  }

  /** Loopback, any free port, bodies up to 1 MiB, five seconds to stop. */
  public static RestConfig loopback() {
    return new RestConfig("127.0.0.1", 0, ONE_MEBIBYTE, Duration.ofSeconds(5));
  }

  public RestConfig withHost(String other) {
    return new RestConfig(other, port, maxBodyBytes, stopTimeout);
  }

  public RestConfig withPort(int other) {
    return new RestConfig(host, other, maxBodyBytes, stopTimeout);
  }

  public RestConfig withMaxBodyBytes(long other) {
    return new RestConfig(host, port, other, stopTimeout);
  }
}
