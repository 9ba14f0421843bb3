package org.worktime.application.workday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.application.EngineFixture.MONDAY_NINE;
import static org.worktime.application.EngineFixture.WEB;
import static org.worktime.application.EngineFixture.accepted;
import static org.worktime.application.EngineFixture.as;
import static org.worktime.application.EngineFixture.refused;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.worktime.application.Actor;
import org.worktime.application.EngineFixture;
import org.worktime.application.Refusal;
import org.worktime.application.port.AuditEntry;
import org.worktime.domain.id.WorkdayId;
import org.worktime.domain.text.Note;
import org.worktime.domain.time.Interval;
import org.worktime.domain.workday.Approval;
import org.worktime.domain.workday.ClosedWorkday;
import org.worktime.domain.workday.Verification;
import org.worktime.domain.workday.WorkdayError;
import org.worktime.domain.workday.WorkdayStatus;

class CorrectingAndReviewingADayTest {

  private static final Note FORGOT = new Note("forgot to clock in at 08:30");

  private final EngineFixture fixture = new EngineFixture();
  private final Actor eve = fixture.acme.employee();
  private final Actor mia = fixture.acme.manager();
  private final WorkdayId day = fixture.workedFor(eve, Duration.ofHours(8)).workday().id();
  private final Instant halfAnHourEarlier = MONDAY_NINE.minus(Duration.ofMinutes(30));

  @Test
  void anEmployeesOwnCorrectionWaitsForAManager() {
    WorkdayView corrected = correct(eve, day, Option.some(halfAnHourEarlier), Option.none());

    assertThat(corrected.workday().start().at()).isEqualTo(halfAnHourEarlier);
    assertThat(corrected.workday().approval())
        .as("Bitrix ACTIVE false")
        .isEqualTo(Approval.PENDING);
    assertThat(corrected.workday().netWorkedAt(fixture.now()))
        .isEqualTo(Duration.ofMinutes(8 * 60 + 30));
    assertThat(fixture.status(eve).get().workday().approval()).isEqualTo(Approval.PENDING);
  }

  @Test
  void aManagersApprovalConfirmsThePendingCorrection() {
    correct(eve, day, Option.some(halfAnHourEarlier), Option.none());
    fixture.advance(Duration.ofHours(1));

    WorkdayView approved =
        accepted(
            fixture
                .engine
                .approveWorkday()
                .approve(new ApproveWorkdayUseCase.Command(as(mia), day)));

    assertThat(approved.workday().approval()).isEqualTo(Approval.APPROVED);
    assertThat(approved.workday().start().at()).isEqualTo(halfAnHourEarlier);
    assertThat(fixture.status(eve).get().workday().approval()).isEqualTo(Approval.APPROVED);
    AuditEntry approval = fixture.history(day).last();
    assertThat(approval.action()).isEqualTo("APPROVE");
    assertThat(approval.actor()).isEqualTo(mia.employee());
    assertThat(fixture.history(day).map(AuditEntry::action))
        .containsExactly("OPEN", "CLOSE", "CORRECT", "APPROVE");
  }

  @Test
  void aManagersCorrectionIsApprovedAsMade() {
    Instant sixPm = fixture.now().plus(Duration.ofHours(1));
    fixture.advance(Duration.ofHours(2));

    WorkdayView corrected = correct(mia, day, Option.none(), Option.some(sixPm));

    assertThat(corrected.workday().end().get().at()).isEqualTo(sixPm);
    assertThat(corrected.workday().approval()).isEqualTo(Approval.APPROVED);
    assertThat(corrected.workday().netWorkedAt(fixture.now())).isEqualTo(Duration.ofHours(9));
  }

  @Test
  void approvingADayWithNothingPendingIsRefused() {
    Refusal refusal =
        refused(
            fixture
                .engine
                .approveWorkday()
                .approve(new ApproveWorkdayUseCase.Command(as(mia), day)));

    assertThat(refusal)
        .isEqualTo(new Refusal.WorkdayRefused(new WorkdayError.NothingToApprove(day)));
  }

  @Test
  void aCorrectionOverlappingAnotherDayIsRefused() {
    Instant yesterdayEnd = fixture.now();
    fixture.advance(Duration.ofHours(16)); // Tuesday 09:00
    WorkdayId tuesday = fixture.workedFor(eve, Duration.ofHours(8)).workday().id();
    Instant mondayAfternoon = yesterdayEnd.minus(Duration.ofHours(1));

    Refusal refusal =
        refused(
            fixture
                .engine
                .correctWorkday()
                .correct(
                    new CorrectWorkdayUseCase.Command(
                        as(mia), tuesday, Option.some(mondayAfternoon), Option.none(), FORGOT)));

    assertThat(refusal)
        .isEqualTo(
            new Refusal.WorkdayRefused(
                new WorkdayError.OverlappingWorkday(day, new Interval(MONDAY_NINE, yesterdayEnd))));
    assertThat(fixture.status(eve).get().workday().start().at())
        .isEqualTo(yesterdayEnd.plus(Duration.ofHours(16)));
  }

  @Test
  void correctingTheEndOfARunningDayIsRefused() {
    fixture.advance(Duration.ofHours(16));
    WorkdayId running = fixture.open(eve).workday().id();
    fixture.advance(Duration.ofHours(1));

    Refusal refusal =
        refused(
            fixture
                .engine
                .correctWorkday()
                .correct(
                    new CorrectWorkdayUseCase.Command(
                        as(eve), running, Option.none(), Option.some(fixture.now()), FORGOT)));

    assertThat(refusal)
        .isEqualTo(
            new Refusal.WorkdayRefused(
                new WorkdayError.IllegalTransition(
                    WorkdayStatus.OPENED, org.worktime.domain.workday.Action.CORRECT)));
  }

  @Test
  void aVerifiedDayIsLockedAgainstFurtherEdits() {
    fixture.advance(Duration.ofHours(1));

    WorkdayView verified =
        accepted(
            fixture.engine.verifyWorkday().verify(new VerifyWorkdayUseCase.Command(as(mia), day)));

    Verification verification = new Verification(mia.employee(), fixture.now());
    assertThat(((ClosedWorkday) verified.workday()).verification()).contains(verification);
    assertThat(((ClosedWorkday) fixture.status(eve).get().workday()).isVerified()).isTrue();
    Refusal refusal =
        refused(
            fixture
                .engine
                .addBreak()
                .addBreak(
                    new AddBreakUseCase.Command(
                        as(mia),
                        day,
                        new Interval(MONDAY_NINE.plusSeconds(3600), MONDAY_NINE.plusSeconds(4200)),
                        WEB)));
    assertThat(refusal)
        .isEqualTo(new Refusal.WorkdayRefused(new WorkdayError.AlreadyVerified(day, verification)));
  }

  @Test
  void aRunningDayCannotBeVerified() {
    fixture.advance(Duration.ofHours(16));
    WorkdayId running = fixture.open(eve).workday().id();

    Refusal refusal =
        refused(
            fixture
                .engine
                .verifyWorkday()
                .verify(new VerifyWorkdayUseCase.Command(as(mia), running)));

    assertThat(refusal)
        .isEqualTo(
            new Refusal.WorkdayRefused(
                new WorkdayError.IllegalTransition(
                    WorkdayStatus.OPENED, org.worktime.domain.workday.Action.VERIFY)));
  }

  private WorkdayView correct(
      Actor by, WorkdayId which, Option<Instant> newStart, Option<Instant> newEnd) {
    return accepted(
        fixture
            .engine
            .correctWorkday()
            .correct(new CorrectWorkdayUseCase.Command(as(by), which, newStart, newEnd, FORGOT)));
  }
}
