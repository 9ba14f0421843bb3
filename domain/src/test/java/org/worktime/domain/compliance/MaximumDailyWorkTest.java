package org.worktime.domain.compliance;

import static java.time.Duration.ofHours;
import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.domain.compliance.Days.day;

import io.vavr.collection.List;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.worktime.domain.compliance.Violation.DayTooLong;

/** ArbZG §3: at most 10 h of net work a day. */
class MaximumDailyWorkTest {

  private final MaximumDailyWork rule = MaximumDailyWork.arbZG();

  @Test
  void tenHoursOfNetWorkAreAllowed() {
    assertThat(rule.inspect(List.of(day("2024-03-04", "07:00", "17:45", "12:00-12:45")))).isEmpty();
  }

  @Test
  void tenHoursAndOneMinuteAreTooLong() {
    assertThat(rule.inspect(List.of(day("2024-03-04", "07:00", "17:46", "12:00-12:45"))))
        .containsExactly(
            new DayTooLong(
                "ArbZG §3 daily maximum",
                LocalDate.parse("2024-03-04"),
                ofHours(10).plusMinutes(1),
                ofHours(10)));
  }

  @Test
  void shortBreaksAlsoShortenTheWorkingTime() {
    // Net time subtracts every recorded break; only the §4 requirement ignores short ones.
    assertThat(rule.inspect(List.of(day("2024-03-04", "07:00", "17:10", "12:00-12:10")))).isEmpty();
  }

  @Test
  void aNightShiftAcrossTheAutumnChangeIsMeasuredInRealHours() {
    // 20:00 to 06:00 on the wall is 11 real hours in the night the clocks go back.
    assertThat(rule.inspect(List.of(day("2024-10-26", "20:00", "06:00", "00:00-00:45"))))
        .containsExactly(
            new DayTooLong(
                rule.name(),
                LocalDate.parse("2024-10-26"),
                ofHours(10).plusMinutes(15),
                ofHours(10)));
  }

  @Test
  void theMaximumIsConfigurable() {
    MaximumDailyWork eightHours = new MaximumDailyWork("collective agreement", ofHours(8));

    assertThat(eightHours.inspect(List.of(day("2024-03-04", "08:00", "16:31", "12:00-12:30"))))
        .singleElement()
        .extracting(Violation::rule, v -> ((DayTooLong) v).netWorked())
        .containsExactly("collective agreement", ofHours(8).plusMinutes(1));
  }
}
