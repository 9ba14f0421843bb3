package org.worktime.domain.compliance;

import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.worktime.domain.compliance.Days.BERLIN;
import static org.worktime.domain.compliance.Days.day;

import io.vavr.collection.List;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.worktime.domain.time.Interval;

class WorkedDayTest {

  private static final Instant EIGHT = Instant.parse("2024-03-04T07:00:00Z");

  @Test
  void netWorkedIsElapsedMinusBreaks() {
    WorkedDay day = day("2024-03-04", "08:00", "17:00", "10:00-10:15", "12:00-12:30");

    assertThat(day.elapsed()).isEqualTo(ofHours(9));
    assertThat(day.breakTime()).isEqualTo(ofMinutes(45));
    assertThat(day.netWorked()).isEqualTo(ofHours(8).plusMinutes(15));
  }

  @Test
  void aNightAcrossTheAutumnChangeLastsTheRealEightHours() {
    // 2024-10-27 03:00 CEST became 02:00 CET: the wall clock says 7 h, 8 h really passed.
    WorkedDay night = day("2024-10-26", "22:00", "05:00");

    assertThat(night.elapsed()).isEqualTo(ofHours(8));
    assertThat(night.netWorked()).isEqualTo(ofHours(8));
    assertThat(night.date()).isEqualTo(LocalDate.parse("2024-10-26"));
  }

  @Test
  void breaksThatOnlyTouchAreLegalAndKeptInOrder() {
    WorkedDay day = day("2024-03-04", "08:00", "17:00", "12:15-12:30", "12:00-12:15");

    assertThat(day.breaks().map(Interval::duration)).containsOnly(ofMinutes(15));
    assertThat(day.breaks().head().start()).isBefore(day.breaks().last().start());
  }

  @Test
  void aBreakOutsideTheDayIsAProgrammingError() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> day("2024-03-04", "08:00", "12:00", "11:45-12:15"))
        .withMessageContaining("outside");
  }

  @Test
  void overlappingBreaksAreAProgrammingError() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> day("2024-03-04", "08:00", "17:00", "12:00-12:30", "12:20-12:40"))
        .withMessageContaining("overlap");
  }

  @Test
  void anEmptyBreakDoesNotHideAnOverlap() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> day("2024-03-04", "08:00", "17:00", "12:00-13:00", "12:10-12:10", "12:30-12:40"))
        .withMessageContaining("overlap");
  }

  @Test
  void aDayBelongsToTheLocalDateItStartedOn() {
    Interval lateEvening =
        new Interval(Instant.parse("2024-03-04T23:30:00Z"), EIGHT.plus(ofHours(24)));

    assertThat(WorkedDay.of(BERLIN, lateEvening, List.empty()).date())
        .isEqualTo(LocalDate.parse("2024-03-05"));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> new WorkedDay(LocalDate.parse("2024-03-04"), BERLIN, lateEvening, List.empty()));
  }
}
