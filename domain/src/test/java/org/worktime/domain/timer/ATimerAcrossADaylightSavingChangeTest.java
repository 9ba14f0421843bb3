package org.worktime.domain.timer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.domain.timer.TimerFixtures.BERLIN;
import static org.worktime.domain.timer.TimerFixtures.legal;
import static org.worktime.domain.timer.TimerFixtures.punchAt;
import static org.worktime.domain.timer.TimerFixtures.runningSince;
import static org.worktime.domain.timer.TimerFixtures.timerId;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class ATimerAcrossADaylightSavingChangeTest {

  @Test
  void aTimerAcrossTheBerlinSpringForwardLastsTheRealElapsedSeconds() {
    // 2024-03-31 in Berlin: 02:00 CET jumps to 03:00 CEST. From 01:30 to 03:30 on the wall is
    // two hours, but only one hour passes.
    var start = ZonedDateTime.of(LocalDateTime.of(2024, 3, 31, 1, 30), BERLIN).toInstant();
    var end = ZonedDateTime.of(LocalDateTime.of(2024, 3, 31, 3, 30), BERLIN).toInstant();

    StoppedTimer stopped = legal(runningSince(timerId(1), start).stop(punchAt(end))).state();

    assertThat(stopped.duration()).isEqualTo(Duration.ofHours(1));
    assertThat(stopped.totalMinutes()).isEqualTo("60.0");
    assertThat(runningSince(timerId(1), start).elapsed(end)).isEqualTo(Duration.ofSeconds(3_600));
  }

  @Test
  void aTimerAcrossTheBerlinFallBackLastsTheRealElapsedSeconds() {
    // 2024-10-27 in Berlin: 03:00 CEST falls back to 02:00 CET. From 01:30 to 03:30 on the wall
    // is two hours, but three pass.
    var start = ZonedDateTime.of(LocalDateTime.of(2024, 10, 27, 1, 30), BERLIN).toInstant();
    var end = ZonedDateTime.of(LocalDateTime.of(2024, 10, 27, 3, 30), BERLIN).toInstant();

    StoppedTimer stopped = legal(runningSince(timerId(1), start).stop(punchAt(end))).state();

    assertThat(stopped.duration()).isEqualTo(Duration.ofHours(3));
    assertThat(stopped.start().local().getHour()).isEqualTo(1);
    assertThat(stopped.end().local().getHour()).isEqualTo(3);
  }
}
