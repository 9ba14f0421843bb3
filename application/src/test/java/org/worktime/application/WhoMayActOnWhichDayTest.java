package org.worktime.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.application.EngineFixture.BERLIN;
import static org.worktime.application.EngineFixture.MONDAY_NINE;
import static org.worktime.application.EngineFixture.WEB;
import static org.worktime.application.EngineFixture.accepted;
import static org.worktime.application.EngineFixture.as;
import static org.worktime.application.EngineFixture.closeNow;
import static org.worktime.application.EngineFixture.openNow;
import static org.worktime.application.EngineFixture.pauseNow;
import static org.worktime.application.EngineFixture.refused;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.worktime.application.employee.ManageEmployeesUseCase.NewEmployee;
import org.worktime.application.port.AuditEntry;
import org.worktime.application.workday.AddBreakUseCase;
import org.worktime.application.workday.ApproveWorkdayUseCase;
import org.worktime.application.workday.CorrectWorkdayUseCase;
import org.worktime.application.workday.VerifyWorkdayUseCase;
import org.worktime.application.workday.WorkdayView;
import org.worktime.domain.employee.Role;
import org.worktime.domain.id.WorkdayId;
import org.worktime.domain.policy.SchedulePolicy;
import org.worktime.domain.text.Note;
import org.worktime.domain.time.Interval;
import org.worktime.domain.workday.Approval;
import org.worktime.domain.workday.WorkdayStatus;

class WhoMayActOnWhichDayTest {

  private final EngineFixture fixture = new EngineFixture();
  private final Actor admin = fixture.acme.admin();
  private final Actor mia = fixture.acme.manager();
  private final Actor eve = fixture.acme.employee();
  private final Actor sam = fixture.acme.colleague();

  @Test
  void anEmployeeCannotOpenAColleaguesDay() {
    assertThat(refused(fixture.engine.openWorkday().open(openNow(as(eve), sam))))
        .isInstanceOf(Refusal.Forbidden.class);
    assertThat(fixture.status(sam)).isEmpty();
  }

  @Test
  void anEmployeeCannotPauseOrCloseAColleaguesDay() {
    WorkdayView samsDay = fixture.open(sam);
    fixture.advance(Duration.ofHours(1));

    assertThat(refused(fixture.engine.pauseWorkday().pause(pauseNow(as(eve), sam))))
        .isInstanceOf(Refusal.Forbidden.class);
    assertThat(refused(fixture.engine.closeWorkday().close(closeNow(as(eve), sam))))
        .isInstanceOf(Refusal.Forbidden.class);
    assertThat(fixture.status(sam).get().status()).isEqualTo(WorkdayStatus.OPENED);
    assertThat(fixture.history(samsDay.workday().id())).hasSize(1);
  }

  @Test
  void anEmployeeCannotCorrectOrAddBreaksToAColleaguesDay() {
    WorkdayId samsDay = fixture.workedFor(sam, Duration.ofHours(8)).workday().id();

    assertThat(refused(correct(eve, samsDay))).isInstanceOf(Refusal.Forbidden.class);
    assertThat(refused(addLunch(eve, samsDay))).isInstanceOf(Refusal.Forbidden.class);
    assertThat(fixture.history(samsDay).map(AuditEntry::action)).containsExactly("OPEN", "CLOSE");
  }

  @Test
  void anEmployeeActsOnTheirOwnDay() {
    WorkdayId evesDay = fixture.workedFor(eve, Duration.ofHours(8)).workday().id();

    accepted(addLunch(eve, evesDay));
    accepted(correct(eve, evesDay));

    assertThat(fixture.history(evesDay).map(AuditEntry::actor)).containsOnly(eve.employee());
  }

  @Test
  void anEmployeeCannotReadAColleaguesStatusHistoryOrDays() {
    WorkdayId samsDay = fixture.open(sam).workday().id();

    assertThat(refused(fixture.engine.workdayStatus().statusOf(as(eve), sam.employee())))
        .isInstanceOf(Refusal.Forbidden.class);
    assertThat(refused(fixture.engine.workdayHistory().historyOf(as(eve), samsDay)))
        .isInstanceOf(Refusal.Forbidden.class);
    LocalDate monday = LocalDate.of(2025, 3, 10);
    assertThat(
            refused(
                fixture
                    .engine
                    .workdaysInPeriod()
                    .forEachDay(as(eve), Option.some(sam.employee()), monday, monday, day -> {})))
        .isInstanceOf(Refusal.Forbidden.class);
  }

  @Test
  void aManagerActsOnAnyDayOfTheCompany() {
    WorkdayView opened = accepted(fixture.engine.openWorkday().open(openNow(as(mia), eve)));
    fixture.advance(Duration.ofHours(4));
    accepted(fixture.engine.pauseWorkday().pause(pauseNow(as(mia), eve)));
    fixture.advance(Duration.ofHours(1));
    accepted(fixture.engine.closeWorkday().close(closeNow(as(mia), eve)));
    WorkdayId day = opened.workday().id();
    accepted(correct(mia, day));

    assertThat(fixture.history(day).map(AuditEntry::actor)).containsOnly(mia.employee());
    assertThat(accepted(fixture.engine.workdayStatus().statusOf(as(mia), eve.employee())))
        .isNotEmpty();
    assertThat(accepted(fixture.engine.workdayHistory().historyOf(as(mia), day))).hasSize(4);
  }

  @Test
  void anAdminActsOnAnyDayOfTheCompanyToo() {
    WorkdayView opened = accepted(fixture.engine.openWorkday().open(openNow(as(admin), sam)));

    assertThat(opened.workday().employee()).isEqualTo(sam.employee());
  }

  @Test
  void onlyAManagerApprovesAPendingEdit() {
    WorkdayId day = fixture.workedFor(eve, Duration.ofHours(8)).workday().id();
    accepted(correct(eve, day));

    assertThat(refused(approve(eve, day))).isInstanceOf(Refusal.Forbidden.class);
    assertThat(refused(approve(sam, day))).isInstanceOf(Refusal.Forbidden.class);
    assertThat(fixture.status(eve).get().workday().approval()).isEqualTo(Approval.PENDING);

    assertThat(accepted(approve(mia, day)).workday().approval()).isEqualTo(Approval.APPROVED);
  }

  @Test
  void onlyAManagerVerifiesADay() {
    WorkdayId day = fixture.workedFor(eve, Duration.ofHours(8)).workday().id();

    assertThat(
            refused(
                fixture
                    .engine
                    .verifyWorkday()
                    .verify(new VerifyWorkdayUseCase.Command(as(eve), day))))
        .isInstanceOf(Refusal.Forbidden.class);
    accepted(fixture.engine.verifyWorkday().verify(new VerifyWorkdayUseCase.Command(as(mia), day)));
  }

  @Test
  void onlyAnAdminAddsEmployees() {
    NewEmployee newcomer =
        new NewEmployee(
            Option.none(), "neo@acme.example", "Neo", BERLIN, Role.EMPLOYEE, Option.none());

    assertThat(refused(fixture.engine.employees().add(as(mia), newcomer)))
        .isInstanceOf(Refusal.Forbidden.class);
    assertThat(refused(fixture.engine.employees().add(as(eve), newcomer)))
        .isInstanceOf(Refusal.Forbidden.class);
    assertThat(accepted(fixture.engine.employees().list(as(eve)))).hasSize(4);

    assertThat(accepted(fixture.engine.employees().add(as(admin), newcomer)).number()).isEqualTo(5);
  }

  @Test
  void onlyAnAdminDefinesPolicies() {
    assertThat(refused(fixture.engine.policies().define(as(mia), SchedulePolicy.flexible())))
        .isInstanceOf(Refusal.Forbidden.class);
    assertThat(refused(fixture.engine.policies().define(as(eve), SchedulePolicy.flexible())))
        .isInstanceOf(Refusal.Forbidden.class);

    accepted(fixture.engine.policies().define(as(admin), SchedulePolicy.flexible()));
  }

  private io.vavr.control.Either<Refusal, WorkdayView> correct(Actor by, WorkdayId day) {
    return fixture
        .engine
        .correctWorkday()
        .correct(
            new CorrectWorkdayUseCase.Command(
                as(by),
                day,
                Option.some(MONDAY_NINE.minus(Duration.ofMinutes(30))),
                Option.none(),
                new Note("came in early")));
  }

  private io.vavr.control.Either<Refusal, WorkdayView> addLunch(Actor by, WorkdayId day) {
    return fixture
        .engine
        .addBreak()
        .addBreak(
            new AddBreakUseCase.Command(
                as(by),
                day,
                new Interval(
                    MONDAY_NINE.plus(Duration.ofHours(3)), MONDAY_NINE.plus(Duration.ofHours(4))),
                WEB));
  }

  private io.vavr.control.Either<Refusal, WorkdayView> approve(Actor by, WorkdayId day) {
    return fixture.engine.approveWorkday().approve(new ApproveWorkdayUseCase.Command(as(by), day));
  }
}
