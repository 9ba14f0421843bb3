package org.worktime.adapters.jsonrpc;

import java.time.Duration;
import java.util.Objects;

/**
 * What the JSON-RPC endpoint accepts and, when it runs alone, where {@link JsonRpcServer} listens.
 *
 * @param host the address to bind, e.g. {@code 127.0.0.1} or {@code 0.0.0.0}
 * @param port the port; 0 picks any free one (tests)
 * @param maxBodyBytes the largest request body read; a larger one is answered 413 unread
 * @param maxRangeDays the longest period, in days counting both ends, one read method may ask for
 * @param stopTimeout how long {@link JsonRpcServer#stop()} lets running requests finish
 */
public record JsonRpcConfig(
    String host, int port, long maxBodyBytes, int maxRangeDays, Duration stopTimeout) {

  public static final long ONE_MEBIBYTE = 1024 * 1024;
  public static final int DEFAULT_MAX_RANGE_DAYS = 93;

  public JsonRpcConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(stopTimeout, "stopTimeout");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("a port is 0 to 65535");
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("the body limit must be positive");
    }
    if (maxRangeDays < 1) {
      throw new IllegalArgumentException("the longest period must be at least one day");
    }
  }

  /** Loopback, any free port, bodies up to 1 MiB, periods up to 93 days, five seconds to stop. */
  public static JsonRpcConfig loopback() {
    return new JsonRpcConfig(
        "127.0.0.1", 0, ONE_MEBIBYTE, DEFAULT_MAX_RANGE_DAYS, Duration.ofSeconds(5));
  }

  public JsonRpcConfig withPort(int other) {
    return new JsonRpcConfig(host, other, maxBodyBytes, maxRangeDays, stopTimeout);
  }

  public JsonRpcConfig withMaxRangeDays(int other) {
    return new JsonRpcConfig(host, port, maxBodyBytes, other, stopTimeout);
  }

  public JsonRpcConfig withMaxBodyBytes(long other) {
    return new JsonRpcConfig(host, port, other, maxRangeDays, stopTimeout);
  }
}
