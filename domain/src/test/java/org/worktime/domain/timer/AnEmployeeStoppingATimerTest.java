package org.worktime.domain.timer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.worktime.domain.timer.TimerFixtures.NOW;
import static org.worktime.domain.timer.TimerFixtures.legal;
import static org.worktime.domain.timer.TimerFixtures.punchAt;
import static org.worktime.domain.timer.TimerFixtures.refused;
import static org.worktime.domain.timer.TimerFixtures.runningSince;
import static org.worktime.domain.timer.TimerFixtures.stoppedBetween;
import static org.worktime.domain.timer.TimerFixtures.timerId;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.worktime.domain.time.Interval;

class AnEmployeeStoppingATimerTest {

  private static final Instant START = NOW.minusSeconds(102);
  private final RunningTimer running = runningSince(timerId(1), START);

  @Test
  void stoppingARunningTimerRecordsTheEndAndTheDurationToTheSecond() {
    var transition = legal(running.stop(punchAt(NOW)));

    StoppedTimer stopped = transition.state();
    assertThat(stopped.id()).isEqualTo(timerId(1));
    assertThat(stopped.start()).isEqualTo(running.start());
    assertThat(stopped.end()).isEqualTo(punchAt(NOW));
    assertThat(stopped.duration()).isEqualTo(Duration.ofSeconds(102));
    assertThat(stopped.interval()).isEqualTo(new Interval(START, NOW));
    assertThat(stopped.totalMinutes()).isEqualTo("1.7");
  }

  @Test
  void stoppingSaysTheTimerStopped() {
    var transition = legal(running.stop(punchAt(NOW)));

    assertThat(transition.events())
        .containsExactly(new TimerEvent.TimerStopped(transition.state()));
    assertThat(transition.stoppedPrevious()).isEmpty();
  }

  @Test
  void anEndBeforeTheStartIsRefused() {
    var before = START.minusSeconds(1);

    TimerError error = refused(running.stop(punchAt(before)));

    assertThat(error).isEqualTo(new TimerError.EndBeforeStart(START, before));
    assertThat(error.describe()).contains(START.toString()).contains(before.toString());
  }

  @Test
  void anEndAtTheStartGivesAZeroDuration() {
    assertThat(legal(running.stop(punchAt(START))).state().duration()).isZero();
  }

  @Test
  void stoppingATimerWhoseStateIsKnownOnlyAtRunTimeStopsARunningOne() {
    TaskTimer loaded = running;

    assertThat(legal(TaskTimers.stop(loaded, punchAt(NOW))).state().end().at()).isEqualTo(NOW);
  }

  @Test
  void stoppingAStoppedTimerIsRefused() {
    TaskTimer loaded = stoppedBetween(timerId(1), START, NOW);

    TimerError error = refused(TaskTimers.stop(loaded, punchAt(NOW.plusSeconds(60))));

    assertThat(error).isEqualTo(new TimerError.TimerNotRunning(timerId(1)));
    assertThat(error.describe()).contains(timerId(1).toString());
  }

  @Test
  void aRunningTimerTellsHowLongItHasRun() {
    assertThat(running.elapsed(NOW)).isEqualTo(Duration.ofSeconds(102));
    assertThat(running.elapsed(START)).isZero();
  }

  @Test
  void aClockBehindTheStartNeverShowsANegativeElapsedTime() {
    assertThat(running.elapsed(START.minusSeconds(5))).isZero();
  }

  @Test
  void aStoppedTimerCannotBeBuiltEndingBeforeItsStart() {
    assertThatThrownBy(() -> stoppedBetween(timerId(1), NOW, START))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theStateDecidesWhichBranchAFoldTakes() {
    TaskTimer stopped = stoppedBetween(timerId(1), START, NOW);
    TaskTimer stillRunning = running;

    assertThat(stillRunning.<String>fold(r -> "running", s -> "stopped")).isEqualTo("running");
    assertThat(stopped.<String>fold(r -> "running", s -> "stopped")).isEqualTo("stopped");
  }
}
