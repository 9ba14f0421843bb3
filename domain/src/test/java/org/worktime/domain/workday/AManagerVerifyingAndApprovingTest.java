package org.worktime.domain.workday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.domain.workday.WorkdayFixtures.EMPLOYEE;
import static org.worktime.domain.workday.WorkdayFixtures.FIRST_BREAK;
import static org.worktime.domain.workday.WorkdayFixtures.MANAGER;
import static org.worktime.domain.workday.WorkdayFixtures.MONDAY;
import static org.worktime.domain.workday.WorkdayFixtures.TENANT;
import static org.worktime.domain.workday.WorkdayFixtures.TUESDAY;
import static org.worktime.domain.workday.WorkdayFixtures.WEDNESDAY;
import static org.worktime.domain.workday.WorkdayFixtures.WORKDAY;
import static org.worktime.domain.workday.WorkdayFixtures.accepted;
import static org.worktime.domain.workday.WorkdayFixtures.at;
import static org.worktime.domain.workday.WorkdayFixtures.closed;
import static org.worktime.domain.workday.WorkdayFixtures.closing;
import static org.worktime.domain.workday.WorkdayFixtures.flexible;
import static org.worktime.domain.workday.WorkdayFixtures.live;
import static org.worktime.domain.workday.WorkdayFixtures.local;
import static org.worktime.domain.workday.WorkdayFixtures.manual;
import static org.worktime.domain.workday.WorkdayFixtures.openedAt;
import static org.worktime.domain.workday.WorkdayFixtures.opening;
import static org.worktime.domain.workday.WorkdayFixtures.pausedAt;
import static org.worktime.domain.workday.WorkdayFixtures.refused;
import static org.worktime.domain.workday.WorkdayFixtures.verified;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.worktime.domain.workday.WorkdayEvent.WorkdayApproved;
import org.worktime.domain.workday.WorkdayEvent.WorkdayVerified;

class AManagerVerifyingAndApprovingTest {

  private static final Instant EIGHT = at(MONDAY, "08:00");
  private static final Instant FIVE_PM = at(MONDAY, "17:00");
  private static final Instant NEXT_MORNING = at(TUESDAY, "10:00");

  @Test
  void verifyingAClosedDayMarksItChecked() {
    var transition =
        accepted(Workdays.verify(closed(EIGHT, FIVE_PM), MANAGER, flexible(), NEXT_MORNING));

    Verification verification = new Verification(MANAGER, NEXT_MORNING);
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
                Option.some(verification)));
    assertThat(transition.workday().isVerified()).isTrue();
    assertThat(transition.events()).containsExactly(new WorkdayVerified(WORKDAY, verification));
  }

  @Test
  void verifyingAVerifiedDayAgainIsAlreadyVerified() {
    Verification first = new Verification(MANAGER, NEXT_MORNING);

    var result =
        Workdays.verify(
            verified(closed(EIGHT, FIVE_PM), first), MANAGER, flexible(), at(WEDNESDAY, "10:00"));

    assertThat(refused(result)).isEqualTo(new WorkdayError.AlreadyVerified(WORKDAY, first));
  }

  @Test
  void verifyingAnOpenedDayIsIllegal() {
    var result = Workdays.verify(openedAt(EIGHT), MANAGER, flexible(), at(MONDAY, "12:00"));

    assertThat(refused(result))
        .isEqualTo(new WorkdayError.IllegalTransition(WorkdayStatus.OPENED, Action.VERIFY));
  }

  @Test
  void verifyingAPausedDayIsIllegal() {
    var result =
        Workdays.verify(
            pausedAt(EIGHT, at(MONDAY, "12:00")), MANAGER, flexible(), at(MONDAY, "12:10"));

    assertThat(refused(result))
        .isEqualTo(new WorkdayError.IllegalTransition(WorkdayStatus.PAUSED, Action.VERIFY));
  }

  @Test
  void verifyingAnExpiredDayIsIllegal() {
    var result = Workdays.verify(openedAt(EIGHT), MANAGER, flexible(), NEXT_MORNING);

    assertThat(refused(result))
        .isEqualTo(new WorkdayError.IllegalTransition(WorkdayStatus.EXPIRED, Action.VERIFY));
  }

  @Test
  void approvingAManualStartFarFromNowConfirmsTheOpenedDay() {
    Instant now = at(MONDAY, "10:00");
    OpenedWorkday pending =
        accepted(
                Workdays.open(
                    opening(manual(local(MONDAY, "08:00"))), Option.none(), flexible(), now))
            .workday();
    assertThat(pending.approval()).isEqualTo(Approval.PENDING);

    var transition = accepted(Workdays.approve(pending, MANAGER, at(MONDAY, "10:30")));

    assertThat(transition.workday())
        .isEqualTo(
            new OpenedWorkday(
                WORKDAY, TENANT, EMPLOYEE, pending.start(), List.empty(), Approval.APPROVED));
    assertThat(transition.events())
        .containsExactly(new WorkdayApproved(WORKDAY, MANAGER, at(MONDAY, "10:30")));
  }

  @Test
  void approvingAPausedDayKeepsItsRunningBreak() {
    PausedWorkday pending =
        new PausedWorkday(
            WORKDAY,
            TENANT,
            EMPLOYEE,
            live(EIGHT),
            List.empty(),
            new RunningBreak(FIRST_BREAK, live(at(MONDAY, "12:00"))),
            Approval.PENDING);

    var transition = accepted(Workdays.approve(pending, MANAGER, at(MONDAY, "12:10")));

    assertThat(transition.workday())
        .isEqualTo(
            new PausedWorkday(
                WORKDAY,
                TENANT,
                EMPLOYEE,
                live(EIGHT),
                List.empty(),
                new RunningBreak(FIRST_BREAK, live(at(MONDAY, "12:00"))),
                Approval.APPROVED));
    assertThat(transition.events())
        .containsExactly(new WorkdayApproved(WORKDAY, MANAGER, at(MONDAY, "12:10")));
  }

  @Test
  void approvingAManualCloseConfirmsTheClosedDay() {
    ClosedWorkday pending =
        accepted(
                Workdays.close(
                    openedAt(EIGHT),
                    closing(manual(local(MONDAY, "17:00"))),
                    flexible(),
                    NEXT_MORNING))
            .workday();
    assertThat(pending.approval()).isEqualTo(Approval.PENDING);

    var transition = accepted(Workdays.approve(pending, MANAGER, at(TUESDAY, "11:00")));

    assertThat(transition.workday())
        .isEqualTo(
            new ClosedWorkday(
                WORKDAY,
                TENANT,
                EMPLOYEE,
                live(EIGHT),
                List.empty(),
                pending.finish(),
                Approval.APPROVED,
                Option.none()));
    assertThat(transition.events())
        .containsExactly(new WorkdayApproved(WORKDAY, MANAGER, at(TUESDAY, "11:00")));
  }

  @Test
  void approvingAnApprovedDayHasNothingToApprove() {
    var result = Workdays.approve(closed(EIGHT, FIVE_PM), MANAGER, NEXT_MORNING);

    assertThat(refused(result)).isEqualTo(new WorkdayError.NothingToApprove(WORKDAY));
  }
}
