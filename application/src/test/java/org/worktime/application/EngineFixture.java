package org.worktime.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.worktime.application.employee.ManageEmployeesUseCase.NewEmployee;
import org.worktime.application.port.AuditEntry;
import org.worktime.application.port.Stores;
import org.worktime.application.workday.CloseWorkdayUseCase;
import org.worktime.application.workday.DayRef;
import org.worktime.application.workday.OpenWorkdayUseCase;
import org.worktime.application.workday.PauseWorkdayUseCase;
import org.worktime.application.workday.ResumeWorkdayUseCase;
import org.worktime.application.workday.WorkdayView;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.employee.Role;
import org.worktime.domain.id.PolicyId;
import org.worktime.domain.id.TimeOrderedIdGenerator;
import org.worktime.domain.id.WorkdayId;
import org.worktime.domain.place.Origin;
import org.worktime.domain.place.SourceType;
import org.worktime.domain.timer.SecondTimerPolicy;
import org.worktime.domain.workday.Closing;
import org.worktime.domain.workday.Timing;

/**
 * An engine on the stores under test (in memory unless {@link StoresUnderTest} says otherwise) with
 * a hand-moved clock and seeded ids, and a company ("acme") with an admin, a manager and two
 * employees, all in Berlin.
 */
public final class EngineFixture {

  public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  /** A Monday, 09:00 in Berlin (winter time, UTC+1). */
  public static final Instant MONDAY_NINE = Instant.parse("2025-03-10T08:00:00Z");

  public static final Origin WEB = Origin.of(SourceType.WEB);

  /** Who works at a company. */
  public record Staff(Actor admin, Actor manager, Actor employee, Actor colleague) {}

  public final MutableClock clock = new MutableClock(MONDAY_NINE);

  /** The stores as the engine sees them, decorated or not. */
  public final Stores stores;

  /** The undecorated stores, to read what really is stored. */
  public final Stores stored;

  public final Engine engine;
  public final Staff acme;

  public EngineFixture() {
    this(UnaryOperator.identity(), SecondTimerPolicy.STOP_RUNNING);
  }

  public EngineFixture(SecondTimerPolicy secondTimer) {
    this(UnaryOperator.identity(), secondTimer);
  }

  public EngineFixture(UnaryOperator<Stores> decorate) {
    this(decorate, SecondTimerPolicy.STOP_RUNNING);
  }

  public EngineFixture(UnaryOperator<Stores> decorate, SecondTimerPolicy secondTimer) {
    stored = StoresUnderTest.create();
    stores = decorate.apply(stored);
    engine =
        new EngineBuilder()
            .clock(clock)
            .ids(new TimeOrderedIdGenerator(clock, new SplittableRandom(7)))
            .stores(stores)
            .secondTimer(secondTimer)
            .build();
    acme = company("acme");
  }

  /** Creates a company with its admin, a manager and two employees, all in Berlin. */
  public Staff company(String name) {
    Actor admin =
        accepted(engine.tenantSetup().createTenant("admin@" + name + ".example", "Ada", BERLIN));
    return new Staff(
        admin,
        hire(admin, "mia@" + name + ".example", "Mia Manager", BERLIN, Role.MANAGER),
        hire(admin, "eve@" + name + ".example", "Eve Employee", BERLIN, Role.EMPLOYEE),
        hire(admin, "sam@" + name + ".example", "Sam Colleague", BERLIN, Role.EMPLOYEE));
  }

  public Actor hire(Actor admin, String email, String name, ZoneId zone, Role role) {
    return hire(admin, email, name, zone, role, Option.none());
  }

  public Actor hire(
      Actor admin, String email, String name, ZoneId zone, Role role, Option<PolicyId> policy) {
    Employee hired =
        accepted(
            engine
                .employees()
                .add(as(admin), new NewEmployee(Option.none(), email, name, zone, role, policy)));
    return new Actor(hired.tenant(), hired.id(), hired.role());
  }

  public static Request as(Actor actor) {
    return Request.of(actor, Channel.EMBEDDED);
  }

  public void advance(Duration by) {
    clock.advance(by);
  }

  public Instant now() {
    return clock.instant();
  }

  public static OpenWorkdayUseCase.Command openNow(Request request, Actor whose) {
    return new OpenWorkdayUseCase.Command(
        request, whose.employee(), Timing.now(), WEB, Option.none());
  }

  public static PauseWorkdayUseCase.Command pauseNow(Request request, Actor whose) {
    return new PauseWorkdayUseCase.Command(
        request, new DayRef.LatestOf(whose.employee()), Timing.now(), WEB);
  }

  public static ResumeWorkdayUseCase.Command resumeNow(Request request, Actor whose) {
    return new ResumeWorkdayUseCase.Command(
        request, new DayRef.LatestOf(whose.employee()), Timing.now(), WEB);
  }

  public static CloseWorkdayUseCase.Command closeNow(Request request, Actor whose) {
    return new CloseWorkdayUseCase.Command(
        request,
        new DayRef.LatestOf(whose.employee()),
        new Closing(Timing.now(), WEB, Option.none()));
  }

  /** The actor opens their own day now. */
  public WorkdayView open(Actor actor) {
    return accepted(engine.openWorkday().open(openNow(as(actor), actor)));
  }

  public WorkdayView pause(Actor actor) {
    return accepted(engine.pauseWorkday().pause(pauseNow(as(actor), actor)));
  }

  public WorkdayView resume(Actor actor) {
    return accepted(engine.resumeWorkday().resume(resumeNow(as(actor), actor)));
  }

  public WorkdayView close(Actor actor) {
    return accepted(engine.closeWorkday().close(closeNow(as(actor), actor)));
  }

  /** A finished day: opened now, closed after the given time; the clock stands at the close. */
  public WorkdayView workedFor(Actor actor, Duration length) {
    open(actor);
    advance(length);
    return close(actor);
  }

  /** The employee's latest day as of now, read back through the status query by an admin. */
  public Option<WorkdayView> status(Actor whose) {
    return accepted(engine.workdayStatus().statusOf(as(acme.admin()), whose.employee()));
  }

  /** The day's audit trail, read back by an admin of the company. */
  public Seq<AuditEntry> history(WorkdayId day) {
    return accepted(engine.workdayHistory().historyOf(as(acme.admin()), day));
  }

  public static <T> T accepted(Either<Refusal, T> outcome) {
    assertThat(outcome.isRight())
        .as(() -> "expected an acceptance, got " + outcome.swap().map(Refusal::describe))
        .isTrue();
    return outcome.get();
  }

  public static Refusal refused(Either<Refusal, ?> outcome) {
    assertThat(outcome.isLeft()).as(() -> "expected a refusal, got " + outcome).isTrue();
    return outcome.getLeft();
  }
}
