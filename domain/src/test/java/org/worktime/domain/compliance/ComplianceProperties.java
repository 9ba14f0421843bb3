package org.worktime.domain.compliance;

import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;
import org.worktime.domain.compliance.Violation.DayTooLong;
import org.worktime.domain.compliance.Violation.RestTooShort;
import org.worktime.domain.compliance.Violation.WeeklyOvertime;
import org.worktime.domain.time.Interval;

class ComplianceProperties {

  /** Zones with DST (one with a 30-minute shift), without, and with an odd offset. */
  private static final Gen<ZoneId> ZONES =
      Generate.pick(
          java.util.List.of(
              ZoneId.of("Europe/Berlin"),
              ZoneId.of("America/New_York"),
              ZoneId.of("Australia/Lord_Howe"),
              ZoneId.of("Asia/Kolkata"),
              ZoneId.of("UTC")));

  /** Any date of 2024, half of the time one a few days before a DST change. */
  private static final Gen<LocalDate> DATES =
      SourceDSL.integers()
          .between(0, 365)
          .map((Integer day) -> LocalDate.of(2024, 1, 1).plusDays(day))
          .mix(
              Generate.pick(
                      java.util.List.of(
                          LocalDate.of(2024, 3, 28),
                          LocalDate.of(2024, 10, 24),
                          LocalDate.of(2024, 3, 8),
                          LocalDate.of(2024, 10, 31),
                          LocalDate.of(2024, 4, 4)))
                  .zip(
                      SourceDSL.integers().between(0, 6),
                      (LocalDate date, Integer days) -> date.plusDays(days)));

  /** Up to four breaks, each as (minutes of work before it, its length in minutes). */
  private static final Gen<java.util.List<int[]>> BREAK_PLANS =
      SourceDSL.lists()
          .of(
              SourceDSL.integers()
                  .between(0, 180)
                  .zip(
                      SourceDSL.integers().between(0, 60),
                      (Integer work, Integer pause) -> new int[] {work, pause}))
          .ofSizeBetween(0, 4);

  /** Any valid day: start anywhere in the local day, up to 16 h long, breaks that fit inside. */
  private static final Gen<WorkedDay> DAYS =
      ZONES.zip(
          DATES,
          SourceDSL.integers().between(0, 24 * 60 - 1),
          SourceDSL.integers().between(0, 16 * 3600),
          BREAK_PLANS,
          (zone, date, minuteOfDay, spanSeconds, plans) -> {
            Instant start =
                ZonedDateTime.of(date, LocalTime.MIN.plusMinutes(minuteOfDay), zone).toInstant();
            Interval span = new Interval(start, start.plusSeconds(spanSeconds));
            List<Interval> breaks = List.empty();
            Instant cursor = start;
            for (int[] plan : plans) {
              Interval pause =
                  new Interval(
                      cursor.plus(ofMinutes(plan[0])),
                      cursor.plus(ofMinutes(plan[0] + (long) plan[1])));
              if (!span.encloses(pause)) {
                break;
              }
              breaks = breaks.append(pause);
              cursor = pause.end();
            }
            return WorkedDay.of(zone, span, breaks);
          });

  private static final Gen<List<WorkedDay>> SOME_DAYS =
      SourceDSL.lists()
          .of(DAYS)
          .ofSizeBetween(0, 8)
          .map((java.util.List<WorkedDay> days) -> List.ofAll(days));

  @Test
  void netWorkedIsElapsedMinusBreaksAndNeverNegative() {
    qt().forAll(DAYS)
        .checkAssert(
            day -> {
              assertThat(day.netWorked()).isEqualTo(day.elapsed().minus(day.breakTime()));
              assertThat(day.netWorked().isNegative()).isFalse();
              assertThat(day.elapsed())
                  .isEqualTo(Duration.between(day.span().start(), day.span().end()));
            });
  }

  /**
   * Consecutive days starting 06:00 to 06:30, up to 10 h net, with the §4 breaks plus a little:
   * they end by 17:30, so even across a spring change the rest is at least 11 h 30 min.
   */
  @Test
  void daysWithinAllLimitsYieldNoViolations() {
    Gen<int[]> plans =
        SourceDSL.integers()
            .between(0, 600)
            .zip(
                SourceDSL.integers().between(0, 30),
                SourceDSL.integers().between(0, 15),
                (Integer net, Integer offset, Integer extra) -> new int[] {net, offset, extra});
    qt().forAll(ZONES, DATES, SourceDSL.lists().of(plans).ofSizeBetween(1, 10))
        .checkAssert(
            (zone, first, dayPlans) -> {
              List<WorkedDay> days =
                  List.ofAll(dayPlans)
                      .zipWithIndex()
                      .map(planned -> compliantDay(zone, first.plusDays(planned._2), planned._1));
              assertThat(ComplianceRules.inspect(ComplianceRules.germanWorkingTimeAct(), days))
                  .isEmpty();
            });
  }

  @Test
  void theBreakRequirementNeverFallsAsNetTimeGrows() {
    Gen<java.util.List<MinimumBreaks.Step>> steps =
        SourceDSL.lists()
            .of(
                SourceDSL.integers()
                    .between(0, 12 * 60)
                    .zip(
                        SourceDSL.integers().between(0, 90),
                        (Integer over, Integer pause) ->
                            new MinimumBreaks.Step(ofMinutes(over), ofMinutes(pause))))
            .ofSizeBetween(0, 4);
    Gen<Duration> nets =
        SourceDSL.integers().between(0, 16 * 3600).map((Integer seconds) -> ofSeconds(seconds));
    qt().forAll(
            steps.mix(Generate.constant(MinimumBreaks.arbZG().steps().toJavaList())), nets, nets)
        .check(
            (someSteps, a, b) -> {
              MinimumBreaks rule =
                  new MinimumBreaks("breaks", List.ofAll(someSteps), ofMinutes(15));
              Duration less = a.compareTo(b) <= 0 ? a : b;
              Duration more = a.compareTo(b) <= 0 ? b : a;
              return rule.requiredFor(less).compareTo(rule.requiredFor(more)) <= 0;
            });
  }

  /**
   * A day laid out as work, break, work, [added break], work. Adding a break of at least 15 min
   * both lowers the net time (so the requirement) and raises the counted breaks, so the shortfall
   * never grows and a compliant day stays compliant.
   */
  @Test
  void carvingACountedBreakOutOfWorkNeverAddsABreakViolation() {
    Gen<Integer> work = SourceDSL.integers().between(0, 300);
    qt().forAll(
            work.zip(work, work, (Integer a, Integer b, Integer c) -> new int[] {a, b, c}),
            SourceDSL.integers().between(0, 40),
            SourceDSL.integers().between(15, 60),
            DATES)
        .checkAssert(
            (works, existing, added, date) -> {
              ZoneId zone = ZoneId.of("Europe/Berlin");
              Instant start = ZonedDateTime.of(date, LocalTime.of(7, 0), zone).toInstant();
              Instant existingStart = start.plus(ofMinutes(works[0]));
              Instant addedStart = existingStart.plus(ofMinutes(existing + (long) works[1]));
              Instant end = addedStart.plus(ofMinutes(added + (long) works[2]));
              Interval span = new Interval(start, end);
              Interval existingBreak =
                  new Interval(existingStart, existingStart.plus(ofMinutes(existing)));
              Interval addedBreak = new Interval(addedStart, addedStart.plus(ofMinutes(added)));
              WorkedDay before = WorkedDay.of(zone, span, List.of(existingBreak));
              WorkedDay after = WorkedDay.of(zone, span, List.of(existingBreak, addedBreak));
              MinimumBreaks rule = MinimumBreaks.arbZG();

              assertThat(shortfall(rule, after)).isLessThanOrEqualTo(shortfall(rule, before));
              if (rule.inspect(List.of(before)).isEmpty()) {
                assertThat(rule.inspect(List.of(after))).isEmpty();
              }
            });
  }

  /** Days laid end to start with generated gaps, handed to the rule shuffled. */
  @Test
  void theRestRuleReportsExactlyTheConsecutiveDaysWithTooShortAGap() {
    Gen<Integer> gaps =
        SourceDSL.integers()
            .between(0, 20 * 60)
            .mix(Generate.pick(java.util.List.of(659, 660, 661)));
    Gen<int[]> stretches =
        gaps.zip(
            SourceDSL.integers().between(0, 12 * 60),
            (Integer gap, Integer length) -> new int[] {gap, length});
    qt().forAll(
            ZONES.zip(DATES, (ZoneId zone, LocalDate date) -> date.atStartOfDay(zone)),
            SourceDSL.lists().of(stretches).ofSizeBetween(0, 10),
            SourceDSL.integers().between(0, 20 * 60).mix(Generate.constant(11 * 60)),
            SourceDSL.longs().all())
        .checkAssert(
            (midnight, plans, minimumMinutes, seed) -> {
              List<WorkedDay> chronological = List.empty();
              Instant cursor = midnight.toInstant();
              for (int[] plan : plans) {
                Instant start = cursor.plus(ofMinutes(plan[0]));
                cursor = start.plus(ofMinutes(plan[1]));
                chronological =
                    chronological.append(
                        WorkedDay.of(
                            midnight.getZone(), new Interval(start, cursor), List.empty()));
              }
              Duration minimum = ofMinutes(minimumMinutes);
              List<Violation> expected = List.empty();
              for (int i = 1; i < chronological.size(); i++) {
                WorkedDay previous = chronological.get(i - 1);
                WorkedDay next = chronological.get(i);
                Duration rest = ofMinutes(plans.get(i)[0]);
                if (rest.compareTo(minimum) < 0) {
                  expected =
                      expected.append(
                          new RestTooShort("rest", previous.date(), next.date(), rest, minimum));
                }
              }
              ArrayList<WorkedDay> shuffled = new ArrayList<>(chronological.asJava());
              Collections.shuffle(shuffled, new Random(seed));

              assertThat(new MinimumRest("rest", minimum).inspect(List.ofAll(shuffled)))
                  .containsExactlyElementsOf(expected);
            });
  }

  @Test
  void theDailyMaximumReportsExactlyTheDaysOverIt() {
    qt().forAll(SOME_DAYS, SourceDSL.integers().between(0, 16 * 60))
        .checkAssert(
            (days, maximumMinutes) -> {
              Duration maximum = ofMinutes(maximumMinutes);
              Seq<Violation> expected =
                  days.sortBy(day -> day.span().start())
                      .filter(day -> day.netWorked().compareTo(maximum) > 0)
                      .map(day -> new DayTooLong("max", day.date(), day.netWorked(), maximum));

              assertThat(new MaximumDailyWork("max", maximum).inspect(days))
                  .containsExactlyElementsOf(expected);
            });
  }

  /** Compared against a plain tally of net time per Monday-started week. */
  @Test
  void weeklyOvertimeIsTheNetTimeOfEachIsoWeekBeyondTheThreshold() {
    qt().forAll(SOME_DAYS, SourceDSL.integers().between(0, 60 * 60))
        .checkAssert(
            (days, thresholdMinutes) -> {
              Duration threshold = ofMinutes(thresholdMinutes);
              TreeMap<LocalDate, Duration> perWeek = new TreeMap<>();
              for (WorkedDay day : days) {
                LocalDate monday = day.date().minusDays(day.date().getDayOfWeek().getValue() - 1L);
                perWeek.merge(monday, day.netWorked(), Duration::plus);
              }
              List<Violation> expected =
                  List.ofAll(perWeek.entrySet())
                      .filter(week -> week.getValue().compareTo(threshold) > 0)
                      .map(
                          week ->
                              new WeeklyOvertime(
                                  "weekly overtime",
                                  week.getKey(),
                                  week.getValue(),
                                  threshold,
                                  week.getValue().minus(threshold)));

              assertThat(new WeeklyOvertimeThreshold(threshold).inspect(days))
                  .containsExactlyElementsOf(expected);
            });
  }

  @Test
  void everyViolationNamesTheRuleThatFoundItAndReadsAsASentence() {
    Seq<ComplianceRule> rules =
        ComplianceRules.germanWorkingTimeAct()
            .appendAll(ComplianceRules.overtime(Duration.ofHours(8), Duration.ofHours(40)));
    qt().forAll(SOME_DAYS)
        .checkAssert(
            days ->
                rules.forEach(
                    rule ->
                        assertThat(rule.inspect(days))
                            .allSatisfy(
                                violation -> {
                                  assertThat(violation.rule()).isEqualTo(rule.name());
                                  assertThat(violation.describe()).isNotBlank();
                                })));
  }

  private static WorkedDay compliantDay(ZoneId zone, LocalDate date, int[] plan) {
    int net = plan[0];
    int required = net > 9 * 60 ? 45 : net > 6 * 60 ? 30 : 0;
    int pause = required + plan[2];
    Instant start =
        ZonedDateTime.of(date, LocalTime.of(6, 0).plusMinutes(plan[1]), zone).toInstant();
    Instant pauseStart = start.plus(ofMinutes(Math.min(net, 3 * 60)));
    Interval span = new Interval(start, start.plus(ofMinutes(net + (long) pause)));
    return WorkedDay.of(
        zone, span, List.of(new Interval(pauseStart, pauseStart.plus(ofMinutes(pause)))));
  }

  private static Duration shortfall(MinimumBreaks rule, WorkedDay day) {
    Duration missing = rule.requiredFor(day.netWorked()).minus(rule.countedBreakTime(day));
    return missing.isNegative() ? Duration.ZERO : missing;
  }
}
