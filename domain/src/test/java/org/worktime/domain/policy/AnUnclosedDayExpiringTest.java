package org.worktime.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.domain.policy.Policies.BERLIN;
import static org.worktime.domain.policy.Policies.at;
import static org.worktime.domain.policy.Policies.everyDay;
import static org.worktime.domain.policy.Policies.fixed;
import static org.worktime.domain.policy.Policies.flexibleExpiringAfterDays;
import static org.worktime.domain.policy.Policies.inBerlin;
import static org.worktime.domain.policy.Policies.mondayToFriday;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.worktime.domain.time.Punch;

class AnUnclosedDayExpiringTest {

  private static ZonedDateTime onBerlinClocks(Instant instant) {
    return instant.atZone(BERLIN);
  }

  @Test
  void onFlexibleHoursADayExpiresAtTheNextLocalMidnight() {
    Instant expiry = SchedulePolicy.flexible().expiresAt(inBerlin("2026-06-15T09:00"));

    assertThat(onBerlinClocks(expiry))
        .isEqualTo(ZonedDateTime.parse("2026-06-16T00:00+02:00[Europe/Berlin]"));
  }

  @Test
  void aDayStartedAMinuteBeforeMidnightStillExpiresAtThatMidnight() {
    Instant expiry = SchedulePolicy.flexible().expiresAt(inBerlin("2026-06-15T23:59"));

    assertThat(expiry).isEqualTo(Instant.parse("2026-06-15T22:00:00Z"));
  }

  @Test
  void aDayStartedAtMidnightLastsTheWholeDay() {
    Instant expiry = SchedulePolicy.flexible().expiresAt(inBerlin("2026-06-15T00:00"));

    assertThat(expiry).isEqualTo(Instant.parse("2026-06-15T22:00:00Z"));
  }

  @Test
  void theVendorsNewerRuleWaitsUntilTheMidnightTwoDaysLater() {
    Instant expiry = flexibleExpiringAfterDays(2).expiresAt(inBerlin("2026-06-15T09:00"));

    assertThat(onBerlinClocks(expiry))
        .isEqualTo(ZonedDateTime.parse("2026-06-17T00:00+02:00[Europe/Berlin]"));
  }

  @Test
  void nDaysAreCountedInLocalDatesAcrossADstChange() {
    Instant expiry = flexibleExpiringAfterDays(3).expiresAt(inBerlin("2026-03-27T09:00"));

    assertThat(onBerlinClocks(expiry))
        .isEqualTo(ZonedDateTime.parse("2026-03-30T00:00+02:00[Europe/Berlin]"));
  }

  @Test
  void whenTheClocksSkipMidnightTheDayExpiresAtTheFirstInstantOfTheNextDay() {
    // Brazil's last DST started at 00:00 on 2018-11-04: the clocks went from 23:59:59 to 01:00.
    ZoneId saoPaulo = ZoneId.of("America/Sao_Paulo");

    Instant expiry = SchedulePolicy.flexible().expiresAt(at("2018-11-03T10:00", saoPaulo));

    assertThat(expiry.atZone(saoPaulo))
        .isEqualTo(ZonedDateTime.parse("2018-11-04T01:00-02:00[America/Sao_Paulo]"));
    assertThat(expiry).isEqualTo(Instant.parse("2018-11-04T03:00:00Z"));
  }

  @Test
  void whenTheClocksSkipMidnightInHavanaTheDayExpiresWhenTheNextDayBegins() {
    ZoneId havana = ZoneId.of("America/Havana");
    Punch start = at("2026-03-07T18:00", havana);

    Instant expiry = SchedulePolicy.flexible().expiresAt(start);

    // Cuba moves its clocks from 00:00 to 01:00 on the second Sunday of March.
    assertThat(expiry.atZone(havana))
        .isEqualTo(ZonedDateTime.parse("2026-03-08T01:00-04:00[America/Havana]"));
    assertThat(expiry).isAfter(start.at());
  }

  @Test
  void onAFixedScheduleADayExpiresHalfWayToTheNextShift() {
    SchedulePolicy policy = fixed(mondayToFriday("09:00", "17:00"));

    Instant expiry = policy.expiresAt(inBerlin("2026-06-15T08:55"));

    // 17:00 Monday to 09:00 Tuesday is 16 hours; half of it ends at 01:00 on Tuesday.
    assertThat(onBerlinClocks(expiry))
        .isEqualTo(ZonedDateTime.parse("2026-06-16T01:00+02:00[Europe/Berlin]"));
  }

  @Test
  void onFridayTheNextShiftIsOnMondaySoTheDayLastsIntoTheWeekend() {
    SchedulePolicy policy = fixed(mondayToFriday("09:00", "17:00"));

    Instant expiry = policy.expiresAt(inBerlin("2026-06-19T09:00"));

    // 17:00 Friday to 09:00 Monday is 64 hours; half of it ends at 01:00 on Sunday.
    assertThat(onBerlinClocks(expiry))
        .isEqualTo(ZonedDateTime.parse("2026-06-21T01:00+02:00[Europe/Berlin]"));
  }

  @Test
  void halfTheGapIsRealTimeWhenTheClocksChangeInBetween() {
    SchedulePolicy policy = fixed(mondayToFriday("09:00", "17:00"));

    Instant expiry = policy.expiresAt(inBerlin("2026-03-27T09:00"));

    // 16:00Z Friday to 07:00Z Monday is 63 real hours (the wall says 64); half is 31.5 hours.
    assertThat(expiry).isEqualTo(Instant.parse("2026-03-28T23:30:00Z"));
  }

  @Test
  void aNightShiftExpiresHalfWayFromItsMorningEndToTheNextNight() {
    SchedulePolicy policy = fixed(mondayToFriday("22:00", "06:00"));

    Instant expiry = policy.expiresAt(inBerlin("2026-06-15T22:00"));

    // 06:00 Tuesday to 22:00 Tuesday is 16 hours; half of it ends at 14:00 on Tuesday.
    assertThat(onBerlinClocks(expiry))
        .isEqualTo(ZonedDateTime.parse("2026-06-16T14:00+02:00[Europe/Berlin]"));
  }

  @Test
  void aDayOpenedOnADayOffFallsBackToTheOneDayFlexibleRule() {
    SchedulePolicy policy = fixed(mondayToFriday("09:00", "17:00"));

    Instant expiry = policy.expiresAt(inBerlin("2026-06-20T10:00"));

    assertThat(onBerlinClocks(expiry))
        .isEqualTo(ZonedDateTime.parse("2026-06-21T00:00+02:00[Europe/Berlin]"));
  }

  @Test
  void aDayOpenedAfterTheHalfWayPointFallsBackToTheNextMidnight() {
    SchedulePolicy policy = fixed(everyDay("08:00", "12:00"));

    // 12:00 to 08:00 next day: half-way is 22:00, already past when the day opens at 23:00.
    Instant expiry = policy.expiresAt(inBerlin("2026-06-15T23:00"));

    assertThat(onBerlinClocks(expiry))
        .isEqualTo(ZonedDateTime.parse("2026-06-16T00:00+02:00[Europe/Berlin]"));
  }

  @Test
  void aDayOpenedExactlyAtTheHalfWayPointFallsBackToo() {
    SchedulePolicy policy = fixed(everyDay("08:00", "12:00"));
    Punch start = inBerlin("2026-06-15T22:00");

    Instant expiry = policy.expiresAt(start);

    assertThat(expiry).isAfter(start.at());
    assertThat(onBerlinClocks(expiry))
        .isEqualTo(ZonedDateTime.parse("2026-06-16T00:00+02:00[Europe/Berlin]"));
  }

  @Test
  void withASingleWorkingWeekdayTheNextShiftIsAWeekLater() {
    SchedulePolicy policy =
        fixed(
            new Schedule.FixedShifts(
                java.util.Map.of(java.time.DayOfWeek.MONDAY, Policies.shift("09:00", "17:00"))));

    Instant expiry = policy.expiresAt(inBerlin("2026-06-15T09:00"));

    // 17:00 Monday to 09:00 next Monday is 160 hours; half is 80 hours: 01:00 on Friday.
    assertThat(onBerlinClocks(expiry))
        .isEqualTo(ZonedDateTime.parse("2026-06-19T01:00+02:00[Europe/Berlin]"));
  }

  @Test
  void whenTheClocksGoBackAcrossMidnightADayStartedInTheRepeatedHourExpiresAtTheSecondMidnight() {
    // St. John's set its clocks back at 00:01 until 2010: 2006-10-29 00:01 became 2006-10-28 23:01,
    // so a day started at the second 23:30 saw the first 00:00 of the 29th half an hour earlier.
    ZoneId stJohns = ZoneId.of("America/St_Johns");
    Punch start =
        Punch.live(
            ZonedDateTime.parse("2006-10-28T23:30-03:30[America/St_Johns]").toInstant(),
            stJohns,
            org.worktime.domain.place.Origin.of(org.worktime.domain.place.SourceType.WEB));

    Instant expiry = SchedulePolicy.flexible().expiresAt(start);

    assertThat(expiry).isAfter(start.at());
    assertThat(expiry.atZone(stJohns))
        .isEqualTo(ZonedDateTime.parse("2006-10-29T00:00-03:30[America/St_Johns]"));
  }
}
