package org.worktime.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The timesheet benchmark's state builds (its setup checks the answer against the sample: every
 * employee, every session, the same bytes both ways) and both benchmarks write that answer.
 */
class TimesheetEncodingBenchmarkTest {

  @Test
  void bothBenchmarksWriteTheSameCheckedAnswer() throws Exception {
    TimesheetEncodingBenchmark benchmark = new TimesheetEncodingBenchmark();
    benchmark.employees = 3;
    benchmark.aMonthInMemory();
    long bytes = benchmark.timesheet();
    assertThat(bytes).isGreaterThan(3 * 1_000L);
    assertThat(benchmark.jacksonWritesTheSameTree()).isEqualTo(bytes);
  }
}
