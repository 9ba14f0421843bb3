package org.worktime.adapters.rest.metrics;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Objects;
import org.worktime.application.query.OperationsQuery;

/**
 * {@code GET /metrics} in the Prometheus text format 0.0.4: the request timer ({@link
 * RequestMetrics}), the gauge {@code worktime_open_workdays} and the JVM's memory, GC, threads,
 * classes, CPU and uptime.
 *
 * <p>It asks for no credentials, as a scraper has none: it shows counts and timings only, never a
 * tenant, an employee, an id, a path or a token. Still, operators should not expose it (nor {@code
 * /health/*}) publicly: serve it to the monitoring network only, e.g. by not routing {@code
 * /metrics} at the public proxy.
 */
public final class Metrics implements AutoCloseable {

  public static final String PATH = "/metrics";

  /** The Prometheus text exposition format, version 0.0.4. */
  public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  public static final String OPEN_WORKDAYS = "worktime.open.workdays";

  private final PrometheusMeterRegistry registry;
  private final RequestMetrics requests;
  private final JvmGcMetrics gc;

  public Metrics(OperationsQuery operations) {
    Objects.requireNonNull(operations, "operations");
    this.registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    this.requests = new RequestMetrics(registry);
    // Read at each scrape: one count in the store. A store that fails shows NaN, and
    // /health/ready tells why.
    Gauge.builder(OPEN_WORKDAYS, operations, OperationsQuery::openWorkdays)
        .description("Workdays not closed (opened or paused), across every company")
        .strongReference(true)
        .register(registry);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    this.gc = new JvmGcMetrics();
    gc.bindTo(registry);
  }

  /** The hook for each answered request. */
  public RequestMetrics requests() {
    return requests;
  }

  public void register(RoutesConfig routes) {
    routes.get(PATH, this::scrape);
  }

  private void scrape(Context ctx) {
    ctx.status(200).contentType(CONTENT_TYPE).result(registry.scrape());
  }

  /** Stops listening for GC events and closes the registry. */
  @Override
  public void close() {
    gc.close();
    registry.close();
  }
}
