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
import static org.worktime.application.EngineFixture.resumeNow;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.worktime.application.EngineFixture.Staff;
import org.worktime.application.employee.ManageEmployeesUseCase.EmployeeChanges;
import org.worktime.application.employee.ManageEmployeesUseCase.NewEmployee;
import org.worktime.application.timer.StartTimerUseCase;
import org.worktime.application.timer.StopTimerUseCase;
import org.worktime.application.workday.AddBreakUseCase;
import org.worktime.application.workday.ApproveWorkdayUseCase;
import org.worktime.application.workday.CloseWorkdayUseCase;
import org.worktime.application.workday.CorrectWorkdayUseCase;
import org.worktime.application.workday.DayRef;
import org.worktime.application.workday.EditBreakUseCase;
import org.worktime.application.workday.PauseWorkdayUseCase;
import org.worktime.application.workday.RemoveBreakUseCase;
import org.worktime.application.workday.ReopenWorkdayUseCase;
import org.worktime.application.workday.ResumeWorkdayUseCase;
import org.worktime.application.workday.VerifyWorkdayUseCase;
import org.worktime.domain.employee.Role;
import org.worktime.domain.id.BreakId;
import org.worktime.domain.id.PolicyId;
import org.worktime.domain.id.TimerId;
import org.worktime.domain.id.WorkdayId;
import org.worktime.domain.policy.SchedulePolicy;
import org.worktime.domain.text.Note;
import org.worktime.domain.time.Interval;
import org.worktime.domain.timer.TimerDetails;
import org.worktime.domain.workday.Closing;
import org.worktime.domain.workday.Timing;

/**
 * Acme's ids given to Globex's people: every use case answers "not found", never "forbidden" and
 * never the data, and Acme's records stay as they were.
 */
class NobodyReachesAnotherCompanyTest {

  private final EngineFixture fixture = new EngineFixture();
  private final Staff acme = fixture.acme;
  private final Staff globex = fixture.company("globex");
  private final List<Actor> everyoneAtGlobex =
      List.of(globex.admin(), globex.manager(), globex.employee());

  private final Actor eve = acme.employee();
  private final Actor sam = acme.colleague();
  private final WorkdayId evesDay;
  private final BreakId evesLunch;
  private final WorkdayId samsDay;
  private final TimerId evesTimer;
  private final PolicyId acmePolicy;

  NobodyReachesAnotherCompanyTest() {
    evesDay = fixture.workedFor(eve, Duration.ofHours(8)).workday().id();
    evesLunch =
        accepted(
                fixture
                    .engine
                    .addBreak()
                    .addBreak(new AddBreakUseCase.Command(as(eve), evesDay, lunch(), WEB)))
            .workday()
            .breaks()
            .head()
            .id();
    samsDay = fixture.open(sam).workday().id();
    evesTimer =
        accepted(
                fixture
                    .engine
                    .startTimer()
                    .start(
                        new StartTimerUseCase.Command(
                            as(eve), eve.employee(), TimerDetails.none(), Option.none(), WEB)))
            .id();
    acmePolicy = accepted(fixture.engine.policies().define(as(acme.admin()), flexible()));
  }

  @Test
  void openingAnotherCompanysEmployeesDayFindsNoSuchEmployee() {
    notFoundForEveryone(b -> fixture.engine.openWorkday().open(openNow(as(b), eve)));
    assertThat(fixture.status(eve).get().workday().id()).isEqualTo(evesDay);
  }

  @Test
  void pausingResumingOrClosingAnotherCompanysDayFindsNothing() {
    notFoundForEveryone(b -> fixture.engine.pauseWorkday().pause(pauseNow(as(b), sam)));
    notFoundForEveryone(
        b ->
            fixture
                .engine
                .pauseWorkday()
                .pause(
                    new PauseWorkdayUseCase.Command(
                        as(b), new DayRef.ById(samsDay), Timing.now(), WEB)));
    notFoundForEveryone(b -> fixture.engine.resumeWorkday().resume(resumeNow(as(b), sam)));
    notFoundForEveryone(
        b ->
            fixture
                .engine
                .resumeWorkday()
                .resume(
                    new ResumeWorkdayUseCase.Command(
                        as(b), new DayRef.ById(samsDay), Timing.now(), WEB)));
    notFoundForEveryone(b -> fixture.engine.closeWorkday().close(closeNow(as(b), sam)));
    notFoundForEveryone(
        b ->
            fixture
                .engine
                .closeWorkday()
                .close(
                    new CloseWorkdayUseCase.Command(
                        as(b),
                        new DayRef.ById(samsDay),
                        new Closing(Timing.now(), WEB, Option.none()))));
    notFoundForEveryone(
        b ->
            fixture
                .engine
                .reopenWorkday()
                .reopen(new ReopenWorkdayUseCase.Command(as(b), eve.employee())));
    assertThat(fixture.history(samsDay)).hasSize(1);
  }

  @Test
  void editingAnotherCompanysDayFindsNothing() {
    Note reason = new Note("because");
    notFoundForEveryone(
        b ->
            fixture
                .engine
                .addBreak()
                .addBreak(new AddBreakUseCase.Command(as(b), evesDay, lunch(), WEB)));
    notFoundForEveryone(
        b ->
            fixture
                .engine
                .editBreak()
                .editBreak(
                    new EditBreakUseCase.Command(as(b), evesDay, evesLunch, lunch(), reason)));
    notFoundForEveryone(
        b ->
            fixture
                .engine
                .removeBreak()
                .removeBreak(
                    new RemoveBreakUseCase.Command(as(b), evesDay, evesLunch, Option.none())));
    notFoundForEveryone(
        b ->
            fixture
                .engine
                .correctWorkday()
                .correct(
                    new CorrectWorkdayUseCase.Command(
                        as(b), evesDay, Option.some(MONDAY_NINE), Option.none(), reason)));
    notFoundForEveryone(
        b ->
            fixture
                .engine
                .approveWorkday()
                .approve(new ApproveWorkdayUseCase.Command(as(b), evesDay)));
    notFoundForEveryone(
        b ->
            fixture
                .engine
                .verifyWorkday()
                .verify(new VerifyWorkdayUseCase.Command(as(b), evesDay)));
    assertThat(fixture.history(evesDay)).hasSize(3);
  }

  @Test
  void startingStoppingOrListingAnotherCompanysTimersFindsNothing() {
    notFoundForEveryone(
        b ->
            fixture
                .engine
                .startTimer()
                .start(
                    new StartTimerUseCase.Command(
                        as(b), eve.employee(), TimerDetails.none(), Option.none(), WEB)));
    notFoundForEveryone(
        b -> fixture.engine.stopTimer().stop(new StopTimerUseCase.Command(as(b), evesTimer, WEB)));
    notFoundForEveryone(
        b -> fixture.engine.runningTimers().running(as(b), Option.some(eve.employee()), 0, 10));

    assertThat(accepted(fixture.engine.runningTimers().running(as(globex.admin()), none(), 0, 10)))
        .satisfies(page -> assertThat(page.items()).isEmpty())
        .satisfies(page -> assertThat(page.total()).isZero());
    assertThat(
            accepted(fixture.engine.runningTimers().running(as(acme.admin()), none(), 0, 10))
                .items()
                .map(running -> running.id()))
        .containsExactly(evesTimer);
  }

  @Test
  void readingAnotherCompanysStatusHistoryOrDaysFindsNothing() {
    LocalDate monday = LocalDate.of(2025, 3, 10);
    notFoundForEveryone(b -> fixture.engine.workdayStatus().statusOf(as(b), eve.employee()));
    notFoundForEveryone(b -> fixture.engine.workdayHistory().historyOf(as(b), evesDay));
    notFoundForEveryone(
        b ->
            fixture
                .engine
                .workdaysInPeriod()
                .forEachDay(as(b), Option.some(eve.employee()), monday, monday, day -> {}));
    notFoundForEveryone(b -> fixture.engine.policies().policyOf(as(b), eve.employee()));

    java.util.List<Object> streamed = new java.util.ArrayList<>();
    assertThat(
            accepted(
                fixture
                    .engine
                    .workdaysInPeriod()
                    .forEachDay(as(globex.manager()), none(), monday, monday, streamed::add)))
        .isZero();
    assertThat(streamed).isEmpty();
  }

  @Test
  void anotherCompanysAdminFindsNeitherItsEmployeesNorItsPolicies() {
    Actor admin = globex.admin();
    assertThat(
            refused(
                fixture
                    .engine
                    .employees()
                    .edit(
                        as(admin),
                        eve.employee(),
                        new EmployeeChanges(
                            Option.none(),
                            Option.some("Mallory"),
                            Option.none(),
                            Option.some(Role.ADMIN),
                            Option.none()))))
        .isInstanceOf(Refusal.NotFound.class);
    assertThat(refused(fixture.engine.policies().redefine(as(admin), acmePolicy, flexible())))
        .isInstanceOf(Refusal.NotFound.class);
    assertThat(
            refused(
                fixture
                    .engine
                    .employees()
                    .add(
                        as(admin),
                        new NewEmployee(
                            Option.none(),
                            "neo@globex.example",
                            "Neo",
                            BERLIN,
                            Role.EMPLOYEE,
                            Option.some(acmePolicy)))))
        .isInstanceOf(Refusal.NotFound.class);

    assertThat(accepted(fixture.engine.employees().list(as(admin))).map(e -> e.tenant()))
        .containsOnly(globex.admin().tenant());
    assertThat(accepted(fixture.engine.employees().list(as(eve))).map(e -> e.name()))
        .contains("Eve Employee")
        .doesNotContain("Mallory");
  }

  private void notFoundForEveryone(Function<Actor, Either<Refusal, ?>> useCase) {
    for (Actor outsider : everyoneAtGlobex) {
      assertThat(refused(useCase.apply(outsider)))
          .as("%s of another company", outsider.role())
          .isInstanceOf(Refusal.NotFound.class);
    }
  }

  private static Interval lunch() {
    return new Interval(
        MONDAY_NINE.plus(Duration.ofHours(3)), MONDAY_NINE.plus(Duration.ofMinutes(210)));
  }

  private static SchedulePolicy flexible() {
    return SchedulePolicy.flexible();
  }

  private static <T> Option<T> none() {
    return Option.none();
  }
}
