package org.worktime.domain.compliance;

import static java.time.Duration.ZERO;
import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.domain.compliance.Days.day;

import io.vavr.collection.List;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.worktime.domain.compliance.Violation.BreakTooShort;

/** ArbZG §4: more than 6 h of net work need 30 min of breaks, more than 9 h need 45 min. */
class BreaksUnderTheWorkingTimeActTest {

  private final MinimumBreaks rule = MinimumBreaks.arbZG();

  @Test
  void sixHoursExactlyNeedNoBreak() {
    assertThat(rule.inspect(List.of(day("2024-03-04", "08:00", "14:00")))).isEmpty();
  }

  @Test
  void sixHoursAndOneMinuteWithoutABreakNeedThirtyMinutes() {
    assertThat(rule.inspect(List.of(day("2024-03-04", "08:00", "14:01"))))
        .containsExactly(
            new BreakTooShort(
                "ArbZG §4 breaks",
                LocalDate.parse("2024-03-04"),
                ofHours(6).plusMinutes(1),
                ZERO,
                ofMinutes(30)));
  }

  @Test
  void theRequirementFollowsNetTimeNotElapsedTime() {
    // 6 h 25 min elapsed, but a 25-minute break leaves exactly 6 h of work: nothing is required.
    assertThat(rule.inspect(List.of(day("2024-03-04", "08:00", "14:25", "12:00-12:25")))).isEmpty();
  }

  @Test
  void thirtyMinutesCoverUpToNineHours() {
    assertThat(rule.inspect(List.of(day("2024-03-04", "08:00", "17:30", "12:00-12:30")))).isEmpty();
  }

  @Test
  void moreThanNineHoursNeedFortyFiveMinutes() {
    assertThat(rule.inspect(List.of(day("2024-03-04", "08:00", "17:31", "12:00-12:30"))))
        .containsExactly(
            new BreakTooShort(
                rule.name(),
                LocalDate.parse("2024-03-04"),
                ofHours(9).plusMinutes(1),
                ofMinutes(30),
                ofMinutes(45)));
    assertThat(
            rule.inspect(
                List.of(day("2024-03-04", "08:00", "17:46", "10:00-10:15", "12:00-12:30"))))
        .isEmpty();
  }

  @Test
  void breaksShorterThanFifteenMinutesDoNotCount() {
    // 42 minutes of pauses, but none is a rest break under §4; 6 h 18 min net need 30 min.
    WorkedDay day =
        day("2024-03-04", "08:00", "15:00", "10:00-10:14", "12:00-12:14", "13:00-13:14");

    assertThat(rule.inspect(List.of(day)))
        .containsExactly(
            new BreakTooShort(
                rule.name(), day.date(), ofHours(6).plusMinutes(18), ZERO, ofMinutes(30)));
  }

  @Test
  void twoBreaksOfFifteenMinutesMakeThirty() {
    assertThat(
            rule.inspect(
                List.of(day("2024-03-04", "08:00", "16:30", "10:00-10:15", "12:00-12:15"))))
        .isEmpty();
  }

  @Test
  void aBreakRecordedInTwoTouchingPiecesCountsAsOne() {
    WorkedDay day =
        day("2024-03-04", "08:00", "16:30", "12:00-12:10", "12:10-12:30", "14:00-14:10");

    assertThat(rule.countedBreakTime(day)).isEqualTo(ofMinutes(30));
    assertThat(rule.inspect(List.of(day))).isEmpty();
  }

  @Test
  void theShortestCountedBreakIsAParameter() {
    WorkedDay day =
        day("2024-03-04", "08:00", "16:30", "10:00-10:10", "12:00-12:10", "14:00-14:10");

    assertThat(MinimumBreaks.arbZG(ofMinutes(10)).inspect(List.of(day))).isEmpty();
    assertThat(rule.inspect(List.of(day))).hasSize(1);
  }

  @Test
  void theRequirementSteps() {
    assertThat(rule.requiredFor(ofHours(6))).isEqualTo(ZERO);
    assertThat(rule.requiredFor(ofHours(6).plusSeconds(1))).isEqualTo(ofMinutes(30));
    assertThat(rule.requiredFor(ofHours(9))).isEqualTo(ofMinutes(30));
    assertThat(rule.requiredFor(ofHours(9).plusSeconds(1))).isEqualTo(ofMinutes(45));
  }

  @Test
  void everyDayIsJudgedOnItsOwnInDateOrder() {
    WorkedDay tuesday = day("2024-03-05", "08:00", "15:00");
    WorkedDay monday = day("2024-03-04", "08:00", "15:00");
    WorkedDay wednesday = day("2024-03-06", "08:00", "15:00", "12:00-12:30");

    assertThat(
            rule.inspect(List.of(tuesday, wednesday, monday)).map(v -> ((BreakTooShort) v).date()))
        .containsExactly(monday.date(), tuesday.date());
  }

  @Test
  void theViolationReadsAsASentence() {
    assertThat(rule.inspect(List.of(day("2024-03-04", "08:00", "14:01"))).head().describe())
        .isEqualTo(
            "On 2024-03-04, 6 h 1 min worked needed breaks of at least 30 min, but only 0 min"
                + " counted");
  }
}
