package org.worktime.domain.timer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimerMinutesTest {

  @Test
  void oneHundredAndTwoSecondsShowAsTheBaseExample() {
    assertThat(TimerMinutes.oneDecimal(Duration.ofSeconds(102))).isEqualTo("1.7");
  }

  @Test
  void aTimerOfNoTimeShowsZeroWithOneDecimal() {
    assertThat(TimerMinutes.oneDecimal(Duration.ZERO)).isEqualTo("0.0");
    assertThat(TimerMinutes.oneDecimal(Duration.ofMinutes(2))).isEqualTo("2.0");
  }

  @Test
  void anExactHalfTenthRoundsUp() {
    // 3 s = 0.05 min and 93 s = 1.55 min: HALF_EVEN would show 0.0 and 1.6; HALF_UP shows 0.1.
    assertThat(TimerMinutes.oneDecimal(Duration.ofSeconds(3))).isEqualTo("0.1");
    assertThat(TimerMinutes.oneDecimal(Duration.ofSeconds(93))).isEqualTo("1.6");
    assertThat(TimerMinutes.oneDecimal(Duration.ofSeconds(2))).isEqualTo("0.0");
  }

  @Test
  void aFractionOfASecondIsDroppedBeforeRounding() {
    assertThat(TimerMinutes.oneDecimal(Duration.ofSeconds(2).plusMillis(999))).isEqualTo("0.0");
  }

  @Test
  void aTimerLongerThanADayKeepsCounting() {
    assertThat(TimerMinutes.oneDecimal(Duration.ofHours(25).plusSeconds(6))).isEqualTo("1500.1");
  }

  @Test
  void aNegativeDurationIsABug() {
    assertThatThrownBy(() -> TimerMinutes.oneDecimal(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
