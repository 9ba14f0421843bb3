package org.worktime.benchmarks.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * Drives clients, each on a thread of its own, through whole cycles of steps: as fast as they go
 * (closed loop, for the maximum throughput), or at a fixed total rate (open loop, for latency at a
 * given load). At a fixed rate each step has an intended start, and its latency is counted from
 * then, not from when the client got round to it, so a stall counts against every step it delayed
 * (no coordinated omission, as in wrk2). Steps in the warm-up are done but not counted, and a
 * client always finishes the cycle it is in, so that every employee is left with a closed day.
 */
final class Load {

  /** One client: its own employee, connection or token; called from one thread only. */
  interface Client {
    /** Does step {@code index} of the cycle (0 to {@code steps - 1}). */
    void step(int index) throws Exception;
  }

  /** What one run measured: steps counted, their seconds, and their latencies in microseconds. */
  record Result(long steps, double seconds, Histogram micros, int stepsPerCycle) {

    double stepsPerSecond() {
      return steps / seconds;
    }

    double cyclesPerSecond() {
      return stepsPerSecond() / stepsPerCycle;
    }

    double millisAt(double percentile) {
      return micros.getValueAtPercentile(percentile) / 1000.0;
    }

    /** One line of {@code key=value} pairs, for the bench scripts to read. */
    String line(String what) {
      return String.format(
          Locale.ROOT,
          "%s cycles_per_s=%.1f requests_per_s=%.1f p50_ms=%.3f p99_ms=%.3f max_ms=%.3f steps=%d",
          what,
          cyclesPerSecond(),
          stepsPerSecond(),
          millisAt(50),
          millisAt(99),
          micros.getMaxValue() / 1000.0,
          steps);
    }
  }

  private Load() {}

  /** As fast as the clients go. */
  static Result closedLoop(
      List<? extends Client> clients, int stepsPerCycle, Duration warmUp, Duration measured)
      throws InterruptedException {
    return run(clients, stepsPerCycle, warmUp, measured, 0);
  }

  /** At {@code stepsPerSecond} in total, spread evenly over the clients. */
  static Result fixedRate(
      List<? extends Client> clients,
      int stepsPerCycle,
      Duration warmUp,
      Duration measured,
      double stepsPerSecond)
      throws InterruptedException {
    if (!(stepsPerSecond > 0)) {
      throw new IllegalArgumentException("a rate must be positive: " + stepsPerSecond);
    }
    return run(clients, stepsPerCycle, warmUp, measured, stepsPerSecond);
  }

  private static Result run(
      List<? extends Client> clients,
      int stepsPerCycle,
      Duration warmUp,
      Duration measured,
      double rate)
      throws InterruptedException {
    long begin = System.nanoTime() + 50_000_000L;
    long countFrom = begin + warmUp.toNanos();
    long countUntil = countFrom + measured.toNanos();
    // Each client's interval between intended starts; clients start staggered across it.
    long interval = rate > 0 ? Math.round(clients.size() * 1e9 / rate) : 0;
    List<Histogram> histograms = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    for (int c = 0; c < clients.size(); c++) {
      Client client = clients.get(c);
      Histogram histogram = new Histogram(3_600_000_000L, 3);
      histograms.add(histogram);
      long first = begin + (interval == 0 ? 0 : interval * c / clients.size());
      Thread thread =
          new Thread(
              () -> {
                try {
                  drive(client, stepsPerCycle, first, interval, countFrom, countUntil, histogram);
                } catch (Throwable failed) {
                  failure.compareAndSet(null, failed);
                }
              },
              "load-client-" + c);
      threads.add(thread);
    }
    threads.forEach(Thread::start);
    for (Thread thread : threads) {
      thread.join();
    }
    if (failure.get() != null) {
      throw new IllegalStateException("a client failed", failure.get());
    }
    Histogram all = new Histogram(3_600_000_000L, 3);
    histograms.forEach(all::add);
    return new Result(all.getTotalCount(), measured.toNanos() / 1e9, all, stepsPerCycle);
  }

  private static void drive(
      Client client,
      int stepsPerCycle,
      long first,
      long interval,
      long countFrom,
      long countUntil,
      Histogram histogram)
      throws Exception {
    long intended = first;
    for (long n = 0; ; n++) {
      int index = (int) (n % stepsPerCycle);
      long now = System.nanoTime();
      if (index == 0 && now >= countUntil) {
        return;
      }
      if (interval > 0) {
        while (now < intended) {
          LockSupport.parkNanos(intended - now);
          now = System.nanoTime();
        }
      }
      long start = interval > 0 ? intended : now;
      client.step(index);
      long end = System.nanoTime();
      if (start >= countFrom && end <= countUntil) {
        histogram.recordValue(Math.max(1, (end - start) / 1000));
      }
      intended += interval;
    }
  }
}
