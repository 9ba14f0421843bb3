package org.worktime.domain.workday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.domain.workday.WorkdayFixtures.BERLIN;
import static org.worktime.domain.workday.WorkdayFixtures.EMPLOYEE;
import static org.worktime.domain.workday.WorkdayFixtures.FIRST_BREAK;
import static org.worktime.domain.workday.WorkdayFixtures.MONDAY;
import static org.worktime.domain.workday.WorkdayFixtures.SECOND_BREAK;
import static org.worktime.domain.workday.WorkdayFixtures.TENANT;
import static org.worktime.domain.workday.WorkdayFixtures.TUESDAY;
import static org.worktime.domain.workday.WorkdayFixtures.WORKDAY;
import static org.worktime.domain.workday.WorkdayFixtures.aBreak;
import static org.worktime.domain.workday.WorkdayFixtures.accepted;
import static org.worktime.domain.workday.WorkdayFixtures.at;
import static org.worktime.domain.workday.WorkdayFixtures.between;
import static org.worktime.domain.workday.WorkdayFixtures.closed;
import static org.worktime.domain.workday.WorkdayFixtures.closing;
import static org.worktime.domain.workday.WorkdayFixtures.flexibleExpiringAfterDays;
import static org.worktime.domain.workday.WorkdayFixtures.live;
import static org.worktime.domain.workday.WorkdayFixtures.local;
import static org.worktime.domain.workday.WorkdayFixtures.manual;
import static org.worktime.domain.workday.WorkdayFixtures.openedAt;
import static org.worktime.domain.workday.WorkdayFixtures.opening;
import static org.worktime.domain.workday.WorkdayFixtures.pausedAt;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.worktime.domain.policy.SchedulePolicy;

/** Elapsed time, break time (Bitrix {@code TIME_LEAKS}) and net worked time, all from instants. */
class DurationsOfAWorkdayTest {

  private static final Instant EIGHT = at(MONDAY, "08:00");
  private static final Instant NOON = at(MONDAY, "12:00");

  /** The night of Europe/Berlin's spring-forward: 02:00 became 03:00 on Sunday 31 March 2024. */
  private static final LocalDate BEFORE_SPRING_FORWARD = LocalDate.of(2024, 3, 30);

  /** The night of Europe/Berlin's fall-back: 03:00 became 02:00 on Sunday 27 October 2024. */
  private static final LocalDate BEFORE_FALL_BACK = LocalDate.of(2024, 10, 26);

  @Test
  void aRunningDayHasLastedUntilNow() {
    assertThat(openedAt(EIGHT).elapsedAt(NOON)).isEqualTo(Duration.ofHours(4));
    assertThat(openedAt(EIGHT).netWorkedAt(NOON)).isEqualTo(Duration.ofHours(4));
  }

  @Test
  void breakTimeCountsTheRunningBreakUpToNow() {
    Break coffee = aBreak(SECOND_BREAK, at(MONDAY, "10:00"), at(MONDAY, "10:15"));
    PausedWorkday day = pausedAt(EIGHT, NOON, coffee);
    Instant now = at(MONDAY, "12:30");

    assertThat(day.breakIntervalsAt(now)).containsExactly(coffee.interval(), between(NOON, now));
    assertThat(day.breakTimeAt(now)).isEqualTo(Duration.ofMinutes(45));
    assertThat(day.elapsedAt(now)).isEqualTo(Duration.ofMinutes(270));
    assertThat(day.netWorkedAt(now)).isEqualTo(Duration.ofMinutes(225));
  }

  @Test
  void aClosedDayStopsCounting() {
    ClosedWorkday day =
        closed(EIGHT, at(MONDAY, "17:00"), aBreak(FIRST_BREAK, NOON, at(MONDAY, "12:30")));
    Instant muchLater = at(TUESDAY, "10:00");

    assertThat(day.elapsedAt(muchLater)).isEqualTo(Duration.ofHours(9));
    assertThat(day.breakTimeAt(muchLater)).isEqualTo(Duration.ofMinutes(30));
    assertThat(day.netWorkedAt(muchLater)).isEqualTo(Duration.ofMinutes(510));
  }

  @Test
  void aClockBehindTheStartCountsNothingRatherThanSomethingNegative() {
    Instant before = at(MONDAY, "07:00");

    assertThat(openedAt(EIGHT).elapsedAt(before)).isEqualTo(Duration.ZERO);
    assertThat(pausedAt(EIGHT, NOON).breakTimeAt(at(MONDAY, "11:00"))).isEqualTo(Duration.ZERO);
  }

  @Test
  void netWorkedTimeIsNeverNegativeWhateverTheBreaksAddUpTo() {
    // Records built by hand may hold more break time than the day lasted; net stops at zero.
    Instant nine = at(MONDAY, "09:00");
    ClosedWorkday day =
        new ClosedWorkday(
            WORKDAY,
            TENANT,
            EMPLOYEE,
            live(EIGHT),
            List.of(aBreak(FIRST_BREAK, EIGHT, nine), aBreak(SECOND_BREAK, EIGHT, nine)),
            live(nine),
            Approval.APPROVED,
            Option.none());

    assertThat(day.breakTimeAt(nine)).isEqualTo(Duration.ofHours(2));
    assertThat(day.netWorkedAt(nine)).isEqualTo(Duration.ZERO);
  }

  @Test
  void aNightAcrossTheSpringForwardLastsEightRealHours() {
    SchedulePolicy policy = flexibleExpiringAfterDays(2);
    Instant tenPm = at(BEFORE_SPRING_FORWARD, "22:00");
    Instant sevenAm = at(BEFORE_SPRING_FORWARD.plusDays(1), "07:00");

    OpenedWorkday opened =
        accepted(Workdays.open(opening(Timing.now()), Option.none(), policy, tenPm)).workday();
    ClosedWorkday closedDay =
        accepted(Workdays.close(opened, closing(Timing.now()), policy, sevenAm)).workday();

    assertThat(Duration.between(tenPm, sevenAm)).isEqualTo(Duration.ofHours(8));
    assertThat(closedDay.elapsedAt(sevenAm)).isEqualTo(Duration.ofHours(8));
    assertThat(closedDay.netWorkedAt(sevenAm)).isEqualTo(Duration.ofHours(8));
    assertThat(closedDay.date()).isEqualTo(BEFORE_SPRING_FORWARD);
    assertThat(closedDay.finish().local().getOffset())
        .isNotEqualTo(closedDay.start().local().getOffset());
  }

  @Test
  void aNightAcrossTheSpringForwardClosedByHandAfterMidnightLastsEightRealHours() {
    SchedulePolicy policy = flexibleExpiringAfterDays(2);
    Instant tenPm = at(BEFORE_SPRING_FORWARD, "22:00");
    LocalDate sunday = BEFORE_SPRING_FORWARD.plusDays(1);

    ClosedWorkday closedDay =
        accepted(
                Workdays.close(
                    openedAt(tenPm),
                    closing(manual(local(sunday, "07:00"))),
                    policy,
                    at(sunday, "07:05")))
            .workday();

    assertThat(closedDay.finish().at()).isEqualTo(at(sunday, "07:00"));
    assertThat(closedDay.finish().zone()).isEqualTo(BERLIN);
    assertThat(closedDay.elapsedAt(at(sunday, "07:05"))).isEqualTo(Duration.ofHours(8));
  }

  @Test
  void aNightAcrossTheFallBackLastsTenRealHours() {
    ClosedWorkday day =
        closed(at(BEFORE_FALL_BACK, "22:00"), at(BEFORE_FALL_BACK.plusDays(1), "07:00"));

    assertThat(day.elapsedAt(day.finish().at())).isEqualTo(Duration.ofHours(10));
  }
}
