package org.worktime.domain.compliance;

import static java.time.Duration.ofHours;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.worktime.domain.compliance.Days.day;
import static org.worktime.domain.compliance.Days.dayIn;

import io.vavr.collection.List;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.worktime.domain.compliance.Violation.RestTooShort;

/** ArbZG §5: at least 11 h of rest between the end of one day and the start of the next. */
class RestBetweenDaysTest {

  private final MinimumRest rule = MinimumRest.arbZG();

  @Test
  void elevenHoursOfRestAreEnough() {
    assertThat(
            rule.inspect(
                List.of(day("2024-03-04", "09:00", "20:00"), day("2024-03-05", "07:00", "15:00"))))
        .isEmpty();
  }

  @Test
  void tenHoursAndFiftyNineMinutesAreTooShort() {
    assertThat(
            rule.inspect(
                List.of(day("2024-03-04", "09:00", "20:01"), day("2024-03-05", "07:00", "15:00"))))
        .containsExactly(
            new RestTooShort(
                "ArbZG §5 rest period",
                LocalDate.parse("2024-03-04"),
                LocalDate.parse("2024-03-05"),
                ofHours(10).plusMinutes(59),
                ofHours(11)));
  }

  @Test
  void daysComeInAnyOrderAndOnlyNeighboursAreCompared() {
    WorkedDay monday = day("2024-03-04", "14:00", "23:00");
    WorkedDay tuesday = day("2024-03-05", "08:00", "12:00");
    WorkedDay wednesday = day("2024-03-06", "06:00", "14:00");

    assertThat(rule.inspect(List.of(wednesday, monday, tuesday)))
        .extracting(v -> ((RestTooShort) v).previousDate(), v -> ((RestTooShort) v).rest())
        .containsExactly(tuple(monday.date(), ofHours(9)));
  }

  @Test
  void restAcrossTheAutumnChangeInBerlinCountsTheExtraHour() {
    // Clocks went back at 03:00 CEST on 2024-10-27: 22:00 to 08:00 on the wall is 11 real hours.
    WorkedDay saturday = day("2024-10-26", "13:00", "22:00", "17:00-17:30");
    WorkedDay sunday = day("2024-10-27", "08:00", "12:00");

    assertThat(rule.inspect(List.of(saturday, sunday))).isEmpty();
  }

  @Test
  void restAcrossTheSpringChangeInBerlinLosesAnHour() {
    // Clocks went forward at 02:00 CET on 2024-03-31: 22:00 to 09:00 on the wall is 10 real hours.
    WorkedDay saturday = day("2024-03-30", "13:00", "22:00", "17:00-17:30");
    WorkedDay sunday = day("2024-03-31", "09:00", "12:00");

    assertThat(rule.inspect(List.of(saturday, sunday)))
        .containsExactly(
            new RestTooShort(
                rule.name(), saturday.date(), sunday.date(), ofHours(10), ofHours(11)));
  }

  @Test
  void restBetweenZonesIsMeasuredBetweenInstants() {
    // Ends 20:00 in Berlin (19:00 UTC), starts 07:00 in London (07:00 UTC): 12 h of rest.
    WorkedDay inBerlin = day("2024-03-04", "09:00", "20:00");
    WorkedDay inLondon = dayIn(ZoneId.of("Europe/London"), "2024-03-05", "07:00", "12:00");

    assertThat(rule.inspect(List.of(inLondon, inBerlin))).isEmpty();
  }

  @Test
  void theMinimumIsConfigurable() {
    MinimumRest twelveHours = new MinimumRest("works agreement", ofHours(12));
    WorkedDay monday = day("2024-03-04", "09:00", "20:00");
    WorkedDay tuesday = day("2024-03-05", "07:30", "15:00");

    assertThat(twelveHours.inspect(List.of(monday, tuesday)))
        .containsExactly(
            new RestTooShort(
                "works agreement",
                monday.date(),
                tuesday.date(),
                ofHours(11).plusMinutes(30),
                ofHours(12)));
    assertThat(rule.inspect(List.of(monday, tuesday))).isEmpty();
  }

  @Test
  void aSingleDayOrNoneHasNoRestToJudge() {
    assertThat(rule.inspect(List.empty())).isEmpty();
    assertThat(rule.inspect(List.of(day("2024-03-04", "09:00", "20:00")))).isEmpty();
  }
}
