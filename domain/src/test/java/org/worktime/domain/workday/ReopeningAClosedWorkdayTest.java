package org.worktime.domain.workday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.domain.workday.WorkdayFixtures.EMPLOYEE;
import static org.worktime.domain.workday.WorkdayFixtures.FIRST_BREAK;
import static org.worktime.domain.workday.WorkdayFixtures.GAP;
import static org.worktime.domain.workday.WorkdayFixtures.MANAGER;
import static org.worktime.domain.workday.WorkdayFixtures.MONDAY;
import static org.worktime.domain.workday.WorkdayFixtures.TENANT;
import static org.worktime.domain.workday.WorkdayFixtures.TUESDAY;
import static org.worktime.domain.workday.WorkdayFixtures.WORKDAY;
import static org.worktime.domain.workday.WorkdayFixtures.aBreak;
import static org.worktime.domain.workday.WorkdayFixtures.accepted;
import static org.worktime.domain.workday.WorkdayFixtures.at;
import static org.worktime.domain.workday.WorkdayFixtures.closed;
import static org.worktime.domain.workday.WorkdayFixtures.flexible;
import static org.worktime.domain.workday.WorkdayFixtures.live;
import static org.worktime.domain.workday.WorkdayFixtures.nineToFive;
import static org.worktime.domain.workday.WorkdayFixtures.openedAt;
import static org.worktime.domain.workday.WorkdayFixtures.pausedAt;
import static org.worktime.domain.workday.WorkdayFixtures.refused;
import static org.worktime.domain.workday.WorkdayFixtures.verified;
import static org.worktime.domain.workday.WorkdayFixtures.withoutReopening;

import io.vavr.collection.List;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.worktime.domain.workday.WorkdayError.ReopenNotAllowed;
import org.worktime.domain.workday.WorkdayEvent.WorkdayReopened;

class ReopeningAClosedWorkdayTest {

  private static final Instant EIGHT = at(MONDAY, "08:00");
  private static final Instant NOON = at(MONDAY, "12:00");
  private static final Instant ONE_PM = at(MONDAY, "13:00");

  @Test
  void reopeningTodaysDayTurnsTheGapIntoABreak() {
    var transition = accepted(Workdays.reopen(closed(EIGHT, NOON), GAP, flexible(), ONE_PM));

    Break gap = aBreak(GAP, NOON, ONE_PM);
    assertThat(transition.workday())
        .isEqualTo(
            new OpenedWorkday(
                WORKDAY, TENANT, EMPLOYEE, live(EIGHT), List.of(gap), Approval.APPROVED));
    assertThat(transition.events()).containsExactly(new WorkdayReopened(WORKDAY, live(NOON), gap));
  }

  @Test
  void theGapDoesNotCountAsWorkedTime() {
    OpenedWorkday reopened =
        accepted(Workdays.reopen(closed(EIGHT, NOON), GAP, flexible(), ONE_PM)).workday();

    Instant later = at(MONDAY, "17:00");
    assertThat(reopened.elapsedAt(later)).isEqualTo(Duration.ofHours(9));
    assertThat(reopened.breakTimeAt(later)).isEqualTo(Duration.ofHours(1));
    assertThat(reopened.netWorkedAt(later)).isEqualTo(Duration.ofHours(8));
  }

  @Test
  void earlierBreaksStayBeforeTheGap() {
    Break lunch = aBreak(FIRST_BREAK, at(MONDAY, "10:00"), at(MONDAY, "10:30"));

    var transition =
        accepted(Workdays.reopen(closed(EIGHT, NOON, lunch), GAP, nineToFive(), ONE_PM));

    assertThat(transition.workday().breaks()).containsExactly(lunch, aBreak(GAP, NOON, ONE_PM));
  }

  @Test
  void aDayOfAnotherDateIsNotToday() {
    var result = Workdays.reopen(closed(EIGHT, NOON), GAP, flexible(), at(TUESDAY, "08:00"));

    assertThat(refused(result))
        .isEqualTo(new ReopenNotAllowed(WORKDAY, ReopenNotAllowed.Reason.NOT_TODAY));
  }

  @Test
  void aPolicyMayForbidReopening() {
    var result = Workdays.reopen(closed(EIGHT, NOON), GAP, withoutReopening(flexible()), ONE_PM);

    assertThat(refused(result))
        .isEqualTo(new ReopenNotAllowed(WORKDAY, ReopenNotAllowed.Reason.POLICY_FORBIDS));
  }

  @Test
  void aVerifiedDayCannotBeReopened() {
    Verification verification = new Verification(MANAGER, at(MONDAY, "12:30"));

    var result =
        Workdays.reopen(verified(closed(EIGHT, NOON), verification), GAP, flexible(), ONE_PM);

    assertThat(refused(result)).isEqualTo(new WorkdayError.AlreadyVerified(WORKDAY, verification));
  }

  @Test
  void aClockBehindTheCloseIsOutOfOrder() {
    var result = Workdays.reopen(closed(EIGHT, NOON), GAP, flexible(), at(MONDAY, "11:00"));

    assertThat(refused(result))
        .isEqualTo(new WorkdayError.TimeOutOfOrder(Action.REOPEN, at(MONDAY, "11:00"), NOON));
  }

  @Test
  void reopeningAnOpenedDayIsIllegal() {
    var result = Workdays.reopen(openedAt(EIGHT), GAP, flexible(), ONE_PM);

    assertThat(refused(result))
        .isEqualTo(new WorkdayError.IllegalTransition(WorkdayStatus.OPENED, Action.REOPEN));
  }

  @Test
  void reopeningAPausedDayIsIllegal() {
    var result = Workdays.reopen(pausedAt(EIGHT, NOON), GAP, flexible(), ONE_PM);

    assertThat(refused(result))
        .isEqualTo(new WorkdayError.IllegalTransition(WorkdayStatus.PAUSED, Action.REOPEN));
  }
}
