package org.worktime.adapters.rest.health;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.worktime.application.query.ReadinessQuery;

/**
 * {@code /health/ready}'s answer within a fixed bound. Asking the store can take as long as the
 * pool waits for a connection (seconds, when the database is away); a load balancer wants its
 * answer at once, so a probe that has not answered within {@link #BOUND} counts as "not ready". At
 * most one question is in flight: probes that arrive meanwhile wait for the same answer, so a flood
 * of health checks during an outage does not pile up threads on the pool.
 */
public final class ReadinessProbe implements AutoCloseable {

  /** The longest {@code /health/ready} takes to answer. */
  public static final Duration BOUND = Duration.ofMillis(500);

  private final ReadinessQuery readiness;
  private final ExecutorService asker =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "worktime-readiness");
            thread.setDaemon(true);
            return thread;
          });
  private CompletableFuture<Boolean> inFlight = CompletableFuture.completedFuture(Boolean.TRUE);

  public ReadinessProbe(ReadinessQuery readiness) {
    this.readiness = Objects.requireNonNull(readiness, "readiness");
  }

  /** Whether the store answered within the bound. */
  public boolean ready() {
    try {
      return question().get(BOUND.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException notInTime) {
      return false;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private synchronized CompletableFuture<Boolean> question() {
    if (inFlight.isDone()) {
      inFlight = CompletableFuture.supplyAsync(readiness::storeAnswers, asker);
    }
    return inFlight;
  }

  @Override
  public void close() {
    asker.shutdownNow();
  }
}
