package org.worktime.adapters.rest.metrics;

import io.javalin.http.Context;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Objects;

/**
 * Times every answered request: the timer {@code http.server.requests} (Prometheus: {@code
 * http_server_requests_seconds_*}) tagged by method, {@link RequestFamily dialect} and status code,
 * all of them small fixed sets. Never by path, query, header or body.
 */
public final class RequestMetrics {

  public static final String NAME = "http.server.requests";

  private final Meter.MeterProvider<Timer> timers;

  public RequestMetrics(MeterRegistry registry) {
    Objects.requireNonNull(registry, "registry");
    this.timers =
        Timer.builder(NAME)
            .description("HTTP requests answered, by method, dialect and status")
            // A few fixed buckets, for latency quantiles without a histogram's hundred series.
            .serviceLevelObjectives(
                Duration.ofMillis(5),
                Duration.ofMillis(25),
                Duration.ofMillis(100),
                Duration.ofMillis(250),
                Duration.ofSeconds(1),
                Duration.ofSeconds(5))
            .withRegistry(registry);
  }

  /** After a request was answered: counts it and records how long it took. */
  public void served(Context ctx, Float millis) {
    Timer timer =
        timers.withTags(
            Tags.of(
                "method", ctx.method().name(),
                "dialect", RequestFamily.of(ctx.path()).tag(),
                "status", Integer.toString(ctx.statusCode())));
    // Javalin always measures; a missing time still counts the request.
    timer.record(Duration.ofNanos(millis == null ? 0 : (long) (millis * 1_000_000.0)));
  }
}
