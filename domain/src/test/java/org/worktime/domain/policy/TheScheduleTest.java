package org.worktime.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.worktime.domain.policy.Policies.BERLIN;
import static org.worktime.domain.policy.Policies.mondayToFriday;
import static org.worktime.domain.policy.Policies.shift;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TheScheduleTest {

  @Test
  void theDefaultPolicyIsFlexibleWithTheClassicOneDayExpiry() {
    SchedulePolicy policy = SchedulePolicy.flexible();

    assertThat(policy.hoursAreFlexible()).isTrue();
    assertThat(policy.schedule()).isEqualTo(new Schedule.FlexibleHours(1));
    assertThat(policy.shiftOn(LocalDate.parse("2026-06-15"))).isEmpty();
  }

  @Test
  void aFixedScheduleHasAShiftOnWorkingDaysOnly() {
    SchedulePolicy policy = Policies.fixed(mondayToFriday("09:00", "17:00"));

    assertThat(policy.hoursAreFlexible()).isFalse();
    assertThat(policy.shiftOn(LocalDate.parse("2026-06-15"))).contains(shift("09:00", "17:00"));
    assertThat(policy.shiftOn(LocalDate.parse("2026-06-20"))).isEmpty();
  }

  @Test
  void aDayCannotExpireBeforeItHasLastedADay() {
    assertThatThrownBy(() -> new Schedule.FlexibleHours(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFixedScheduleNeedsAWorkingDay() {
    assertThatThrownBy(() -> new Schedule.FixedShifts(Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPlannedBreakCannotBeNegative() {
    assertThatThrownBy(() -> new Shift(LocalTime.NOON, LocalTime.MIDNIGHT, Duration.ofMinutes(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aShiftEndingNotAfterItsStartCrossesMidnight() {
    assertThat(shift("22:00", "06:00").crossesMidnight()).isTrue();
    assertThat(shift("00:00", "00:00").crossesMidnight()).isTrue();
    assertThat(shift("09:00", "17:00").crossesMidnight()).isFalse();
  }

  @Test
  void aNightShiftEndsOnTheNextDate() {
    assertThat(shift("22:00", "06:00").endOn(LocalDate.parse("2026-06-15"), BERLIN))
        .isEqualTo(ZonedDateTime.parse("2026-06-16T06:00+02:00[Europe/Berlin]"));
  }

  @Test
  void aShiftStartingInTheSpringGapStartsWhenTheClocksResume() {
    assertThat(shift("02:30", "10:30").startOn(LocalDate.parse("2026-03-29"), BERLIN))
        .isEqualTo(ZonedDateTime.parse("2026-03-29T03:30+02:00[Europe/Berlin]"));
  }

  @Test
  void theShiftsAreCopiedSoTheCallerCannotChangeThem() {
    java.util.EnumMap<DayOfWeek, Shift> shifts = new java.util.EnumMap<>(DayOfWeek.class);
    shifts.put(DayOfWeek.MONDAY, shift("09:00", "17:00"));
    Schedule.FixedShifts fixed = new Schedule.FixedShifts(shifts);

    shifts.put(DayOfWeek.TUESDAY, shift("09:00", "17:00"));

    assertThat(fixed.on(DayOfWeek.TUESDAY)).isEmpty();
  }
}
