package org.worktime.domain.workday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.domain.workday.WorkdayFixtures.BERLIN;
import static org.worktime.domain.workday.WorkdayFixtures.EMPLOYEE;
import static org.worktime.domain.workday.WorkdayFixtures.FIRST_BREAK;
import static org.worktime.domain.workday.WorkdayFixtures.MONDAY;
import static org.worktime.domain.workday.WorkdayFixtures.REASON;
import static org.worktime.domain.workday.WorkdayFixtures.REPORT;
import static org.worktime.domain.workday.WorkdayFixtures.SUNDAY;
import static org.worktime.domain.workday.WorkdayFixtures.TENANT;
import static org.worktime.domain.workday.WorkdayFixtures.TUESDAY;
import static org.worktime.domain.workday.WorkdayFixtures.WEB;
import static org.worktime.domain.workday.WorkdayFixtures.WORKDAY;
import static org.worktime.domain.workday.WorkdayFixtures.aBreak;
import static org.worktime.domain.workday.WorkdayFixtures.accepted;
import static org.worktime.domain.workday.WorkdayFixtures.at;
import static org.worktime.domain.workday.WorkdayFixtures.closed;
import static org.worktime.domain.workday.WorkdayFixtures.closing;
import static org.worktime.domain.workday.WorkdayFixtures.closingWithNote;
import static org.worktime.domain.workday.WorkdayFixtures.flexible;
import static org.worktime.domain.workday.WorkdayFixtures.live;
import static org.worktime.domain.workday.WorkdayFixtures.local;
import static org.worktime.domain.workday.WorkdayFixtures.manual;
import static org.worktime.domain.workday.WorkdayFixtures.nightShifts;
import static org.worktime.domain.workday.WorkdayFixtures.nineToFive;
import static org.worktime.domain.workday.WorkdayFixtures.openedAt;
import static org.worktime.domain.workday.WorkdayFixtures.pausedAt;
import static org.worktime.domain.workday.WorkdayFixtures.refused;
import static org.worktime.domain.workday.WorkdayFixtures.sentLater;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.worktime.domain.policy.Deviation;
import org.worktime.domain.time.Punch;
import org.worktime.domain.workday.WorkdayEvent.BreakEnded;
import org.worktime.domain.workday.WorkdayEvent.WorkdayClosed;

class AnEmployeeClosingAWorkdayTest {

  private static final Instant EIGHT = at(MONDAY, "08:00");
  private static final Instant NOON = at(MONDAY, "12:00");
  private static final Instant FIVE_PM = at(MONDAY, "17:00");

  @Test
  void closingAnOpenedDayNowEndsIt() {
    var transition =
        accepted(Workdays.close(openedAt(EIGHT), closing(Timing.now()), flexible(), FIVE_PM));

    assertThat(transition.workday())
        .isEqualTo(
            new ClosedWorkday(
                WORKDAY,
                TENANT,
                EMPLOYEE,
                live(EIGHT),
                List.empty(),
                live(FIVE_PM),
                Approval.APPROVED,
                Option.none()));
    assertThat(transition.events())
        .containsExactly(new WorkdayClosed(WORKDAY, live(FIVE_PM), Approval.APPROVED));
    assertThat(transition.workday().statusAt(FIVE_PM, flexible())).isEqualTo(WorkdayStatus.CLOSED);
  }

  @Test
  void closingAPausedDayEndsTheBreakToo() {
    var transition =
        accepted(Workdays.close(pausedAt(EIGHT, NOON), closing(Timing.now()), flexible(), FIVE_PM));

    Break ended = aBreak(FIRST_BREAK, NOON, FIVE_PM);
    assertThat(transition.workday().breaks()).containsExactly(ended);
    assertThat(transition.workday().finish()).isEqualTo(live(FIVE_PM));
    assertThat(transition.events())
        .containsExactly(
            new BreakEnded(WORKDAY, ended),
            new WorkdayClosed(WORKDAY, live(FIVE_PM), Approval.APPROVED));
    assertThat(transition.workday().netWorkedAt(FIVE_PM)).isEqualTo(Duration.ofHours(4));
  }

  @Test
  void closingAClosedDayIsIllegal() {
    var result =
        Workdays.close(
            closed(EIGHT, FIVE_PM), closing(Timing.now()), flexible(), at(MONDAY, "18:00"));

    assertThat(refused(result))
        .isEqualTo(new WorkdayError.IllegalTransition(WorkdayStatus.CLOSED, Action.CLOSE));
  }

  @Test
  void aNightShiftClosesNowAfterMidnight() {
    Instant start = at(MONDAY, "22:00");
    Instant now = at(TUESDAY, "06:00");

    var transition =
        accepted(Workdays.close(openedAt(start), closing(Timing.now()), nightShifts(), now));

    assertThat(transition.workday().finish()).isEqualTo(live(now));
    assertThat(transition.workday().date()).isEqualTo(MONDAY);
    assertThat(transition.workday().elapsedAt(now)).isEqualTo(Duration.ofHours(8));
  }

  @Test
  void aNightShiftClosesWithAManualTimeAfterMidnight() {
    Instant start = at(MONDAY, "22:00");
    Instant now = at(TUESDAY, "06:05");

    var transition =
        accepted(
            Workdays.close(
                openedAt(start),
                closing(manual(local(TUESDAY, "06:00"), REPORT)),
                nightShifts(),
                now));

    Punch finish = new Punch(at(TUESDAY, "06:00"), BERLIN, now, WEB, Option.some(REPORT));
    assertThat(transition.workday().finish()).isEqualTo(finish);
    assertThat(transition.events())
        .containsExactly(new WorkdayClosed(WORKDAY, finish, Approval.APPROVED));
  }

  @Test
  void aCloseTimeBeforeTheStartOnTheStartDateMeansTheNextMorning() {
    Instant now = at(TUESDAY, "06:00");

    var transition =
        accepted(
            Workdays.close(
                openedAt(at(MONDAY, "22:00")),
                closing(manual(local(MONDAY, "05:50"), REPORT)),
                nightShifts(),
                now));

    assertThat(transition.workday().finish().at()).isEqualTo(at(TUESDAY, "05:50"));
  }

  @Test
  void aManualCloseTheNextDayAfterTheStartTimeIsTheWrongDate() {
    var result =
        Workdays.close(
            openedAt(EIGHT),
            closing(manual(local(TUESDAY, "09:00"))),
            flexible(),
            at(TUESDAY, "10:00"));

    assertThat(refused(result))
        .isEqualTo(new WorkdayError.WrongDate(Action.CLOSE, TUESDAY, MONDAY));
  }

  @Test
  void aManualCloseBeforeTheStartDateIsTheWrongDate() {
    var result =
        Workdays.close(
            openedAt(EIGHT), closing(manual(local(SUNDAY, "18:00"))), flexible(), FIVE_PM);

    assertThat(refused(result)).isEqualTo(new WorkdayError.WrongDate(Action.CLOSE, SUNDAY, MONDAY));
  }

  @Test
  void aManualCloseInTheFutureIsRefused() {
    var result =
        Workdays.close(
            openedAt(EIGHT), closing(manual(local(MONDAY, "18:00"))), flexible(), FIVE_PM);

    assertThat(refused(result))
        .isEqualTo(new WorkdayError.TimeInFuture(Action.CLOSE, at(MONDAY, "18:00"), FIVE_PM));
  }

  @Test
  void aManualCloseBeforeTheLastBreakEndedIsOutOfOrder() {
    Break lunch = aBreak(FIRST_BREAK, NOON, at(MONDAY, "12:30"));

    var result =
        Workdays.close(
            openedAt(EIGHT, lunch),
            closing(manual(local(MONDAY, "12:15"))),
            flexible(),
            at(MONDAY, "12:40"));

    assertThat(refused(result))
        .isEqualTo(
            new WorkdayError.TimeOutOfOrder(
                Action.CLOSE, at(MONDAY, "12:15"), at(MONDAY, "12:30")));
  }

  @Test
  void aManualCloseBeforeTheRunningBreakStartedIsOutOfOrder() {
    var result =
        Workdays.close(
            pausedAt(EIGHT, NOON),
            closing(manual(local(MONDAY, "11:00"))),
            flexible(),
            at(MONDAY, "12:10"));

    assertThat(refused(result))
        .isEqualTo(new WorkdayError.TimeOutOfOrder(Action.CLOSE, at(MONDAY, "11:00"), NOON));
  }

  @Test
  void aManualCloseFarFromNowWaitsForApproval() {
    Instant now = at(MONDAY, "18:00");

    var transition =
        accepted(
            Workdays.close(
                openedAt(EIGHT), closing(manual(local(MONDAY, "17:00"))), flexible(), now));

    Punch finish = sentLater(FIVE_PM, now);
    assertThat(transition.workday().finish()).isEqualTo(finish);
    assertThat(transition.workday().approval()).isEqualTo(Approval.PENDING);
    assertThat(transition.events())
        .containsExactly(new WorkdayClosed(WORKDAY, finish, Approval.PENDING));
  }

  @Test
  void aManualCloseGivenInAnotherZoneIsKeptInTheDaysZone() {
    ZonedDateTime fourPmUtc = ZonedDateTime.of(MONDAY, LocalTime.of(16, 0), ZoneOffset.UTC);

    var transition =
        accepted(
            Workdays.close(
                openedAt(EIGHT), closing(manual(fourPmUtc)), flexible(), at(MONDAY, "17:05")));

    assertThat(transition.workday().finish().at()).isEqualTo(FIVE_PM);
    assertThat(transition.workday().finish().zone()).isEqualTo(BERLIN);
  }

  @Test
  void aManualCloseOnAFixedScheduleNeedsAReport() {
    var result =
        Workdays.close(
            openedAt(at(MONDAY, "09:00")),
            closing(manual(local(MONDAY, "17:30"))),
            nineToFive(),
            at(MONDAY, "17:40"));

    assertThat(refused(result))
        .isEqualTo(new WorkdayError.ReportNeeded(Action.CLOSE, true, List.empty()));
  }

  @Test
  void anEarlyShortDayOnAFixedScheduleNeedsAReport() {
    var result =
        Workdays.close(
            openedAt(at(MONDAY, "09:00")),
            closing(Timing.now()),
            nineToFive(),
            at(MONDAY, "15:00"));

    assertThat(refused(result))
        .isEqualTo(
            new WorkdayError.ReportNeeded(
                Action.CLOSE,
                false,
                List.of(
                    new Deviation.EarlyFinish(LocalTime.of(15, 0), LocalTime.of(17, 0)),
                    new Deviation.ShortDay(Duration.ofHours(6), Duration.ofHours(7)))));
  }

  @Test
  void aNoteExplainsAnEarlyFinish() {
    Instant now = at(MONDAY, "15:00");

    var transition =
        accepted(
            Workdays.close(
                openedAt(at(MONDAY, "09:00")),
                closingWithNote(Timing.now(), REASON),
                nineToFive(),
                now));

    assertThat(transition.workday().finish()).isEqualTo(live(now).withNote(Option.some(REASON)));
  }

  @Test
  void aFullDayOnAFixedScheduleClosesNowWithoutAReport() {
    var transition =
        accepted(
            Workdays.close(
                openedAt(at(MONDAY, "09:00")), closing(Timing.now()), nineToFive(), FIVE_PM));

    assertThat(transition.events())
        .containsExactly(new WorkdayClosed(WORKDAY, live(FIVE_PM), Approval.APPROVED));
  }

  @Test
  void anExpiredDayWithoutATimeIsWorkdayExpiredWithTheSuggestedClose() {
    var result =
        Workdays.close(openedAt(EIGHT), closing(Timing.now()), flexible(), at(TUESDAY, "09:00"));

    assertThat(refused(result))
        .isEqualTo(
            new WorkdayError.WorkdayExpired(WORKDAY, at(TUESDAY, "00:00"), at(MONDAY, "17:00")));
  }

  @Test
  void anExpiredDayOnAFixedShiftSuggestsTheShiftEnd() {
    var result =
        Workdays.close(
            openedAt(at(MONDAY, "09:30")),
            closing(Timing.now()),
            nineToFive(),
            at(TUESDAY, "02:00"));

    assertThat(refused(result))
        .isEqualTo(new WorkdayError.WorkdayExpired(WORKDAY, at(TUESDAY, "01:00"), FIVE_PM));
  }

  @Test
  void anExpiredDayClosesWithAManualTime() {
    Instant now = at(TUESDAY, "09:00");

    var transition =
        accepted(
            Workdays.close(
                openedAt(EIGHT), closing(manual(local(MONDAY, "17:00"))), flexible(), now));

    Punch finish = sentLater(FIVE_PM, now);
    assertThat(transition.workday())
        .isEqualTo(
            new ClosedWorkday(
                WORKDAY,
                TENANT,
                EMPLOYEE,
                live(EIGHT),
                List.empty(),
                finish,
                Approval.PENDING,
                Option.none()));
    assertThat(transition.events())
        .containsExactly(new WorkdayClosed(WORKDAY, finish, Approval.PENDING));
  }

  @Test
  void anExpiredPausedDayClosesWithAManualTimeEndingTheBreakThen() {
    Instant now = at(TUESDAY, "09:00");

    var transition =
        accepted(
            Workdays.close(
                pausedAt(EIGHT, NOON), closing(manual(local(MONDAY, "13:00"))), flexible(), now));

    Break ended = new Break(FIRST_BREAK, live(NOON), sentLater(at(MONDAY, "13:00"), now));
    Punch finish = sentLater(at(MONDAY, "13:00"), now);
    assertThat(transition.workday().breaks()).containsExactly(ended);
    assertThat(transition.events())
        .containsExactly(
            new BreakEnded(WORKDAY, ended), new WorkdayClosed(WORKDAY, finish, Approval.PENDING));
  }
}
