package org.worktime.adapters.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.worktime.domain.compliance.WorkedDay;
import org.worktime.domain.time.Interval;

class RoundingTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private final Rounding quarterHours = new Rounding(15);

  @Test
  void eachEndSnapsToTheNearestGridPointAndExactlyHalfWayRoundsUp() {
    WorkedDay day = day(BERLIN, "2026-03-09T08:07:29", "2026-03-09T16:52:30");

    WorkedDay shown = quarterHours.apply(day);

    assertThat(local(shown.span().start(), BERLIN)).isEqualTo("2026-03-09T08:00");
    assertThat(local(shown.span().end(), BERLIN)).isEqualTo("2026-03-09T17:00");
    assertThat(
            local(
                quarterHours
                    .apply(day(BERLIN, "2026-03-09T08:07:30", "2026-03-09T09:00"))
                    .span()
                    .start(),
                BERLIN))
        .isEqualTo("2026-03-09T08:15");
  }

  @Test
  void theGridIsLocalWallTimeEvenWhereTheOffsetIsNotWholeHours() {
    ZoneId kathmandu = ZoneId.of("Asia/Kathmandu"); // UTC+05:45
    WorkedDay day = day(kathmandu, "2026-03-09T09:20", "2026-03-09T17:40");

    WorkedDay shown = new Rounding(60).apply(day);

    assertThat(local(shown.span().start(), kathmandu)).isEqualTo("2026-03-09T09:00");
    assertThat(local(shown.span().end(), kathmandu)).isEqualTo("2026-03-09T18:00");
    assertThat(shown.span().start()).isEqualTo(Instant.parse("2026-03-09T03:15:00Z"));
  }

  @Test
  void aDayNeverLeavesTheDateItStartedOn() {
    WorkedDay lateStart = day(BERLIN, "2026-03-09T23:53", "2026-03-10T06:00");

    WorkedDay shown = quarterHours.apply(lateStart);

    assertThat(shown.date()).isEqualTo(LocalDate.parse("2026-03-09"));
    assertThat(local(shown.span().start(), BERLIN)).isEqualTo("2026-03-09T23:45");
  }

  @Test
  void breaksStayInsideTheirDayAndOneRoundedToNothingIsDropped() {
    WorkedDay day =
        new WorkedDay(
            LocalDate.parse("2026-03-09"),
            BERLIN,
            interval(BERLIN, "2026-03-09T08:05", "2026-03-09T16:00"),
            List.of(
                interval(BERLIN, "2026-03-09T08:05", "2026-03-09T08:20"),
                interval(BERLIN, "2026-03-09T12:01", "2026-03-09T12:06"),
                interval(BERLIN, "2026-03-09T13:00", "2026-03-09T13:31")));

    WorkedDay shown = quarterHours.apply(day);

    assertThat(shown.breaks())
        .containsExactly(
            interval(BERLIN, "2026-03-09T08:00", "2026-03-09T08:15"),
            interval(BERLIN, "2026-03-09T13:00", "2026-03-09T13:30"));
    assertThat(shown.netWorked()).isEqualTo(Duration.ofHours(7).plusMinutes(15));
  }

  @Test
  void acrossTheAutumnChangeTheSnappedDayLastsTheRealTimeBetweenItsEnds() {
    // 22:07 CEST to 06:08 CET: 9:01 really passed; shown 22:00 CEST to 06:15 CET, 9:15.
    WorkedDay night = day(BERLIN, "2026-10-24T22:07", "2026-10-25T06:08");

    assertThat(quarterHours.apply(night).elapsed()).isEqualTo(Duration.ofMinutes(9 * 60 + 15));
  }

  @Test
  void withoutRoundingTheDayIsShownAsRecorded() {
    WorkedDay day = day(BERLIN, "2026-03-09T08:07:29", "2026-03-09T16:52:30");

    assertThat(Rounding.none().apply(day)).isSameAs(day);
  }

  @Test
  void onlyMinutesThatDivideAnHourMakeAGrid() {
    assertThat(List.rangeClosed(1, 61).filter(Rounding::allows))
        .containsExactly(1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30, 60);
    assertThatThrownBy(() -> new Rounding(7)).isInstanceOf(IllegalArgumentException.class);
  }

  private static WorkedDay day(ZoneId zone, String start, String end) {
    return WorkedDay.of(zone, interval(zone, start, end), List.empty());
  }

  private static Interval interval(ZoneId zone, String start, String end) {
    return new Interval(
        LocalDateTime.parse(start).atZone(zone).toInstant(),
        LocalDateTime.parse(end).atZone(zone).toInstant());
  }

  private static String local(Instant at, ZoneId zone) {
    return at.atZone(zone).toLocalDateTime().toString();
  }
}
