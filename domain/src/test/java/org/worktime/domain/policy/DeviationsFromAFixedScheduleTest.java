package org.worktime.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.domain.policy.Policies.inBerlin;
import static org.worktime.domain.policy.Policies.mondayToFriday;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.worktime.domain.time.Punch;

class DeviationsFromAFixedScheduleTest {

  private static final Option<LocalTime> QUARTER_PAST_NINE = Option.some(LocalTime.of(9, 15));
  private static final Option<LocalTime> FIVE_PM = Option.some(LocalTime.of(17, 0));
  private static final Option<Duration> EIGHT_HOURS = Option.some(Duration.ofHours(8));

  private static final SchedulePolicy STRICT =
      new SchedulePolicy(
          mondayToFriday("09:00", "17:30"),
          QUARTER_PAST_NINE,
          FIVE_PM,
          EIGHT_HOURS,
          SchedulePolicy.DEFAULT_ALLOWED_DELTA,
          false);

  private static final SchedulePolicy FLEXIBLE_WITH_THE_SAME_LIMITS =
      new SchedulePolicy(
          new Schedule.FlexibleHours(1),
          QUARTER_PAST_NINE,
          FIVE_PM,
          EIGHT_HOURS,
          SchedulePolicy.DEFAULT_ALLOWED_DELTA,
          true);

  private static final Punch MONDAY_AT_NINE = inBerlin("2026-06-15T09:00");

  private static Instant berlin(String localDateTime) {
    return inBerlin(localDateTime).at();
  }

  @Test
  void startingAtTheLatestAllowedStartIsOnTime() {
    assertThat(STRICT.deviationsOfStart(inBerlin("2026-06-15T09:15"))).isEmpty();
  }

  @Test
  void startingOneSecondLaterIsALateStart() {
    assertThat(STRICT.deviationsOfStart(inBerlin("2026-06-15T09:15:01")))
        .containsExactly(new Deviation.LateStart(LocalTime.of(9, 15, 1), LocalTime.of(9, 15)));
  }

  @Test
  void theStartIsJudgedByTheWallClockOfItsOwnZone() {
    // 07:30Z is 09:30 in Berlin in summer.
    Punch start = inBerlin("2026-06-15T09:30");

    assertThat(STRICT.deviationsOfStart(start))
        .containsExactly(new Deviation.LateStart(LocalTime.of(9, 30), LocalTime.of(9, 15)));
  }

  @Test
  void finishingBeforeTheEarliestFinishOnTheSameDayIsAnEarlyFinish() {
    assertThat(
            STRICT.deviationsOfClose(
                MONDAY_AT_NINE, berlin("2026-06-15T16:59"), Duration.ofHours(8)))
        .containsExactly(new Deviation.EarlyFinish(LocalTime.of(16, 59), LocalTime.of(17, 0)));
  }

  @Test
  void finishingAtTheEarliestFinishIsFine() {
    assertThat(
            STRICT.deviationsOfClose(
                MONDAY_AT_NINE, berlin("2026-06-15T17:00"), Duration.ofHours(8)))
        .isEmpty();
  }

  @Test
  void finishingAfterMidnightIsNotEarly() {
    assertThat(
            STRICT.deviationsOfClose(
                MONDAY_AT_NINE, berlin("2026-06-16T01:00"), Duration.ofHours(16)))
        .isEmpty();
  }

  @Test
  void workingLessThanTheMinimumIsAShortDay() {
    Duration worked = Duration.ofHours(8).minusSeconds(1);

    assertThat(STRICT.deviationsOfClose(MONDAY_AT_NINE, berlin("2026-06-15T18:00"), worked))
        .containsExactly(new Deviation.ShortDay(worked, Duration.ofHours(8)));
  }

  @Test
  void workingExactlyTheMinimumIsFine() {
    assertThat(
            STRICT.deviationsOfClose(
                MONDAY_AT_NINE, berlin("2026-06-15T18:00"), Duration.ofHours(8)))
        .isEmpty();
  }

  @Test
  void anEarlyAndShortDayDeviatesTwice() {
    assertThat(
            STRICT.deviationsOfClose(
                MONDAY_AT_NINE, berlin("2026-06-15T15:00"), Duration.ofHours(6)))
        .containsExactly(
            new Deviation.EarlyFinish(LocalTime.of(15, 0), LocalTime.of(17, 0)),
            new Deviation.ShortDay(Duration.ofHours(6), Duration.ofHours(8)));
  }

  @Test
  void aPolicyWithoutLimitsSeesNoDeviations() {
    SchedulePolicy noLimits = Policies.fixed(mondayToFriday("09:00", "17:00"));

    assertThat(noLimits.deviationsOfStart(inBerlin("2026-06-15T23:00"))).isEmpty();
    assertThat(
            noLimits.deviationsOfClose(
                MONDAY_AT_NINE, berlin("2026-06-15T09:01"), Duration.ofMinutes(1)))
        .isEmpty();
  }

  @Test
  void flexibleHoursNeverDeviateEvenWithLimitsSet() {
    assertThat(FLEXIBLE_WITH_THE_SAME_LIMITS.deviationsOfStart(inBerlin("2026-06-15T11:00")))
        .isEmpty();
    assertThat(
            FLEXIBLE_WITH_THE_SAME_LIMITS.deviationsOfClose(
                MONDAY_AT_NINE, berlin("2026-06-15T10:00"), Duration.ofHours(1)))
        .isEmpty();
  }

  @Test
  void aFixedScheduleNeedsAReportForAManualTime() {
    assertThat(STRICT.reportRequired(true, List.empty())).isTrue();
  }

  @Test
  void aFixedScheduleNeedsAReportForADeviation() {
    assertThat(
            STRICT.reportRequired(
                false, List.of(new Deviation.LateStart(LocalTime.of(10, 0), LocalTime.of(9, 15)))))
        .isTrue();
  }

  @Test
  void aFixedScheduleNeedsNoReportForALiveOnTimeDay() {
    assertThat(STRICT.reportRequired(false, List.empty())).isFalse();
  }

  @Test
  void flexibleHoursNeverNeedAReport() {
    assertThat(
            FLEXIBLE_WITH_THE_SAME_LIMITS.reportRequired(
                true, List.of(new Deviation.ShortDay(Duration.ofHours(1), Duration.ofHours(8)))))
        .isFalse();
    assertThat(SchedulePolicy.flexible().reportRequired(true, List.empty())).isFalse();
  }
}
