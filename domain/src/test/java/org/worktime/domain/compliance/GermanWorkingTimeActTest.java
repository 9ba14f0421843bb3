package org.worktime.domain.compliance;

import static java.time.Duration.ofHours;
import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.domain.compliance.Days.day;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;
import org.worktime.domain.compliance.Violation.BreakTooShort;
import org.worktime.domain.compliance.Violation.DailyOvertime;
import org.worktime.domain.compliance.Violation.DayTooLong;
import org.worktime.domain.compliance.Violation.RestTooShort;

/** The standard set: ArbZG §4 breaks, §3 daily maximum and §5 rest, combinable with others. */
class GermanWorkingTimeActTest {

  private final Seq<ComplianceRule> act = ComplianceRules.germanWorkingTimeAct();

  @Test
  void theActHasThreeNamedRules() {
    assertThat(act.map(ComplianceRule::name))
        .containsExactly("ArbZG §4 breaks", "ArbZG §3 daily maximum", "ArbZG §5 rest period");
  }

  @Test
  void anOrdinaryWeekComplies() {
    Seq<WorkedDay> week =
        List.of(
            day("2024-03-04", "08:00", "16:30", "12:00-12:30"),
            day("2024-03-05", "08:00", "18:45", "12:00-12:30", "15:00-15:15"),
            day("2024-03-06", "07:00", "13:00"),
            day("2024-03-07", "09:00", "17:30", "12:00-12:30"),
            day("2024-03-08", "08:00", "16:30", "12:00-12:30"));

    assertThat(ComplianceRules.inspect(act, week)).isEmpty();
  }

  @Test
  void aLongDayWithoutABreakBeforeAnEarlyStartBreaksAllThree() {
    WorkedDay longDay = day("2024-03-04", "08:00", "19:00");
    WorkedDay earlyStart = day("2024-03-05", "05:00", "09:00");

    assertThat(ComplianceRules.inspect(act, List.of(earlyStart, longDay)))
        .hasExactlyElementsOfTypes(BreakTooShort.class, DayTooLong.class, RestTooShort.class)
        .extracting(Violation::describe)
        .containsExactly(
            "On 2024-03-04, 11 h worked needed breaks of at least 45 min, but only 0 min counted",
            "On 2024-03-04, 11 h worked exceeds the daily maximum of 10 h",
            "Between the days of 2024-03-04 and 2024-03-05, the rest of 10 h is shorter than the"
                + " minimum of 11 h");
  }

  @Test
  void callersCombineTheActWithTheirOwnRulesUnderOneName() {
    ComplianceRule contract =
        ComplianceRules.combined(
            "contract", act.appendAll(ComplianceRules.overtime(ofHours(8), ofHours(40))));

    assertThat(contract.name()).isEqualTo("contract");
    assertThat(contract.inspect(List.of(day("2024-03-04", "08:00", "17:00", "12:00-12:30"))))
        .singleElement()
        .isInstanceOfSatisfying(
            DailyOvertime.class,
            overtime -> {
              assertThat(overtime.rule()).isEqualTo("daily overtime");
              assertThat(overtime.overtime()).isEqualTo(ofHours(0).plusMinutes(30));
            });
  }
}
