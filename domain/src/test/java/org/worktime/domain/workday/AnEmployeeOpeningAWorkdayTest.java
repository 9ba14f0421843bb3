package org.worktime.domain.workday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.domain.workday.WorkdayFixtures.BERLIN;
import static org.worktime.domain.workday.WorkdayFixtures.EMPLOYEE;
import static org.worktime.domain.workday.WorkdayFixtures.FIRST_BREAK;
import static org.worktime.domain.workday.WorkdayFixtures.MONDAY;
import static org.worktime.domain.workday.WorkdayFixtures.NEW_DAY;
import static org.worktime.domain.workday.WorkdayFixtures.PREVIOUS_DAY;
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
import static org.worktime.domain.workday.WorkdayFixtures.between;
import static org.worktime.domain.workday.WorkdayFixtures.closed;
import static org.worktime.domain.workday.WorkdayFixtures.flexible;
import static org.worktime.domain.workday.WorkdayFixtures.live;
import static org.worktime.domain.workday.WorkdayFixtures.local;
import static org.worktime.domain.workday.WorkdayFixtures.manual;
import static org.worktime.domain.workday.WorkdayFixtures.nineToFive;
import static org.worktime.domain.workday.WorkdayFixtures.openedAt;
import static org.worktime.domain.workday.WorkdayFixtures.opening;
import static org.worktime.domain.workday.WorkdayFixtures.openingWithNote;
import static org.worktime.domain.workday.WorkdayFixtures.pausedAt;
import static org.worktime.domain.workday.WorkdayFixtures.recorded;
import static org.worktime.domain.workday.WorkdayFixtures.refused;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.worktime.domain.policy.Deviation;
import org.worktime.domain.time.Punch;
import org.worktime.domain.workday.WorkdayEvent.BreakEnded;
import org.worktime.domain.workday.WorkdayEvent.WorkdayOpened;

class AnEmployeeOpeningAWorkdayTest {

  private static final Instant EIGHT = at(MONDAY, "08:00");

  @Test
  void anEmployeeWithoutADayOpensOneNow() {
    var transition =
        accepted(Workdays.open(opening(Timing.now()), Option.none(), flexible(), EIGHT));

    OpenedWorkday expected =
        new OpenedWorkday(WORKDAY, TENANT, EMPLOYEE, live(EIGHT), List.empty(), Approval.APPROVED);
    assertThat(transition.workday()).isEqualTo(expected);
    assertThat(transition.events())
        .containsExactly(new WorkdayOpened(WORKDAY, EMPLOYEE, live(EIGHT), Approval.APPROVED));
    assertThat(transition.workday().date()).isEqualTo(MONDAY);
    assertThat(transition.workday().zone()).isEqualTo(BERLIN);
  }

  @Test
  void anEmployeeWhoseLastDayIsClosedOpensANewOne() {
    ClosedWorkday friday =
        closed(PREVIOUS_DAY, at(MONDAY.minusDays(3), "09:00"), at(MONDAY.minusDays(3), "17:00"));

    var transition =
        accepted(Workdays.open(opening(Timing.now()), Option.some(friday), flexible(), EIGHT));

    assertThat(transition.workday().id()).isEqualTo(WORKDAY);
    assertThat(transition.workday().start()).isEqualTo(live(EIGHT));
    assertThat(transition.events())
        .containsExactly(new WorkdayOpened(WORKDAY, EMPLOYEE, live(EIGHT), Approval.APPROVED));
  }

  @Test
  void aManualStartTakesTheZoneOfItsTime() {
    ZoneId tokyo = ZoneId.of("Asia/Tokyo");
    ZonedDateTime sixteenInTokyo = ZonedDateTime.of(MONDAY, LocalTime.of(16, 0), tokyo);
    Instant now = at(MONDAY, "08:05");

    var transition =
        accepted(Workdays.open(opening(manual(sixteenInTokyo)), Option.none(), flexible(), now));

    Punch start = new Punch(sixteenInTokyo.toInstant(), tokyo, now, WEB, Option.none());
    assertThat(transition.workday().start()).isEqualTo(start);
    assertThat(transition.workday().zone()).isEqualTo(tokyo);
    assertThat(transition.workday().approval()).isEqualTo(Approval.APPROVED);
  }

  @Test
  void aManualStartIsCheckedAgainstTodayInTheEmployeesOwnZone() {
    // 22:00 on Monday in Berlin is already Tuesday in Singapore: a start given as Tuesday 03:00
    // there lies in the past, but it is not today for an employee who lives in Berlin.
    ZoneId singapore = ZoneId.of("Asia/Singapore");
    ZonedDateTime tuesdayInSingapore = ZonedDateTime.of(TUESDAY, LocalTime.of(3, 0), singapore);
    Instant now = at(MONDAY, "22:00");

    var result = Workdays.open(opening(manual(tuesdayInSingapore)), Option.none(), flexible(), now);

    assertThat(refused(result)).isEqualTo(new WorkdayError.WrongDate(Action.OPEN, TUESDAY, MONDAY));
  }

  @Test
  void aManualStartOnAnotherDateIsTheWrongDate() {
    var result =
        Workdays.open(opening(manual(local(SUNDAY, "22:00"))), Option.none(), flexible(), EIGHT);

    assertThat(refused(result)).isEqualTo(new WorkdayError.WrongDate(Action.OPEN, SUNDAY, MONDAY));
  }

  @Test
  void aManualStartOnAFixedScheduleNeedsAReport() {
    var result =
        Workdays.open(
            opening(manual(local(MONDAY, "08:45"))),
            Option.none(),
            nineToFive(),
            at(MONDAY, "09:00"));

    assertThat(refused(result))
        .isEqualTo(new WorkdayError.ReportNeeded(Action.OPEN, true, List.empty()));
  }

  @Test
  void aManualStartOnAFixedScheduleWithAReportOpensWithTheReport() {
    Instant now = at(MONDAY, "09:00");

    var transition =
        accepted(
            Workdays.open(
                opening(manual(local(MONDAY, "08:45"), REPORT)), Option.none(), nineToFive(), now));

    Punch start = new Punch(at(MONDAY, "08:45"), BERLIN, now, WEB, Option.some(REPORT));
    assertThat(transition.workday())
        .isEqualTo(
            new OpenedWorkday(WORKDAY, TENANT, EMPLOYEE, start, List.empty(), Approval.APPROVED));
    assertThat(transition.events())
        .containsExactly(new WorkdayOpened(WORKDAY, EMPLOYEE, start, Approval.APPROVED));
  }

  @Test
  void aManualStartOnFlexibleHoursNeedsNoReport() {
    var transition =
        accepted(
            Workdays.open(
                opening(manual(local(MONDAY, "07:55"))), Option.none(), flexible(), EIGHT));

    assertThat(transition.workday().start())
        .isEqualTo(new Punch(at(MONDAY, "07:55"), BERLIN, EIGHT, WEB, Option.none()));
  }

  @Test
  void aLateStartOnAFixedScheduleNeedsAReportEvenWhenItIsNow() {
    var result =
        Workdays.open(opening(Timing.now()), Option.none(), nineToFive(), at(MONDAY, "09:30"));

    assertThat(refused(result))
        .isEqualTo(
            new WorkdayError.ReportNeeded(
                Action.OPEN,
                false,
                List.of(new Deviation.LateStart(LocalTime.of(9, 30), LocalTime.of(9, 15)))));
  }

  @Test
  void aNoteExplainsALateStart() {
    Instant now = at(MONDAY, "09:30");

    var transition =
        accepted(
            Workdays.open(openingWithNote(Timing.now(), REASON), Option.none(), nineToFive(), now));

    assertThat(transition.workday().start()).isEqualTo(live(now).withNote(Option.some(REASON)));
  }

  @Test
  void aManualStartFarFromNowWaitsForApproval() {
    var transition =
        accepted(
            Workdays.open(
                opening(manual(local(MONDAY, "07:00"))), Option.none(), flexible(), EIGHT));

    Punch start = new Punch(at(MONDAY, "07:00"), BERLIN, EIGHT, WEB, Option.none());
    assertThat(transition.workday())
        .isEqualTo(
            new OpenedWorkday(WORKDAY, TENANT, EMPLOYEE, start, List.empty(), Approval.PENDING));
    assertThat(transition.events())
        .containsExactly(new WorkdayOpened(WORKDAY, EMPLOYEE, start, Approval.PENDING));
  }

  @Test
  void aManualStartExactlyTheAllowedDeltaFromNowNeedsNoApproval() {
    var transition =
        accepted(
            Workdays.open(
                opening(manual(local(MONDAY, "07:45"))), Option.none(), flexible(), EIGHT));

    assertThat(transition.workday().approval()).isEqualTo(Approval.APPROVED);
  }

  @Test
  void aStartInTheFutureIsRefused() {
    var result =
        Workdays.open(opening(manual(local(MONDAY, "09:00"))), Option.none(), flexible(), EIGHT);

    assertThat(refused(result))
        .isEqualTo(new WorkdayError.TimeInFuture(Action.OPEN, at(MONDAY, "09:00"), EIGHT));
  }

  @Test
  void aStartBeforeThePreviousDayEndedOverlapsIt() {
    ClosedWorkday earlyShift = closed(PREVIOUS_DAY, at(MONDAY, "06:00"), at(MONDAY, "08:00"));

    var result =
        Workdays.open(
            opening(manual(local(MONDAY, "07:00"))),
            Option.some(earlyShift),
            flexible(),
            at(MONDAY, "09:00"));

    assertThat(refused(result))
        .isEqualTo(
            new WorkdayError.OverlappingWorkday(
                PREVIOUS_DAY, between(at(MONDAY, "06:00"), at(MONDAY, "08:00"))));
  }

  @Test
  void aDeviceRecordedStartKeepsWhenItWasSentAndNeedsNeitherReportNorApproval() {
    Instant syncedLate = at(MONDAY, "09:40");

    var transition =
        accepted(
            Workdays.open(
                opening(recorded(local(MONDAY, "08:50"))),
                Option.none(),
                nineToFive(),
                syncedLate));

    Punch start = new Punch(at(MONDAY, "08:50"), BERLIN, syncedLate, WEB, Option.none());
    assertThat(transition.workday())
        .isEqualTo(
            new OpenedWorkday(WORKDAY, TENANT, EMPLOYEE, start, List.empty(), Approval.APPROVED));
  }

  @Test
  void openingWhileADayIsOpenIsIllegal() {
    var result =
        Workdays.open(
            opening(NEW_DAY, Timing.now()),
            Option.some(openedAt(EIGHT)),
            flexible(),
            at(MONDAY, "10:00"));

    assertThat(refused(result))
        .isEqualTo(new WorkdayError.IllegalTransition(WorkdayStatus.OPENED, Action.OPEN));
  }

  @Test
  void openingOnAPausedDayContinuesIt() {
    Instant now = at(MONDAY, "12:30");
    PausedWorkday paused = pausedAt(EIGHT, at(MONDAY, "12:00"));

    var transition =
        accepted(
            Workdays.open(opening(NEW_DAY, Timing.now()), Option.some(paused), flexible(), now));

    Break ended = aBreak(FIRST_BREAK, at(MONDAY, "12:00"), now);
    assertThat(transition.workday())
        .isEqualTo(
            new OpenedWorkday(
                WORKDAY, TENANT, EMPLOYEE, live(EIGHT), List.of(ended), Approval.APPROVED));
    assertThat(transition.events()).containsExactly(new BreakEnded(WORKDAY, ended));
  }

  @Test
  void aManualTimeIsRefusedWhenContinuingAPausedDay() {
    PausedWorkday paused = pausedAt(EIGHT, at(MONDAY, "12:00"));

    var result =
        Workdays.open(
            opening(NEW_DAY, manual(local(MONDAY, "12:20"), REPORT)),
            Option.some(paused),
            flexible(),
            at(MONDAY, "12:30"));

    assertThat(refused(result)).isEqualTo(new WorkdayError.TimeNotAllowedWhenContinuing(WORKDAY));
  }

  @Test
  void openingOnAnExpiredDayIsIllegal() {
    var result =
        Workdays.open(
            opening(NEW_DAY, Timing.now()),
            Option.some(openedAt(EIGHT)),
            flexible(),
            at(TUESDAY, "08:00"));

    assertThat(refused(result))
        .isEqualTo(new WorkdayError.IllegalTransition(WorkdayStatus.EXPIRED, Action.OPEN));
  }

  @Test
  void openingOnAnExpiredPausedDayDoesNotContinueIt() {
    var result =
        Workdays.open(
            opening(NEW_DAY, Timing.now()),
            Option.some(pausedAt(EIGHT, at(MONDAY, "12:00"))),
            flexible(),
            at(TUESDAY, "08:00"));

    assertThat(refused(result))
        .isEqualTo(new WorkdayError.IllegalTransition(WorkdayStatus.EXPIRED, Action.OPEN));
  }
}
