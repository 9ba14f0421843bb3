package org.worktime.app;

import io.vavr.collection.List;
import io.vavr.control.Either;
import java.util.Map;
import org.worktime.adapters.rest.http.TrustedProxies;
import picocli.CommandLine;

/**
 * {@code serve}'s trusted proxies: the reverse proxies whose {@code X-Forwarded-For} or {@code
 * Forwarded} headers name the client. Given on the command line they replace the environment's.
 */
final class ProxyOptions {

  static final String VARIABLE = "WORKTIME_TRUSTED_PROXIES";

  @CommandLine.Option(
      names = "--trusted-proxy",
      paramLabel = "CIDR",
      description =
          "A reverse proxy (address or CIDR range, e.g. 10.0.0.0/8) whose X-Forwarded-For or"
              + " Forwarded header names the client; repeatable (default: $"
              + VARIABLE
              + ", comma-separated; else none: the client is the connection's peer).")
  private java.util.List<String> ranges;

  /** The proxies given, or why one of them is not a range. */
  Either<String, TrustedProxies> proxies(Map<String, String> environment) {
    List<String> given =
        ranges != null && !ranges.isEmpty()
            ? List.ofAll(ranges)
            : List.of(environment.getOrDefault(VARIABLE, "").split(","))
                .map(String::strip)
                .filter(range -> !range.isEmpty());
    return TrustedProxies.of(given).mapLeft(why -> "--trusted-proxy " + why);
  }
}
