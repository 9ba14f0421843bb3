package org.worktime.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.domain.policy.Policies.BERLIN;
import static org.worktime.domain.policy.Policies.fixed;
import static org.worktime.domain.policy.Policies.inBerlin;
import static org.worktime.domain.policy.Policies.mondayToFriday;

import java.time.Duration;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.worktime.domain.time.Punch;

class TheSuggestedCloseTimeTest {

  private static final SchedulePolicy NINE_TO_FIVE = fixed(mondayToFriday("09:00", "17:00"));

  @Test
  void onFlexibleHoursItIsNineHoursAfterTheStart() {
    Punch start = inBerlin("2026-06-15T08:30");

    assertThat(SchedulePolicy.flexible().suggestedClose(start))
        .isEqualTo(start.at().plus(Duration.ofHours(9)));
  }

  @Test
  void nineHoursAreRealHoursEvenAcrossTheSpringGap() {
    Punch start = inBerlin("2026-03-28T20:00");

    assertThat(SchedulePolicy.flexible().suggestedClose(start).atZone(BERLIN))
        .isEqualTo(ZonedDateTime.parse("2026-03-29T06:00+02:00[Europe/Berlin]"));
  }

  @Test
  void onAFixedScheduleItIsTheShiftsEnd() {
    assertThat(NINE_TO_FIVE.suggestedClose(inBerlin("2026-06-15T09:10")).atZone(BERLIN))
        .isEqualTo(ZonedDateTime.parse("2026-06-15T17:00+02:00[Europe/Berlin]"));
  }

  @Test
  void aNightShiftEndsTheNextMorning() {
    SchedulePolicy nights = fixed(mondayToFriday("22:00", "06:00"));

    assertThat(nights.suggestedClose(inBerlin("2026-06-15T21:55")).atZone(BERLIN))
        .isEqualTo(ZonedDateTime.parse("2026-06-16T06:00+02:00[Europe/Berlin]"));
  }

  @Test
  void whenTheShiftEndedBeforeTheStartItIsNineHoursAfterTheStart() {
    Punch lateStart = inBerlin("2026-06-15T18:00");

    assertThat(NINE_TO_FIVE.suggestedClose(lateStart))
        .isEqualTo(lateStart.at().plus(Duration.ofHours(9)));
  }

  @Test
  void whenTheDayStartsExactlyAtTheShiftsEndItIsNineHoursAfterTheStart() {
    Punch start = inBerlin("2026-06-15T17:00");

    assertThat(NINE_TO_FIVE.suggestedClose(start)).isEqualTo(start.at().plus(Duration.ofHours(9)));
  }

  @Test
  void onADayOffItIsNineHoursAfterTheStart() {
    Punch saturday = inBerlin("2026-06-20T10:00");

    assertThat(NINE_TO_FIVE.suggestedClose(saturday))
        .isEqualTo(saturday.at().plus(Duration.ofHours(9)));
  }
}
