package org.worktime.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.worktime.application.EngineFixture.WEB;
import static org.worktime.application.EngineFixture.accepted;
import static org.worktime.application.EngineFixture.as;
import static org.worktime.application.EngineFixture.closeNow;
import static org.worktime.application.EngineFixture.pauseNow;
import static org.worktime.application.EngineFixture.refused;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.worktime.application.port.AuditEntry;
import org.worktime.application.port.AuditLog;
import org.worktime.application.port.IdempotencyRecords;
import org.worktime.application.port.Stores;
import org.worktime.application.port.TimerStore;
import org.worktime.application.port.Versioned;
import org.worktime.application.port.WorkdayStore;
import org.worktime.application.timer.StartTimerUseCase;
import org.worktime.application.workday.WorkdayView;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.Id;
import org.worktime.domain.id.TenantId;
import org.worktime.domain.id.TimerId;
import org.worktime.domain.id.WorkdayId;
import org.worktime.domain.timer.RunningTimer;
import org.worktime.domain.timer.TaskTimer;
import org.worktime.domain.timer.TimerDetails;
import org.worktime.domain.workday.Action;
import org.worktime.domain.workday.Workday;
import org.worktime.domain.workday.WorkdayError;
import org.worktime.domain.workday.WorkdayStatus;

class ARefusedChangeLeavesNothingBehindTest {

  @Test
  void pausingAClosedDayIsRefusedAndChangesNothing() {
    EngineFixture fixture = new EngineFixture();
    Actor eve = fixture.acme.employee();
    WorkdayId day = fixture.workedFor(eve, Duration.ofHours(8)).workday().id();
    Versioned<Workday> before = fixture.stored.workdays().find(eve.tenant(), day).get();

    Refusal refusal = refused(fixture.engine.pauseWorkday().pause(pauseNow(as(eve), eve)));

    assertThat(refusal)
        .isEqualTo(
            new Refusal.WorkdayRefused(
                new WorkdayError.IllegalTransition(WorkdayStatus.CLOSED, Action.PAUSE)));
    assertThat(fixture.stored.workdays().find(eve.tenant(), day)).contains(before);
    assertThat(fixture.history(day).map(AuditEntry::action)).containsExactly("OPEN", "CLOSE");
  }

  @Test
  void aRefusedRequestDoesNotUseUpItsKey() {
    EngineFixture fixture = new EngineFixture();
    Actor eve = fixture.acme.employee();
    Request withKey = as(eve).withIdempotencyKey(new IdempotencyKey("k-1"));
    WorkdayId day = fixture.open(eve).workday().id();
    fixture.advance(Duration.ofHours(1));
    fixture.close(eve);

    refused(fixture.engine.pauseWorkday().pause(pauseNow(withKey, eve)));
    fixture.advance(Duration.ofHours(1));

    WorkdayView reopened =
        accepted(
            fixture
                .engine
                .reopenWorkday()
                .reopen(
                    new org.worktime.application.workday.ReopenWorkdayUseCase.Command(
                        withKey, eve.employee())));
    assertThat(reopened.workday().id()).isEqualTo(day);
  }

  @Test
  void aConflictingUpdateStoresNeitherTheDayNorItsAuditEntry() {
    EngineFixture fixture =
        new EngineFixture(
            stores ->
                with(
                    stores,
                    new ForwardingWorkdayStore(stores.workdays()) {
                      @Override
                      public Either<Refusal.Conflict, Long> update(Workday day, long version) {
                        return Either.left(new Refusal.Conflict("the workday"));
                      }
                    }));
    Actor eve = fixture.acme.employee();
    WorkdayId day = fixture.open(eve).workday().id();
    fixture.advance(Duration.ofHours(1));

    assertThat(refused(fixture.engine.pauseWorkday().pause(pauseNow(as(eve), eve))))
        .isEqualTo(new Refusal.Conflict("the workday"));

    Versioned<Workday> stored = fixture.stored.workdays().find(eve.tenant(), day).get();
    assertThat(stored.version()).isOne();
    assertThat(stored.value().runningBreak()).isEmpty();
    assertThat(fixture.stored.audit().historyOf(eve.tenant(), day.value())).hasSize(1);
  }

  @Test
  void aStoreFailingAfterItsWriteRollsTheWriteBack() {
    EngineFixture fixture =
        new EngineFixture(
            stores ->
                with(
                    stores,
                    new ForwardingWorkdayStore(stores.workdays()) {
                      @Override
                      public Either<Refusal.Conflict, Long> update(Workday day, long version) {
                        super.update(day, version);
                        throw new IllegalStateException("connection lost after the write");
                      }
                    }));
    Actor eve = fixture.acme.employee();
    WorkdayView opened = fixture.open(eve);
    fixture.advance(Duration.ofHours(1));

    assertThatThrownBy(() -> fixture.engine.closeWorkday().close(closeNow(as(eve), eve)))
        .hasMessage("connection lost after the write");

    WorkdayId day = opened.workday().id();
    assertThat(fixture.stored.workdays().find(eve.tenant(), day))
        .contains(new Versioned<>(opened.workday(), 1));
    assertThat(fixture.stored.audit().historyOf(eve.tenant(), day.value())).hasSize(1);
  }

  @Test
  void aKeyTakenByARacingRequestRollsBackTheDayAndItsAuditEntry() {
    EngineFixture fixture =
        new EngineFixture(
            stores ->
                new Stores(
                    stores.workdays(),
                    stores.timers(),
                    stores.employees(),
                    stores.policies(),
                    stores.audit(),
                    new IdempotencyRecords() {
                      @Override
                      public Option<Remembered> find(TenantId tenant, IdempotencyKey key) {
                        return stores.idempotency().find(tenant, key);
                      }

                      @Override
                      public Either<Refusal.Conflict, Remembered> remember(
                          TenantId tenant, IdempotencyKey key, Remembered remembered) {
                        return Either.left(new Refusal.Conflict("the idempotency key"));
                      }
                    },
                    stores.apiKeys(),
                    stores.locations(),
                    stores.shortNumbers(),
                    stores.companyAccounts(),
                    stores.officeNetworks(),
                    stores.transactions()));
    Actor eve = fixture.acme.employee();
    WorkdayView opened = fixture.open(eve);
    fixture.advance(Duration.ofHours(1));

    assertThat(
            refused(
                fixture
                    .engine
                    .pauseWorkday()
                    .pause(pauseNow(as(eve).withIdempotencyKey(new IdempotencyKey("k")), eve))))
        .isEqualTo(new Refusal.Conflict("the idempotency key"));

    WorkdayId day = opened.workday().id();
    assertThat(fixture.stored.workdays().find(eve.tenant(), day))
        .contains(new Versioned<>(opened.workday(), 1));
    assertThat(fixture.stored.audit().historyOf(eve.tenant(), day.value()))
        .extracting(AuditEntry::action)
        .containsExactly("OPEN");
  }

  @Test
  void anAuditLogFailingAfterItsAppendRollsBackTheDayAndTheEntry() {
    EngineFixture fixture =
        new EngineFixture(
            stores ->
                new Stores(
                    stores.workdays(),
                    stores.timers(),
                    stores.employees(),
                    stores.policies(),
                    new AuditLog() {
                      @Override
                      public void append(AuditEntry entry) {
                        stores.audit().append(entry);
                        if (entry.action().equals("CLOSE")) {
                          throw new IllegalStateException("disk full");
                        }
                      }

                      @Override
                      public Option<AuditEntry> find(TenantId tenant, Id entry) {
                        return stores.audit().find(tenant, entry);
                      }

                      @Override
                      public Seq<AuditEntry> historyOf(TenantId tenant, Id subject) {
                        return stores.audit().historyOf(tenant, subject);
                      }
                    },
                    stores.idempotency(),
                    stores.apiKeys(),
                    stores.locations(),
                    stores.shortNumbers(),
                    stores.companyAccounts(),
                    stores.officeNetworks(),
                    stores.transactions()));
    Actor eve = fixture.acme.employee();
    WorkdayView opened = fixture.open(eve);
    fixture.advance(Duration.ofHours(8));

    assertThatThrownBy(() -> fixture.engine.closeWorkday().close(closeNow(as(eve), eve)))
        .hasMessage("disk full");

    WorkdayId day = opened.workday().id();
    assertThat(fixture.stored.workdays().find(eve.tenant(), day))
        .contains(new Versioned<>(opened.workday(), 1));
    assertThat(fixture.stored.audit().historyOf(eve.tenant(), day.value()))
        .extracting(AuditEntry::action)
        .containsExactly("OPEN");
  }

  @Test
  void aSecondTimerRefusedByTheStoreLeavesTheFirstOneRunningAndUnaudited() {
    EngineFixture fixture =
        new EngineFixture(
            stores ->
                new Stores(
                    stores.workdays(),
                    new ForwardingTimerStore(stores.timers()) {
                      private int inserts;

                      @Override
                      public Either<Refusal.Conflict, Long> insert(TaskTimer timer) {
                        return ++inserts == 1
                            ? super.insert(timer)
                            : Either.left(new Refusal.Conflict("the owner's running timer"));
                      }
                    },
                    stores.employees(),
                    stores.policies(),
                    stores.audit(),
                    stores.idempotency(),
                    stores.apiKeys(),
                    stores.locations(),
                    stores.shortNumbers(),
                    stores.companyAccounts(),
                    stores.officeNetworks(),
                    stores.transactions()));
    Actor eve = fixture.acme.employee();
    RunningTimer first = accepted(fixture.engine.startTimer().start(startNow(eve)));
    fixture.advance(Duration.ofMinutes(10));

    assertThat(refused(fixture.engine.startTimer().start(startNow(eve))))
        .isInstanceOf(Refusal.Conflict.class);

    assertThat(fixture.stored.timers().find(eve.tenant(), first.id()))
        .contains(new Versioned<>(first, 1));
    assertThat(fixture.stored.audit().historyOf(eve.tenant(), first.id().value()))
        .extracting(AuditEntry::action)
        .containsExactly("START_TIMER");
  }

  private static StartTimerUseCase.Command startNow(Actor owner) {
    return new StartTimerUseCase.Command(
        as(owner), owner.employee(), TimerDetails.none(), Option.none(), WEB);
  }

  private static Stores with(Stores stores, WorkdayStore workdays) {
    return new Stores(
        workdays,
        stores.timers(),
        stores.employees(),
        stores.policies(),
        stores.audit(),
        stores.idempotency(),
        stores.apiKeys(),
        stores.locations(),
        stores.shortNumbers(),
        stores.companyAccounts(),
        stores.officeNetworks(),
        stores.transactions());
  }

  /** Passes everything on; a test overrides what should fail. */
  private static class ForwardingTimerStore implements TimerStore {
    private final TimerStore delegate;

    ForwardingTimerStore(TimerStore delegate) {
      this.delegate = delegate;
    }

    @Override
    public Option<Versioned<TaskTimer>> find(TenantId tenant, TimerId id) {
      return delegate.find(tenant, id);
    }

    @Override
    public Option<Versioned<RunningTimer>> runningOf(TenantId tenant, EmployeeId owner) {
      return delegate.runningOf(tenant, owner);
    }

    @Override
    public Seq<RunningTimer> running(
        TenantId tenant, Option<EmployeeId> owner, int offset, int limit) {
      return delegate.running(tenant, owner, offset, limit);
    }

    @Override
    public int countRunning(TenantId tenant, Option<EmployeeId> owner) {
      return delegate.countRunning(tenant, owner);
    }

    @Override
    public Either<Refusal.Conflict, Long> insert(TaskTimer timer) {
      return delegate.insert(timer);
    }

    @Override
    public Either<Refusal.Conflict, Long> update(TaskTimer timer, long expectedVersion) {
      return delegate.update(timer, expectedVersion);
    }

    @Override
    public void forEachStartedBetween(
        TenantId tenant,
        Option<EmployeeId> owner,
        Instant from,
        Instant until,
        Consumer<TaskTimer> consumer) {
      delegate.forEachStartedBetween(tenant, owner, from, until, consumer);
    }
  }
}
