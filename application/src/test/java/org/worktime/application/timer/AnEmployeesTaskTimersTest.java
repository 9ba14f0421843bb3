package org.worktime.application.timer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.application.EngineFixture.BERLIN;
import static org.worktime.application.EngineFixture.MONDAY_NINE;
import static org.worktime.application.EngineFixture.WEB;
import static org.worktime.application.EngineFixture.accepted;
import static org.worktime.application.EngineFixture.as;
import static org.worktime.application.EngineFixture.refused;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.worktime.application.Actor;
import org.worktime.application.EngineFixture;
import org.worktime.application.Page;
import org.worktime.application.Refusal;
import org.worktime.application.port.AuditEntry;
import org.worktime.application.port.Snapshot;
import org.worktime.domain.timer.ExternalId;
import org.worktime.domain.timer.RunningTimer;
import org.worktime.domain.timer.SecondTimerPolicy;
import org.worktime.domain.timer.StoppedTimer;
import org.worktime.domain.timer.TimerDetails;
import org.worktime.domain.timer.TimerError;

class AnEmployeesTaskTimersTest {

  private static final TimerDetails TICKET =
      TimerDetails.none().withExternalId(new ExternalId("DR-4258"));

  private final EngineFixture fixture = new EngineFixture();
  private final Actor eve = fixture.acme.employee();
  private final Actor sam = fixture.acme.colleague();
  private final Actor mia = fixture.acme.manager();

  @Test
  void startingATimerRunsItFromNowInTheOwnersZone() {
    RunningTimer started = start(eve, eve, TICKET);

    assertThat(started.owner()).isEqualTo(eve.employee());
    assertThat(started.tenant()).isEqualTo(eve.tenant());
    assertThat(started.details()).isEqualTo(TICKET);
    assertThat(started.start().at()).isEqualTo(MONDAY_NINE);
    assertThat(started.start().zone()).isEqualTo(BERLIN);
    assertThat(running(eve, Option.none(), 0, 10).items()).containsExactly(started);
    AuditEntry entry = timerHistory(started).single();
    assertThat(entry.action()).isEqualTo("START_TIMER");
    assertThat(entry.actor()).isEqualTo(eve.employee());
    assertThat(entry.before()).isEmpty();
    assertThat(entry.after()).contains(new Snapshot.OfTimer(started));
  }

  @Test
  void stoppingATimerEndsItNow() {
    RunningTimer started = start(eve, eve, TICKET);
    fixture.advance(Duration.ofMinutes(45));

    StoppedTimer stopped = accepted(stop(eve, started));

    assertThat(stopped.id()).isEqualTo(started.id());
    assertThat(stopped.end().at()).isEqualTo(fixture.now());
    assertThat(stopped.duration()).isEqualTo(Duration.ofMinutes(45));
    assertThat(stopped.totalMinutes()).isEqualTo("45.0");
    assertThat(running(eve, Option.none(), 0, 10).items()).isEmpty();
    assertThat(timerHistory(started).map(AuditEntry::action))
        .containsExactly("START_TIMER", "STOP_TIMER");
    assertThat(timerHistory(started).last().before()).contains(new Snapshot.OfTimer(started));
  }

  @Test
  void aDeviceStopsATimerAtTheEndItRecordedAndSendsLate() {
    RunningTimer started = start(eve, eve, TICKET);
    fixture.advance(Duration.ofMinutes(45));
    Instant recorded = MONDAY_NINE.plus(Duration.ofMinutes(20));

    StoppedTimer stopped =
        accepted(
            fixture
                .engine
                .stopTimer()
                .stop(
                    new StopTimerUseCase.Command(
                        as(eve), started.id(), WEB, Option.some(recorded))));

    assertThat(stopped.end().at()).isEqualTo(recorded);
    assertThat(stopped.end().sentAt()).isEqualTo(fixture.now());
    assertThat(stopped.duration()).isEqualTo(Duration.ofMinutes(20));
  }

  @Test
  void aRecordedEndAfterNowIsRefusedAndTheTimerKeepsRunning() {
    RunningTimer started = start(eve, eve, TICKET);
    Instant tomorrow = MONDAY_NINE.plus(Duration.ofDays(1));

    assertThat(
            refused(
                fixture
                    .engine
                    .stopTimer()
                    .stop(
                        new StopTimerUseCase.Command(
                            as(eve), started.id(), WEB, Option.some(tomorrow)))))
        .isEqualTo(new Refusal.TimerRefused(new TimerError.EndInFuture(tomorrow, MONDAY_NINE)));
    assertThat(running(eve, Option.none(), 0, 10).items()).containsExactly(started);
  }

  @Test
  void stoppingAStoppedTimerIsRefused() {
    RunningTimer started = start(eve, eve, TICKET);
    fixture.advance(Duration.ofMinutes(5));
    StoppedTimer stopped = accepted(stop(eve, started));
    fixture.advance(Duration.ofMinutes(5));

    assertThat(refused(stop(eve, started)))
        .isEqualTo(new Refusal.TimerRefused(new TimerError.TimerNotRunning(started.id())));
    assertThat(fixture.stored.timers().find(eve.tenant(), started.id()).get().value())
        .isEqualTo(stopped);
    assertThat(timerHistory(started)).hasSize(2);
  }

  @Test
  void aSecondTimerStopsTheFirstWhereItStarts() {
    RunningTimer first = start(eve, eve, TICKET);
    fixture.advance(Duration.ofMinutes(30));

    RunningTimer second = start(eve, eve, TimerDetails.none());

    StoppedTimer stoppedFirst =
        (StoppedTimer) fixture.stored.timers().find(eve.tenant(), first.id()).get().value();
    assertThat(stoppedFirst.end().at()).isEqualTo(second.start().at());
    assertThat(stoppedFirst.duration()).isEqualTo(Duration.ofMinutes(30));
    assertThat(running(eve, Option.none(), 0, 10).items()).containsExactly(second);
    assertThat(timerHistory(first).map(AuditEntry::action))
        .containsExactly("START_TIMER", "STOP_TIMER");
    assertThat(timerHistory(first).last().after()).contains(new Snapshot.OfTimer(stoppedFirst));
    assertThat(timerHistory(second).map(AuditEntry::action)).containsExactly("START_TIMER");
  }

  @Test
  void aSecondTimerIsRefusedWhenTheEngineSaysSo() {
    EngineFixture refusing = new EngineFixture(SecondTimerPolicy.REFUSE);
    Actor owner = refusing.acme.employee();
    RunningTimer first =
        accepted(refusing.engine.startTimer().start(startCommand(owner, owner, TICKET)));
    refusing.advance(Duration.ofMinutes(30));

    assertThat(refused(refusing.engine.startTimer().start(startCommand(owner, owner, TICKET))))
        .isEqualTo(new Refusal.TimerRefused(new TimerError.TimerAlreadyRunning(first.id())));
    assertThat(
            accepted(refusing.engine.runningTimers().running(as(owner), Option.none(), 0, 10))
                .items())
        .containsExactly(first);
  }

  @Test
  void anEmployeeCannotStartOrStopAColleaguesTimerButAManagerCan() {
    assertThat(refused(fixture.engine.startTimer().start(startCommand(eve, sam, TICKET))))
        .isInstanceOf(Refusal.Forbidden.class);
    RunningTimer samsTimer = start(mia, sam, TICKET);
    fixture.advance(Duration.ofMinutes(10));

    assertThat(refused(stop(eve, samsTimer))).isInstanceOf(Refusal.Forbidden.class);
    assertThat(accepted(stop(mia, samsTimer)).owner()).isEqualTo(sam.employee());
  }

  @Test
  void theRunningListPagesOldestFirst() {
    RunningTimer evesTimer = start(eve, eve, TICKET);
    fixture.advance(Duration.ofMinutes(1));
    RunningTimer samsTimer = start(sam, sam, TICKET);
    fixture.advance(Duration.ofMinutes(1));
    RunningTimer miasTimer = start(mia, mia, TICKET);

    Page<RunningTimer> first = running(mia, Option.none(), 0, 2);
    Page<RunningTimer> second = running(mia, Option.none(), 2, 2);

    assertThat(first.items()).containsExactly(evesTimer, samsTimer);
    assertThat(first.total()).isEqualTo(3);
    assertThat(first.hasMore()).isTrue();
    assertThat(second.items()).containsExactly(miasTimer);
    assertThat(second.hasMore()).isFalse();
    assertThat(running(mia, Option.some(sam), 0, 10).items()).containsExactly(samsTimer);
  }

  @Test
  void anEmployeeSeesOnlyTheirOwnRunningTimers() {
    RunningTimer evesTimer = start(eve, eve, TICKET);
    start(sam, sam, TICKET);

    Page<RunningTimer> seen = running(eve, Option.none(), 0, 10);

    assertThat(seen.items()).containsExactly(evesTimer);
    assertThat(seen.total()).isOne();
    assertThat(running(eve, Option.some(eve), 0, 10).items()).containsExactly(evesTimer);
    assertThat(
            refused(
                fixture
                    .engine
                    .runningTimers()
                    .running(as(eve), Option.some(sam.employee()), 0, 10)))
        .isInstanceOf(Refusal.Forbidden.class);
  }

  private RunningTimer start(Actor by, Actor owner, TimerDetails details) {
    return accepted(fixture.engine.startTimer().start(startCommand(by, owner, details)));
  }

  private static StartTimerUseCase.Command startCommand(
      Actor by, Actor owner, TimerDetails details) {
    return new StartTimerUseCase.Command(as(by), owner.employee(), details, Option.none(), WEB);
  }

  private Either<Refusal, StoppedTimer> stop(Actor by, RunningTimer timer) {
    return fixture.engine.stopTimer().stop(new StopTimerUseCase.Command(as(by), timer.id(), WEB));
  }

  private Page<RunningTimer> running(Actor by, Option<Actor> owner, int offset, int limit) {
    return accepted(
        fixture.engine.runningTimers().running(as(by), owner.map(Actor::employee), offset, limit));
  }

  private io.vavr.collection.Seq<AuditEntry> timerHistory(RunningTimer timer) {
    return fixture.stored.audit().historyOf(timer.tenant(), timer.id().value());
  }
}
