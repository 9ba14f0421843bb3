package org.worktime.domain.compliance;

import static java.time.Duration.ofHours;
import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.domain.compliance.Days.day;

import io.vavr.collection.List;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.worktime.domain.compliance.Violation.DailyOvertime;
import org.worktime.domain.compliance.Violation.WeeklyOvertime;

/** Contractual overtime thresholds: 8 h a day, 40 h an ISO week. */
class OvertimeTest {

  private final DailyOvertimeThreshold daily = new DailyOvertimeThreshold(ofHours(8));
  private final WeeklyOvertimeThreshold weekly = new WeeklyOvertimeThreshold(ofHours(40));

  @Test
  void eightHoursExactlyAreNoOvertime() {
    assertThat(daily.inspect(List.of(day("2024-03-04", "08:00", "16:30", "12:00-12:30"))))
        .isEmpty();
  }

  @Test
  void workBeyondTheDailyThresholdIsReportedWithItsAmount() {
    assertThat(daily.inspect(List.of(day("2024-03-04", "08:00", "18:15", "12:00-12:30"))))
        .containsExactly(
            new DailyOvertime(
                "daily overtime",
                LocalDate.parse("2024-03-04"),
                ofHours(9).plusMinutes(45),
                ofHours(8),
                ofHours(1).plusMinutes(45)));
  }

  @Test
  void anEightRealHourNightAcrossTheAutumnChangeIsNoOvertime() {
    // 22:00 to 05:00 on the wall, 8 real hours: not 7 (no deficit) and not 9 (no overtime).
    WorkedDay night = day("2024-10-26", "22:00", "05:00");

    assertThat(daily.inspect(List.of(night))).isEmpty();
    assertThat(new DailyOvertimeThreshold(ofHours(7)).inspect(List.of(night)))
        .singleElement()
        .extracting(v -> ((DailyOvertime) v).overtime())
        .isEqualTo(ofHours(1));
  }

  @Test
  void fortyHoursInAWeekAreNoOvertime() {
    assertThat(weekly.inspect(fiveDaysOfEightHoursFrom(LocalDate.parse("2024-03-04")))).isEmpty();
  }

  @Test
  void aSaturdayOnTopOfAFullWeekIsWeeklyOvertime() {
    List<WorkedDay> week =
        fiveDaysOfEightHoursFrom(LocalDate.parse("2024-03-04"))
            .append(day("2024-03-09", "09:00", "12:30"));

    assertThat(weekly.inspect(week))
        .containsExactly(
            new WeeklyOvertime(
                "weekly overtime",
                LocalDate.parse("2024-03-04"),
                ofHours(43).plusMinutes(30),
                ofHours(40),
                ofHours(3).plusMinutes(30)));
  }

  @Test
  void weeksRunFromMondayToSundayAndAreReportedInOrder() {
    // Wednesday to Sunday and Monday to Friday: ten full days, but two weeks of 40 h each.
    List<WorkedDay> straddling =
        fiveDaysOfEightHoursFrom(LocalDate.parse("2024-03-06"))
            .appendAll(fiveDaysOfEightHoursFrom(LocalDate.parse("2024-03-11")));
    List<WorkedDay> overworked =
        straddling
            .append(day("2024-03-17", "10:00", "11:00"))
            .prepend(day("2024-03-04", "10:00", "11:00"));

    assertThat(weekly.inspect(straddling)).isEmpty();
    assertThat(weekly.inspect(overworked.reverse()))
        .extracting(v -> ((WeeklyOvertime) v).weekStart())
        .containsExactly(LocalDate.parse("2024-03-04"), LocalDate.parse("2024-03-11"));
  }

  @Test
  void aNightShiftFromSundayIntoMondayCountsInTheWeekItStarted() {
    List<WorkedDay> week =
        fiveDaysOfEightHoursFrom(LocalDate.parse("2024-03-04"))
            .append(day("2024-03-10", "22:00", "06:30", "02:00-02:30"));

    assertThat(weekly.inspect(week))
        .containsExactly(
            new WeeklyOvertime(
                weekly.name(),
                LocalDate.parse("2024-03-04"),
                ofHours(48),
                ofHours(40),
                ofHours(8)));
  }

  @Test
  void theStandardOvertimeSetHoldsBothThresholds() {
    assertThat(ComplianceRules.overtime(ofHours(8), ofHours(40))).containsExactly(daily, weekly);
  }

  private static List<WorkedDay> fiveDaysOfEightHoursFrom(LocalDate first) {
    return List.range(0, 5)
        .map(first::plusDays)
        .map(date -> day(date.toString(), "08:00", "16:30", "12:00-12:30"));
  }
}
