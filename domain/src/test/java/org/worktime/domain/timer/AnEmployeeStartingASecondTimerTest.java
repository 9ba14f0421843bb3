package org.worktime.domain.timer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.domain.timer.TimerFixtures.BERLIN;
import static org.worktime.domain.timer.TimerFixtures.NOW;
import static org.worktime.domain.timer.TimerFixtures.WEB;
import static org.worktime.domain.timer.TimerFixtures.legal;
import static org.worktime.domain.timer.TimerFixtures.refused;
import static org.worktime.domain.timer.TimerFixtures.runningSince;
import static org.worktime.domain.timer.TimerFixtures.startAt;
import static org.worktime.domain.timer.TimerFixtures.startNow;
import static org.worktime.domain.timer.TimerFixtures.timerId;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AnEmployeeStartingASecondTimerTest {

  private static final Instant AN_HOUR_AGO = NOW.minus(Duration.ofHours(1));
  private final RunningTimer running = runningSince(timerId(1), AN_HOUR_AGO);

  @Test
  void theRunningTimerIsStoppedWhenThePolicySaysSo() {
    var transition =
        legal(
            TaskTimers.start(
                startNow(timerId(2)), Option.some(running), SecondTimerPolicy.STOP_RUNNING, NOW));

    StoppedTimer previous = transition.stoppedPrevious().get();
    assertThat(previous.id()).isEqualTo(timerId(1));
    assertThat(previous.start()).isEqualTo(running.start());
    assertThat(previous.duration()).isEqualTo(Duration.ofHours(1));
    assertThat(transition.state().id()).isEqualTo(timerId(2));
  }

  @Test
  void theStoppedTimerEndsExactlyWhereTheNewOneStarts() {
    var tenMinutesAgo = NOW.minus(Duration.ofMinutes(10));

    var transition =
        legal(
            TaskTimers.start(
                startAt(timerId(2), tenMinutesAgo),
                Option.some(running),
                SecondTimerPolicy.STOP_RUNNING,
                NOW));

    StoppedTimer previous = transition.stoppedPrevious().get();
    assertThat(previous.end().at())
        .isEqualTo(tenMinutesAgo)
        .isEqualTo(transition.state().start().at());
    assertThat(previous.end().zone()).isEqualTo(BERLIN);
    assertThat(previous.end().origin()).isEqualTo(WEB);
    assertThat(previous.end().sentAt()).isEqualTo(NOW);
  }

  @Test
  void theEventsSayTheRunningTimerStoppedAndThenTheNewOneStarted() {
    var transition =
        legal(
            TaskTimers.start(
                startNow(timerId(2)), Option.some(running), SecondTimerPolicy.STOP_RUNNING, NOW));

    assertThat(transition.events())
        .containsExactly(
            new TimerEvent.TimerStopped(transition.stoppedPrevious().get()),
            new TimerEvent.TimerStarted(transition.state()));
  }

  @Test
  void theSecondTimerIsRefusedWhenThePolicySaysSo() {
    TimerError error =
        refused(
            TaskTimers.start(
                startNow(timerId(2)), Option.some(running), SecondTimerPolicy.REFUSE, NOW));

    assertThat(error).isEqualTo(new TimerError.TimerAlreadyRunning(timerId(1)));
    assertThat(error.describe()).contains(timerId(1).toString());
  }

  @Test
  void withoutARunningTimerTheRefusingPolicyStartsTheTimer() {
    var transition =
        legal(TaskTimers.start(startNow(timerId(2)), Option.none(), SecondTimerPolicy.REFUSE, NOW));

    assertThat(transition.state().id()).isEqualTo(timerId(2));
    assertThat(transition.stoppedPrevious()).isEmpty();
  }

  @Test
  void aStartBeforeTheRunningTimerBeganIsRefusedRatherThanEndingItBeforeItsStart() {
    var beforeIt = AN_HOUR_AGO.minusSeconds(1);

    TimerError error =
        refused(
            TaskTimers.start(
                startAt(timerId(2), beforeIt),
                Option.some(running),
                SecondTimerPolicy.STOP_RUNNING,
                NOW));

    assertThat(error)
        .isEqualTo(new TimerError.StartBeforeRunningTimer(timerId(1), AN_HOUR_AGO, beforeIt));
    assertThat(error.describe())
        .contains(timerId(1).toString())
        .contains(AN_HOUR_AGO.toString())
        .contains(beforeIt.toString());
  }

  @Test
  void aStartAtTheRunningTimersOwnStartLeavesItWithZeroDuration() {
    var transition =
        legal(
            TaskTimers.start(
                startAt(timerId(2), AN_HOUR_AGO),
                Option.some(running),
                SecondTimerPolicy.STOP_RUNNING,
                NOW));

    assertThat(transition.stoppedPrevious().get().duration()).isZero();
  }

  @Test
  void aStartInTheFutureIsRefusedBeforeThePolicyIsConsulted() {
    var later = NOW.plusSeconds(30);

    for (SecondTimerPolicy policy : SecondTimerPolicy.values()) {
      assertThat(
              refused(
                  TaskTimers.start(startAt(timerId(2), later), Option.some(running), policy, NOW)))
          .isEqualTo(new TimerError.StartInFuture(later, NOW));
    }
  }
}
