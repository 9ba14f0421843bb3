package org.worktime.domain.workday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.domain.workday.WorkdayFixtures.BERLIN;
import static org.worktime.domain.workday.WorkdayFixtures.EMPLOYEE;
import static org.worktime.domain.workday.WorkdayFixtures.FIRST_BREAK;
import static org.worktime.domain.workday.WorkdayFixtures.MANAGER;
import static org.worktime.domain.workday.WorkdayFixtures.MONDAY;
import static org.worktime.domain.workday.WorkdayFixtures.PREVIOUS_DAY;
import static org.worktime.domain.workday.WorkdayFixtures.REASON;
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
import static org.worktime.domain.workday.WorkdayFixtures.openedAt;
import static org.worktime.domain.workday.WorkdayFixtures.pausedAt;
import static org.worktime.domain.workday.WorkdayFixtures.refused;
import static org.worktime.domain.workday.WorkdayFixtures.verified;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.worktime.domain.time.Punch;
import org.worktime.domain.workday.WorkdayEvent.WorkdayCorrected;

class CorrectingAWorkdayTest {

  private static final Instant EIGHT = at(MONDAY, "08:00");
  private static final Instant NOON = at(MONDAY, "12:00");
  private static final Instant FIVE_PM = at(MONDAY, "17:00");
  private static final Instant NEXT_MORNING = at(TUESDAY, "09:00");

  private static Correction ofStart(Instant start, Approval approval) {
    return new Correction(Option.some(start), Option.none(), REASON, approval);
  }

  private static Correction ofEnd(Instant end) {
    return new Correction(Option.none(), Option.some(end), REASON, Approval.APPROVED);
  }

  /** The punch moved to another instant: where and when it was sent stay as recorded. */
  private static Punch moved(Instant recordedAt, Instant correctedTo) {
    return new Punch(correctedTo, BERLIN, recordedAt, WEB, Option.none());
  }

  @Test
  void anEmployeeCorrectsTheStartOfAnOpenedDayPendingApproval() {
    Instant halfPastSeven = at(MONDAY, "07:30");

    var transition =
        accepted(
            Workdays.correct(
                openedAt(EIGHT),
                ofStart(halfPastSeven, Approval.PENDING),
                List.empty(),
                flexible(),
                at(MONDAY, "10:00")));

    Punch corrected = moved(EIGHT, halfPastSeven);
    assertThat(transition.workday())
        .isEqualTo(
            new OpenedWorkday(
                WORKDAY, TENANT, EMPLOYEE, corrected, List.empty(), Approval.PENDING));
    assertThat(transition.events())
        .containsExactly(
            new WorkdayCorrected(
                WORKDAY,
                live(EIGHT),
                corrected,
                Option.none(),
                Option.none(),
                REASON,
                Approval.PENDING));
  }

  @Test
  void aManagerCorrectsBothEndsOfAClosedDay() {
    Instant quarterToEight = at(MONDAY, "07:45");
    Instant halfPastFour = at(MONDAY, "16:30");
    Correction correction =
        new Correction(
            Option.some(quarterToEight), Option.some(halfPastFour), REASON, Approval.APPROVED);

    var transition =
        accepted(
            Workdays.correct(
                closed(EIGHT, FIVE_PM), correction, List.empty(), flexible(), NEXT_MORNING));

    assertThat(transition.workday())
        .isEqualTo(
            new ClosedWorkday(
                WORKDAY,
                TENANT,
                EMPLOYEE,
                moved(EIGHT, quarterToEight),
                List.empty(),
                moved(FIVE_PM, halfPastFour),
                Approval.APPROVED,
                Option.none()));
    assertThat(transition.events())
        .containsExactly(
            new WorkdayCorrected(
                WORKDAY,
                live(EIGHT),
                moved(EIGHT, quarterToEight),
                Option.some(live(FIVE_PM)),
                Option.some(moved(FIVE_PM, halfPastFour)),
                REASON,
                Approval.APPROVED));
  }

  @Test
  void anEndBeforeTheStartIsRefused() {
    var result =
        Workdays.correct(
            closed(EIGHT, FIVE_PM),
            ofEnd(at(MONDAY, "07:00")),
            List.empty(),
            flexible(),
            NEXT_MORNING);

    assertThat(refused(result))
        .isEqualTo(new WorkdayError.EndBeforeStart(EIGHT, at(MONDAY, "07:00")));
  }

  @Test
  void aStartAfterTheEndIsRefused() {
    var result =
        Workdays.correct(
            closed(EIGHT, FIVE_PM),
            ofStart(at(MONDAY, "18:00"), Approval.APPROVED),
            List.empty(),
            flexible(),
            NEXT_MORNING);

    assertThat(refused(result))
        .isEqualTo(new WorkdayError.EndBeforeStart(at(MONDAY, "18:00"), FIVE_PM));
  }

  @Test
  void aBreakOutsideTheCorrectedSpanIsRefused() {
    Break lunch = aBreak(FIRST_BREAK, NOON, at(MONDAY, "12:30"));

    var result =
        Workdays.correct(
            closed(EIGHT, FIVE_PM, lunch),
            ofEnd(at(MONDAY, "12:15")),
            List.empty(),
            flexible(),
            NEXT_MORNING);

    assertThat(refused(result))
        .isEqualTo(
            new WorkdayError.BreakOutsideDay(
                between(NOON, at(MONDAY, "12:30")), between(EIGHT, at(MONDAY, "12:15"))));
  }

  @Test
  void theRunningBreakMustStayInsideTheCorrectedSpan() {
    Instant now = at(MONDAY, "12:30");

    var result =
        Workdays.correct(
            pausedAt(EIGHT, NOON),
            ofStart(at(MONDAY, "12:10"), Approval.PENDING),
            List.empty(),
            flexible(),
            now);

    assertThat(refused(result))
        .isEqualTo(
            new WorkdayError.BreakOutsideDay(
                between(NOON, now), between(at(MONDAY, "12:10"), now)));
  }

  @Test
  void aCorrectionOverlappingAnotherDayIsRefused() {
    ClosedWorkday nightBefore = closed(PREVIOUS_DAY, at(SUNDAY, "22:00"), at(MONDAY, "06:00"));
    ClosedWorkday today = closed(EIGHT, FIVE_PM);

    var result =
        Workdays.correct(
            today,
            ofStart(at(MONDAY, "05:30"), Approval.APPROVED),
            List.of(nightBefore, today),
            flexible(),
            NEXT_MORNING);

    assertThat(refused(result))
        .isEqualTo(
            new WorkdayError.OverlappingWorkday(
                PREVIOUS_DAY, between(at(SUNDAY, "22:00"), at(MONDAY, "06:00"))));
  }

  @Test
  void aCorrectionUpToAnotherDaysEndIsAllowed() {
    ClosedWorkday nightBefore = closed(PREVIOUS_DAY, at(SUNDAY, "22:00"), at(MONDAY, "06:00"));
    ClosedWorkday today = closed(EIGHT, FIVE_PM);

    var transition =
        accepted(
            Workdays.correct(
                today,
                ofStart(at(MONDAY, "06:00"), Approval.APPROVED),
                List.of(nightBefore, today),
                flexible(),
                NEXT_MORNING));

    assertThat(transition.workday().start()).isEqualTo(moved(EIGHT, at(MONDAY, "06:00")));
  }

  @Test
  void correctingTheEndOfAnOpenedDayIsIllegal() {
    var result =
        Workdays.correct(
            openedAt(EIGHT),
            ofEnd(at(MONDAY, "09:00")),
            List.empty(),
            flexible(),
            at(MONDAY, "10:00"));

    assertThat(refused(result))
        .isEqualTo(new WorkdayError.IllegalTransition(WorkdayStatus.OPENED, Action.CORRECT));
  }

  @Test
  void correctingTheEndOfAPausedDayIsIllegal() {
    var result =
        Workdays.correct(
            pausedAt(EIGHT, NOON),
            ofEnd(at(MONDAY, "12:00")),
            List.empty(),
            flexible(),
            at(MONDAY, "12:30"));

    assertThat(refused(result))
        .isEqualTo(new WorkdayError.IllegalTransition(WorkdayStatus.PAUSED, Action.CORRECT));
  }

  @Test
  void anEndInTheFutureIsRefused() {
    Instant now = at(MONDAY, "17:30");

    var result =
        Workdays.correct(
            closed(EIGHT, FIVE_PM), ofEnd(at(MONDAY, "18:00")), List.empty(), flexible(), now);

    assertThat(refused(result))
        .isEqualTo(new WorkdayError.TimeInFuture(Action.CORRECT, at(MONDAY, "18:00"), now));
  }

  @Test
  void aStartInTheFutureIsRefused() {
    Instant now = at(MONDAY, "10:00");

    var result =
        Workdays.correct(
            openedAt(EIGHT),
            ofStart(at(MONDAY, "11:00"), Approval.PENDING),
            List.empty(),
            flexible(),
            now);

    assertThat(refused(result))
        .isEqualTo(new WorkdayError.TimeInFuture(Action.CORRECT, at(MONDAY, "11:00"), now));
  }

  @Test
  void aVerifiedDayIsLocked() {
    Verification verification = new Verification(MANAGER, NEXT_MORNING);

    var result =
        Workdays.correct(
            verified(closed(EIGHT, FIVE_PM), verification),
            ofEnd(at(MONDAY, "16:00")),
            List.empty(),
            flexible(),
            at(TUESDAY, "10:00"));

    assertThat(refused(result)).isEqualTo(new WorkdayError.AlreadyVerified(WORKDAY, verification));
  }
}
