package org.worktime.benchmarks;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A ceiling, not a feature: summing two {@link Duration}s, about the least a benchmark here can do.
 * The other scores are reported as ratios to this one, measured in the same run on the same
 * machine, so figures from different machines can be compared.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CeilingBenchmark {

  // Not final, so that the sum is not folded into a constant.
  private Duration worked = Duration.ofMinutes(480);
  private Duration pause = Duration.ofMinutes(30);

  @Benchmark
  public Duration sumTwoDurations() {
    return worked.plus(pause);
  }
}
