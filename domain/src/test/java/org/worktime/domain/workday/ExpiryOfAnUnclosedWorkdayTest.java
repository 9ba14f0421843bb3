package org.worktime.domain.workday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.domain.workday.WorkdayFixtures.FRIDAY;
import static org.worktime.domain.workday.WorkdayFixtures.MONDAY;
import static org.worktime.domain.workday.WorkdayFixtures.NEXT_SUNDAY;
import static org.worktime.domain.workday.WorkdayFixtures.SATURDAY;
import static org.worktime.domain.workday.WorkdayFixtures.TUESDAY;
import static org.worktime.domain.workday.WorkdayFixtures.WEDNESDAY;
import static org.worktime.domain.workday.WorkdayFixtures.at;
import static org.worktime.domain.workday.WorkdayFixtures.closed;
import static org.worktime.domain.workday.WorkdayFixtures.flexible;
import static org.worktime.domain.workday.WorkdayFixtures.flexibleExpiringAfterDays;
import static org.worktime.domain.workday.WorkdayFixtures.live;
import static org.worktime.domain.workday.WorkdayFixtures.nightShifts;
import static org.worktime.domain.workday.WorkdayFixtures.nineToFive;
import static org.worktime.domain.workday.WorkdayFixtures.openedAt;
import static org.worktime.domain.workday.WorkdayFixtures.pausedAt;

import io.vavr.control.Option;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.worktime.domain.policy.Schedule;
import org.worktime.domain.policy.SchedulePolicy;
import org.worktime.domain.policy.Shift;

class ExpiryOfAnUnclosedWorkdayTest {

  private static final Instant EIGHT = at(MONDAY, "08:00");

  @Test
  void onFlexibleHoursADayExpiresAtTheFirstLocalMidnight() {
    OpenedWorkday day = openedAt(EIGHT);

    assertThat(flexible().expiresAt(day.start())).isEqualTo(at(TUESDAY, "00:00"));
    assertThat(day.statusAt(at(TUESDAY, "00:00").minusSeconds(1), flexible()))
        .isEqualTo(WorkdayStatus.OPENED);
    assertThat(day.statusAt(at(TUESDAY, "00:00"), flexible())).isEqualTo(WorkdayStatus.EXPIRED);
  }

  @Test
  void onFlexibleHoursWithTwoDaysADayExpiresAtTheSecondLocalMidnight() {
    OpenedWorkday day = openedAt(EIGHT);
    SchedulePolicy twoDays = flexibleExpiringAfterDays(2);

    assertThat(twoDays.expiresAt(day.start())).isEqualTo(at(WEDNESDAY, "00:00"));
    assertThat(day.statusAt(at(TUESDAY, "12:00"), twoDays)).isEqualTo(WorkdayStatus.OPENED);
    assertThat(day.statusAt(at(WEDNESDAY, "00:00"), twoDays)).isEqualTo(WorkdayStatus.EXPIRED);
  }

  @Test
  void aNightShiftOnFlexibleHoursExpiresAtTheFirstMidnightToo() {
    assertThat(flexible().expiresAt(live(at(MONDAY, "22:00")))).isEqualTo(at(TUESDAY, "00:00"));
  }

  @Test
  void onFixedShiftsADayExpiresHalfWayToTheNextShift() {
    // Monday 17:00 to Tuesday 09:00 is 16 hours; half-way is Tuesday 01:00.
    OpenedWorkday day = openedAt(at(MONDAY, "09:00"));

    assertThat(nineToFive().expiresAt(day.start())).isEqualTo(at(TUESDAY, "01:00"));
    assertThat(day.statusAt(at(TUESDAY, "00:59"), nineToFive())).isEqualTo(WorkdayStatus.OPENED);
    assertThat(day.statusAt(at(TUESDAY, "01:00"), nineToFive())).isEqualTo(WorkdayStatus.EXPIRED);
  }

  @Test
  void onFixedShiftsAFridayExpiresHalfWayToMonday() {
    // Friday 17:00 to Monday 09:00 is 64 hours; half-way is Sunday 01:00.
    assertThat(nineToFive().expiresAt(live(at(FRIDAY, "09:00"))))
        .isEqualTo(at(NEXT_SUNDAY, "01:00"));
  }

  @Test
  void aNightShiftExpiresHalfWayToTheNextNightShift() {
    // Tuesday 06:00 to Tuesday 22:00 is 16 hours; half-way is Tuesday 14:00.
    assertThat(nightShifts().expiresAt(live(at(MONDAY, "22:00")))).isEqualTo(at(TUESDAY, "14:00"));
  }

  @Test
  void aFridayNightShiftExpiresHalfWayToMondayNight() {
    // Saturday 06:00 to Monday 22:00 is 64 hours; half-way is Sunday 14:00.
    assertThat(nightShifts().expiresAt(live(at(FRIDAY, "22:00"))))
        .isEqualTo(at(NEXT_SUNDAY, "14:00"));
  }

  @Test
  void aDayStartedOnADayOffExpiresByTheFlexibleRule() {
    assertThat(nineToFive().expiresAt(live(at(SATURDAY, "10:00"))))
        .isEqualTo(at(NEXT_SUNDAY, "00:00"));
  }

  @Test
  void aDayStartedAfterItsShiftsHalfWayPointExpiresAtTheNextMidnight() {
    // Shifts 00:00-08:00 every day: half-way to the next one is 16:00.
    Map<DayOfWeek, Shift> shifts = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      shifts.put(day, new Shift(LocalTime.MIDNIGHT, LocalTime.of(8, 0), Duration.ZERO));
    }
    SchedulePolicy earlyShifts =
        new SchedulePolicy(
            new Schedule.FixedShifts(shifts),
            Option.none(),
            Option.none(),
            Option.none(),
            Duration.ofMinutes(15),
            true);

    assertThat(earlyShifts.expiresAt(live(at(MONDAY, "06:00")))).isEqualTo(at(MONDAY, "16:00"));
    assertThat(earlyShifts.expiresAt(live(at(MONDAY, "17:00")))).isEqualTo(at(TUESDAY, "00:00"));
  }

  @Test
  void expiredTakesPriorityOverOpened() {
    assertThat(openedAt(EIGHT).statusAt(at(TUESDAY, "08:00"), flexible()))
        .isEqualTo(WorkdayStatus.EXPIRED);
  }

  @Test
  void expiredTakesPriorityOverPaused() {
    PausedWorkday day = pausedAt(EIGHT, at(MONDAY, "12:00"));

    assertThat(day.statusAt(at(MONDAY, "23:00"), flexible())).isEqualTo(WorkdayStatus.PAUSED);
    assertThat(day.statusAt(at(TUESDAY, "08:00"), flexible())).isEqualTo(WorkdayStatus.EXPIRED);
  }

  @Test
  void aClosedDayNeverExpires() {
    ClosedWorkday day = closed(EIGHT, at(MONDAY, "17:00"));

    assertThat(day.statusAt(at(MONDAY, "17:00").plus(Duration.ofDays(365)), flexible()))
        .isEqualTo(WorkdayStatus.CLOSED);
  }

  @Test
  void theSuggestedCloseOnFixedShiftsIsTheShiftEnd() {
    assertThat(nineToFive().suggestedClose(live(at(MONDAY, "09:20"))))
        .isEqualTo(at(MONDAY, "17:00"));
    assertThat(nightShifts().suggestedClose(live(at(MONDAY, "22:00"))))
        .isEqualTo(at(TUESDAY, "06:00"));
  }

  @Test
  void theSuggestedCloseWithoutAShiftIsNineHoursAfterTheStart() {
    assertThat(flexible().suggestedClose(live(EIGHT))).isEqualTo(at(MONDAY, "17:00"));
    assertThat(nineToFive().suggestedClose(live(at(SATURDAY, "10:00"))))
        .isEqualTo(at(SATURDAY, "19:00"));
  }

  @Test
  void theSuggestedCloseOfADayStartedAfterItsShiftIsNineHoursAfterTheStart() {
    assertThat(nineToFive().suggestedClose(live(at(MONDAY, "18:00"))))
        .isEqualTo(at(TUESDAY, "03:00"));
  }
}
