package org.worktime.adapters.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.worktime.domain.compliance.WorkedDay;
import org.worktime.domain.time.Interval;

class OneDayPerDateTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Test
  void twoDaysStartedOnOneDateAreOneWorkingDayWhoseGapIsABreak() {
    WorkedDay morning = day("2026-03-10T06:00", "2026-03-10T10:00", "2026-03-10T08:00/08:20");
    WorkedDay noon = day("2026-03-10T10:15", "2026-03-10T13:00");
    WorkedDay next = day("2026-03-11T08:00", "2026-03-11T12:00");

    List<WorkedDay> joined = List.ofAll(OneDayPerDate.join(List.of(next, noon, morning)));

    assertThat(joined).hasSize(2);
    assertThat(joined.head().span()).isEqualTo(interval("2026-03-10T06:00", "2026-03-10T13:00"));
    assertThat(joined.head().breaks())
        .containsExactly(
            interval("2026-03-10T08:00", "2026-03-10T08:20"),
            interval("2026-03-10T10:00", "2026-03-10T10:15"));
    assertThat(joined.head().netWorked()).isEqualTo(morning.netWorked().plus(noon.netWorked()));
    assertThat(joined.last()).isEqualTo(next);
  }

  @Test
  void roundedDaysThatCrossByAGridStepStillJoinIntoOneValidDay() {
    WorkedDay evening = day("2026-03-10T18:00", "2026-03-11T00:00", "2026-03-10T23:00/23:30");
    WorkedDay late = day("2026-03-10T23:45", "2026-03-11T02:00", "2026-03-11T01:00/01:15");

    WorkedDay joined = OneDayPerDate.join(List.of(evening, late)).head();

    assertThat(joined.span()).isEqualTo(interval("2026-03-10T18:00", "2026-03-11T02:00"));
    assertThat(joined.breakTime()).isEqualTo(Duration.ofMinutes(45));
  }

  private static WorkedDay day(String start, String end, String... breaks) {
    return WorkedDay.of(
        BERLIN,
        interval(start, end),
        List.of(breaks)
            .map(pause -> pause.split("/"))
            .map(ends -> interval(ends[0], ends[0].substring(0, 11) + ends[1])));
  }

  private static Interval interval(String start, String end) {
    return new Interval(
        LocalDateTime.parse(start).atZone(BERLIN).toInstant(),
        LocalDateTime.parse(end).atZone(BERLIN).toInstant());
  }
}
