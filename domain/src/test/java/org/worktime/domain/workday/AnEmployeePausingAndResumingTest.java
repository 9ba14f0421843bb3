package org.worktime.domain.workday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.domain.workday.WorkdayFixtures.EMPLOYEE;
import static org.worktime.domain.workday.WorkdayFixtures.FIRST_BREAK;
import static org.worktime.domain.workday.WorkdayFixtures.MONDAY;
import static org.worktime.domain.workday.WorkdayFixtures.SECOND_BREAK;
import static org.worktime.domain.workday.WorkdayFixtures.TENANT;
import static org.worktime.domain.workday.WorkdayFixtures.TUESDAY;
import static org.worktime.domain.workday.WorkdayFixtures.WEB;
import static org.worktime.domain.workday.WorkdayFixtures.WORKDAY;
import static org.worktime.domain.workday.WorkdayFixtures.aBreak;
import static org.worktime.domain.workday.WorkdayFixtures.accepted;
import static org.worktime.domain.workday.WorkdayFixtures.at;
import static org.worktime.domain.workday.WorkdayFixtures.closed;
import static org.worktime.domain.workday.WorkdayFixtures.flexible;
import static org.worktime.domain.workday.WorkdayFixtures.live;
import static org.worktime.domain.workday.WorkdayFixtures.local;
import static org.worktime.domain.workday.WorkdayFixtures.openedAt;
import static org.worktime.domain.workday.WorkdayFixtures.pausedAt;
import static org.worktime.domain.workday.WorkdayFixtures.recorded;
import static org.worktime.domain.workday.WorkdayFixtures.refused;
import static org.worktime.domain.workday.WorkdayFixtures.sentLater;

import io.vavr.collection.List;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.worktime.domain.workday.WorkdayEvent.BreakEnded;
import org.worktime.domain.workday.WorkdayEvent.BreakStarted;

class AnEmployeePausingAndResumingTest {

  private static final Instant EIGHT = at(MONDAY, "08:00");
  private static final Instant NOON = at(MONDAY, "12:00");

  @Test
  void pausingAnOpenedDayStartsABreak() {
    var transition =
        accepted(Workdays.pause(openedAt(EIGHT), FIRST_BREAK, Timing.now(), WEB, flexible(), NOON));

    assertThat(transition.workday())
        .isEqualTo(
            new PausedWorkday(
                WORKDAY,
                TENANT,
                EMPLOYEE,
                live(EIGHT),
                List.empty(),
                new RunningBreak(FIRST_BREAK, live(NOON)),
                Approval.APPROVED));
    assertThat(transition.events())
        .containsExactly(new BreakStarted(WORKDAY, FIRST_BREAK, live(NOON)));
    assertThat(transition.workday().statusAt(NOON, flexible())).isEqualTo(WorkdayStatus.PAUSED);
  }

  @Test
  void resumingEndsTheBreak() {
    Instant now = at(MONDAY, "12:30");

    var transition =
        accepted(Workdays.resume(pausedAt(EIGHT, NOON), Timing.now(), WEB, flexible(), now));

    Break ended = aBreak(FIRST_BREAK, NOON, now);
    assertThat(transition.workday())
        .isEqualTo(
            new OpenedWorkday(
                WORKDAY, TENANT, EMPLOYEE, live(EIGHT), List.of(ended), Approval.APPROVED));
    assertThat(transition.events()).containsExactly(new BreakEnded(WORKDAY, ended));
  }

  @Test
  void aDayPausesAgainAfterItsFirstBreak() {
    Break lunch = aBreak(FIRST_BREAK, NOON, at(MONDAY, "12:30"));
    Instant now = at(MONDAY, "15:00");

    var transition =
        accepted(
            Workdays.pause(
                openedAt(EIGHT, lunch), SECOND_BREAK, Timing.now(), WEB, flexible(), now));

    assertThat(transition.workday().breaks()).containsExactly(lunch);
    assertThat(transition.workday().running()).isEqualTo(new RunningBreak(SECOND_BREAK, live(now)));
  }

  @Test
  void aRecordedPauseKeepsWhenItWasSent() {
    Instant now = at(MONDAY, "12:20");

    var transition =
        accepted(
            Workdays.pause(
                openedAt(EIGHT),
                FIRST_BREAK,
                recorded(local(MONDAY, "12:00")),
                WEB,
                flexible(),
                now));

    assertThat(transition.events())
        .containsExactly(new BreakStarted(WORKDAY, FIRST_BREAK, sentLater(NOON, now)));
  }

  @Test
  void aRecordedResumeKeepsWhenItWasSent() {
    Instant now = at(MONDAY, "13:00");

    var transition =
        accepted(
            Workdays.resume(
                pausedAt(EIGHT, NOON), recorded(local(MONDAY, "12:30")), WEB, flexible(), now));

    Break ended = new Break(FIRST_BREAK, live(NOON), sentLater(at(MONDAY, "12:30"), now));
    assertThat(transition.workday().breaks()).containsExactly(ended);
    assertThat(transition.events()).containsExactly(new BreakEnded(WORKDAY, ended));
  }

  @Test
  void pausingAPausedDayIsIllegal() {
    var result =
        Workdays.pause(
            pausedAt(EIGHT, NOON),
            SECOND_BREAK,
            Timing.now(),
            WEB,
            flexible(),
            at(MONDAY, "12:10"));

    assertThat(refused(result))
        .isEqualTo(new WorkdayError.IllegalTransition(WorkdayStatus.PAUSED, Action.PAUSE));
  }

  @Test
  void pausingAClosedDayIsIllegal() {
    var result =
        Workdays.pause(
            closed(EIGHT, at(MONDAY, "17:00")),
            FIRST_BREAK,
            Timing.now(),
            WEB,
            flexible(),
            at(MONDAY, "17:10"));

    assertThat(refused(result))
        .isEqualTo(new WorkdayError.IllegalTransition(WorkdayStatus.CLOSED, Action.PAUSE));
  }

  @Test
  void pausingAnExpiredDayIsIllegal() {
    var result =
        Workdays.pause(
            openedAt(EIGHT), FIRST_BREAK, Timing.now(), WEB, flexible(), at(TUESDAY, "08:00"));

    assertThat(refused(result))
        .isEqualTo(new WorkdayError.IllegalTransition(WorkdayStatus.EXPIRED, Action.PAUSE));
  }

  @Test
  void resumingAnOpenedDayIsIllegal() {
    var result = Workdays.resume(openedAt(EIGHT), Timing.now(), WEB, flexible(), NOON);

    assertThat(refused(result))
        .isEqualTo(new WorkdayError.IllegalTransition(WorkdayStatus.OPENED, Action.RESUME));
  }

  @Test
  void resumingAClosedDayIsIllegal() {
    var result =
        Workdays.resume(
            closed(EIGHT, at(MONDAY, "17:00")), Timing.now(), WEB, flexible(), at(MONDAY, "17:10"));

    assertThat(refused(result))
        .isEqualTo(new WorkdayError.IllegalTransition(WorkdayStatus.CLOSED, Action.RESUME));
  }

  @Test
  void resumingAnExpiredDayIsIllegal() {
    var result =
        Workdays.resume(pausedAt(EIGHT, NOON), Timing.now(), WEB, flexible(), at(TUESDAY, "00:00"));

    assertThat(refused(result))
        .isEqualTo(new WorkdayError.IllegalTransition(WorkdayStatus.EXPIRED, Action.RESUME));
  }

  @Test
  void aPauseInTheFutureIsRefused() {
    Instant now = at(MONDAY, "11:00");

    var result =
        Workdays.pause(
            openedAt(EIGHT), FIRST_BREAK, recorded(local(MONDAY, "12:00")), WEB, flexible(), now);

    assertThat(refused(result)).isEqualTo(new WorkdayError.TimeInFuture(Action.PAUSE, NOON, now));
  }

  @Test
  void aPauseBeforeTheStartIsOutOfOrder() {
    var result =
        Workdays.pause(
            openedAt(EIGHT),
            FIRST_BREAK,
            recorded(local(MONDAY, "07:00")),
            WEB,
            flexible(),
            at(MONDAY, "09:00"));

    assertThat(refused(result))
        .isEqualTo(new WorkdayError.TimeOutOfOrder(Action.PAUSE, at(MONDAY, "07:00"), EIGHT));
  }

  @Test
  void aPauseBeforeTheLastBreakEndedIsOutOfOrder() {
    Break lunch = aBreak(FIRST_BREAK, NOON, at(MONDAY, "12:30"));

    var result =
        Workdays.pause(
            openedAt(EIGHT, lunch),
            SECOND_BREAK,
            recorded(local(MONDAY, "12:15")),
            WEB,
            flexible(),
            at(MONDAY, "13:00"));

    assertThat(refused(result))
        .isEqualTo(
            new WorkdayError.TimeOutOfOrder(
                Action.PAUSE, at(MONDAY, "12:15"), at(MONDAY, "12:30")));
  }

  @Test
  void aResumeBeforeTheBreakStartedIsOutOfOrder() {
    var result =
        Workdays.resume(
            pausedAt(EIGHT, NOON),
            recorded(local(MONDAY, "11:30")),
            WEB,
            flexible(),
            at(MONDAY, "12:30"));

    assertThat(refused(result))
        .isEqualTo(new WorkdayError.TimeOutOfOrder(Action.RESUME, at(MONDAY, "11:30"), NOON));
  }

  @Test
  void aResumeInTheFutureIsRefused() {
    Instant now = at(MONDAY, "12:30");

    var result =
        Workdays.resume(
            pausedAt(EIGHT, NOON), recorded(local(MONDAY, "13:00")), WEB, flexible(), now);

    assertThat(refused(result))
        .isEqualTo(new WorkdayError.TimeInFuture(Action.RESUME, at(MONDAY, "13:00"), now));
  }
}
