package org.worktime.benchmarks;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.worktime.domain.time.Interval;

/** How fast a day's breaks are checked pairwise for overlap: the core of every break edit. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class IntervalOverlapBenchmark {

  private Interval[] breaks;

  @Setup
  public void breaksOfABusyDay() {
    Instant morning = Instant.parse("2026-03-29T06:00:00Z");
    breaks = new Interval[8];
    for (int i = 0; i < breaks.length; i++) {
      Instant start = morning.plusSeconds(i * 3_600L);
      breaks[i] = new Interval(start, start.plusSeconds(900));
    }
  }

  @Benchmark
  public boolean anyTwoBreaksOverlap() {
    for (int i = 0; i < breaks.length; i++) {
      for (int j = i + 1; j < breaks.length; j++) {
        if (breaks[i].overlaps(breaks[j])) {
          return true;
        }
      }
    }
    return false;
  }
}
