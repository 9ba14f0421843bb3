package org.worktime.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.worktime.adapters.persistence.Fixtures.EMOJI;
import static org.worktime.adapters.persistence.Fixtures.HEBREW;
import static org.worktime.adapters.persistence.Fixtures.MONDAY;
import static org.worktime.adapters.persistence.Fixtures.auditOf;
import static org.worktime.adapters.persistence.Fixtures.auditOfTimer;
import static org.worktime.adapters.persistence.Fixtures.breakOf;
import static org.worktime.adapters.persistence.Fixtures.close;
import static org.worktime.adapters.persistence.Fixtures.closed;
import static org.worktime.adapters.persistence.Fixtures.hire;
import static org.worktime.adapters.persistence.Fixtures.newId;
import static org.worktime.adapters.persistence.Fixtures.opened;
import static org.worktime.adapters.persistence.Fixtures.paused;
import static org.worktime.adapters.persistence.Fixtures.punch;
import static org.worktime.adapters.persistence.Fixtures.reopen;
import static org.worktime.adapters.persistence.Fixtures.running;
import static org.worktime.adapters.persistence.Fixtures.stop;
import static org.worktime.adapters.persistence.Fixtures.stopped;
import static org.worktime.adapters.persistence.Fixtures.tenantIn;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.worktime.application.IdempotencyKey;
import org.worktime.application.Refusal;
import org.worktime.application.access.ApiKey;
import org.worktime.application.port.AuditEntry;
import org.worktime.application.port.IdempotencyRecords.Remembered;
import org.worktime.application.port.Stores;
import org.worktime.application.port.Versioned;
import org.worktime.application.sample.SampleWorkdays;
import org.worktime.domain.employee.CompanySlug;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.employee.Role;
import org.worktime.domain.id.BreakId;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.Id;
import org.worktime.domain.id.LocationId;
import org.worktime.domain.id.PolicyId;
import org.worktime.domain.id.TenantId;
import org.worktime.domain.id.WorkdayId;
import org.worktime.domain.place.IpAddress;
import org.worktime.domain.place.Location;
import org.worktime.domain.place.NetworkPlace;
import org.worktime.domain.place.NetworkRange;
import org.worktime.domain.place.Origin;
import org.worktime.domain.place.SourceType;
import org.worktime.domain.policy.SchedulePolicy;
import org.worktime.domain.text.Note;
import org.worktime.domain.time.Punch;
import org.worktime.domain.timer.RunningTimer;
import org.worktime.domain.timer.TaskTimer;
import org.worktime.domain.workday.Approval;
import org.worktime.domain.workday.Break;
import org.worktime.domain.workday.ClosedWorkday;
import org.worktime.domain.workday.OpenedWorkday;
import org.worktime.domain.workday.PausedWorkday;
import org.worktime.domain.workday.RunningBreak;
import org.worktime.domain.workday.Workday;

/**
 * What every implementation of the outgoing ports must do, run against the memory store, H2 and
 * PostgreSQL. Each test works in a tenant of its own, so the tests share one database.
 */
abstract class StoreContract {

  /** Vavr's Either is Iterable, so AssertJ treats it as one: these test its side. */
  private static final Predicate<Object> REFUSED = outcome -> ((Either<?, ?>) outcome).isLeft();

  private static final Predicate<Object> ACCEPTED = outcome -> ((Either<?, ?>) outcome).isRight();

  /** The stores under test. */
  protected abstract Stores stores();

  /**
   * Other stores over the same data through a separate connection pool, as a second server would
   * have (the memory store answers itself).
   */
  protected abstract Stores secondPool();

  // --- workdays ---

  @Test
  void aWorkdayInEachStateReadsBackExactlyAtVersionOne() {
    Stores stores = stores();
    TenantId tenant = tenantIn(stores);
    EmployeeId ana = hire(stores, tenant, 1);
    EmployeeId ben = hire(stores, tenant, 2);
    EmployeeId cy = hire(stores, tenant, 3);
    Workday open = opened(tenant, ana, MONDAY);
    Workday onBreak = paused(tenant, ben, MONDAY);
    Workday done = Fixtures.verified(closed(tenant, cy, MONDAY), ana);

    for (Workday day : List.of(open, onBreak, done)) {
      assertThat(stores.workdays().insert(day)).isEqualTo(Either.right(1L));
      assertThat(stores.workdays().find(tenant, day.id()))
          .isEqualTo(Option.some(new Versioned<>(day, 1L)));
    }
  }

  @Test
  void countOpenCountsTheDaysNotClosedAcrossTenantsAndFollowsClosingAndReopening() {
    Stores stores = stores();
    TenantId tenant = tenantIn(stores);
    TenantId other = tenantIn(stores);
    EmployeeId ana = hire(stores, tenant, 1);
    EmployeeId ben = hire(stores, tenant, 2);
    EmployeeId cy = hire(stores, other, 1);
    // Other tests share the database, so only the changes are ours to check.
    long before = stores.workdays().countOpen();

    Workday open = opened(tenant, ana, MONDAY);
    assertThat(stores.workdays().insert(open)).matches(ACCEPTED);
    assertThat(stores.workdays().insert(paused(tenant, ben, MONDAY))).matches(ACCEPTED);
    assertThat(stores.workdays().insert(opened(other, cy, MONDAY))).matches(ACCEPTED);
    assertThat(stores.workdays().insert(closed(other, cy, MONDAY.minus(Duration.ofDays(1)))))
        .matches(ACCEPTED);
    assertThat(stores.workdays().countOpen()).isEqualTo(before + 3);

    ClosedWorkday done = close(open, 8);
    assertThat(stores.workdays().update(done, 1)).isEqualTo(Either.right(2L));
    assertThat(stores.workdays().countOpen()).isEqualTo(before + 2);
    assertThat(secondPool().workdays().countOpen()).isEqualTo(before + 2);

    assertThat(stores.workdays().update(Fixtures.reopen(done), 2)).isEqualTo(Either.right(3L));
    assertThat(stores.workdays().countOpen()).isEqualTo(before + 3);
  }

  @Test
  void anUnknownDayIsNotFound() {
    Stores stores = stores();
    TenantId tenant = tenantIn(stores);
    EmployeeId ana = hire(stores, tenant, 1);
    assertThat(stores.workdays().find(tenant, opened(tenant, ana, MONDAY).id())).isEmpty();
    assertThat(stores.workdays().latestOf(tenant, ana)).isEmpty();
  }

  @Test
  void latestOfAnswersTheDayWithTheLatestStartInAnyState() {
    Stores stores = stores();
    TenantId tenant = tenantIn(stores);
    EmployeeId ana = hire(stores, tenant, 1);
    Workday monday = closed(tenant, ana, MONDAY);
    Workday wednesday = opened(tenant, ana, MONDAY.plus(Duration.ofDays(2)));
    Workday tuesday = closed(tenant, ana, MONDAY.plus(Duration.ofDays(1)));
    stores.workdays().insert(monday);
    stores.workdays().insert(wednesday);
    stores.workdays().insert(tuesday);

    assertThat(stores.workdays().latestOf(tenant, ana).map(Versioned::value))
        .isEqualTo(Option.some(wednesday));
  }

  @Test
  void touchingAnswersTheDaysThatOverlapAHalfOpenPeriodInOrder() {
    Stores stores = stores();
    TenantId tenant = tenantIn(stores);
    EmployeeId ana = hire(stores, tenant, 1);
    EmployeeId ben = hire(stores, tenant, 2);
    ClosedWorkday first = closed(tenant, ana, MONDAY);
    ClosedWorkday second = closed(tenant, ana, MONDAY.plus(Duration.ofDays(1)));
    OpenedWorkday third = opened(tenant, ana, MONDAY.plus(Duration.ofDays(3)));
    stores.workdays().insert(third);
    stores.workdays().insert(second);
    stores.workdays().insert(first);
    stores.workdays().insert(opened(tenant, ben, MONDAY));

    Instant firstEnd = first.finish().at();
    // A day that ends exactly at "from" does not touch; one that starts exactly at "until" neither.
    assertThat(
            stores.workdays().touching(tenant, ana, firstEnd, second.start().at().plusSeconds(1)))
        .containsExactly(second);
    assertThat(stores.workdays().touching(tenant, ana, firstEnd.minusNanos(1), second.start().at()))
        .containsExactly(first);
    assertThat(
            stores
                .workdays()
                .touching(tenant, ana, MONDAY.minusSeconds(1), MONDAY.plus(Duration.ofDays(30))))
        .containsExactly(first, second, third);
    // A running day touches every later period.
    assertThat(
            stores
                .workdays()
                .touching(
                    tenant,
                    ana,
                    MONDAY.plus(Duration.ofDays(10)),
                    MONDAY.plus(Duration.ofDays(11))))
        .containsExactly(third);
  }

  @Test
  void anEmployeeHasAtMostOneOpenDay() {
    Stores stores = stores();
    TenantId tenant = tenantIn(stores);
    EmployeeId ana = hire(stores, tenant, 1);
    EmployeeId ben = hire(stores, tenant, 2);
    OpenedWorkday open = opened(tenant, ana, MONDAY);
    assertThat(stores.workdays().insert(open)).isEqualTo(Either.right(1L));

    assertThat(stores.workdays().insert(opened(tenant, ana, MONDAY.plusSeconds(60))))
        .matches(REFUSED, "a refusal");
    assertThat(stores.workdays().insert(paused(tenant, ana, MONDAY.plusSeconds(60))))
        .matches(REFUSED, "a refusal");
    // Closed days and other employees' days are no obstacle.
    assertThat(stores.workdays().insert(closed(tenant, ana, MONDAY.minus(Duration.ofDays(1)))))
        .matches(ACCEPTED, "a success");
    assertThat(stores.workdays().insert(opened(tenant, ben, MONDAY)))
        .matches(ACCEPTED, "a success");

    // Once the open day is closed, a new one may open.
    assertThat(stores.workdays().update(close(open, 8), 1)).isEqualTo(Either.right(2L));
    assertThat(stores.workdays().insert(opened(tenant, ana, MONDAY.plus(Duration.ofDays(1)))))
        .matches(ACCEPTED, "a success");
  }

  @Test
  void reopeningADayWhileAnotherIsOpenIsAConflict() {
    Stores stores = stores();
    TenantId tenant = tenantIn(stores);
    EmployeeId ana = hire(stores, tenant, 1);
    ClosedWorkday yesterday = closed(tenant, ana, MONDAY);
    stores.workdays().insert(yesterday);
    stores.workdays().insert(opened(tenant, ana, MONDAY.plus(Duration.ofDays(1))));

    assertThat(stores.workdays().update(Fixtures.reopen(yesterday), 1).isLeft()).isTrue();
    assertThat(stores.workdays().find(tenant, yesterday.id()))
        .isEqualTo(Option.some(new Versioned<Workday>(yesterday, 1L)));
  }

  @Test
  void aDayCannotBeInsertedTwice() {
    Stores stores = stores();
    TenantId tenant = tenantIn(stores);
    EmployeeId ana = hire(stores, tenant, 1);
    ClosedWorkday day = closed(tenant, ana, MONDAY);
    stores.workdays().insert(day);
    assertThat(stores.workdays().insert(day)).matches(REFUSED, "a refusal");
    assertThat(stores.workdays().find(tenant, day.id()).map(Versioned::version))
        .isEqualTo(Option.some(1L));
  }

  @Test
  void anUpdateNeedsTheCurrentVersionAndAnswersTheNext() {
    Stores stores = stores();
    TenantId tenant = tenantIn(stores);
    EmployeeId ana = hire(stores, tenant, 1);
    OpenedWorkday open = opened(tenant, ana, MONDAY);
    stores.workdays().insert(open);
    ClosedWorkday done = close(open, 8);

    assertThat(stores.workdays().update(done, 1)).isEqualTo(Either.right(2L));
    assertThat(stores.workdays().update(done, 1))
        .isEqualTo(Either.left(new Refusal.Conflict("the workday")));
    assertThat(stores.workdays().update(Fixtures.verified(done, ana), 2))
        .isEqualTo(Either.right(3L));
    assertThat(stores.workdays().find(tenant, open.id()))
        .isEqualTo(Option.some(new Versioned<>(Fixtures.verified(done, ana), 3L)));
  }

  @Test
  void anUpdateOfAnUnknownDayIsAConflict() {
    Stores stores = stores();
    TenantId tenant = tenantIn(stores);
    EmployeeId ana = hire(stores, tenant, 1);
    assertThat(stores.workdays().update(closed(tenant, ana, MONDAY), 1))
        .matches(REFUSED, "a refusal");
  }

  @Test
  void eightThreadsOpeningADayForOneEmployeeLeaveExactlyOneOpen() throws Exception {
    Stores stores = stores();
    TenantId tenant = tenantIn(stores);
    EmployeeId ana = hire(stores, tenant, 1);

    List<Either<Refusal.Conflict, Long>> outcomes =
        race(8, i -> stores.workdays().insert(opened(tenant, ana, MONDAY.plusSeconds(i))));

    assertThat(outcomes.count(Either::isRight)).isEqualTo(1);
    assertThat(outcomes.count(Either::isLeft)).isEqualTo(7);
    assertThat(openDaysOf(stores, tenant, ana)).isEqualTo(1);
  }

  @Test
  void eightTransactionsOpeningADayWithItsAuditEntryLeaveExactlyOneOfEach() throws Exception {
    Stores stores = stores();
    TenantId tenant = tenantIn(stores);
    EmployeeId ana = hire(stores, tenant, 1);

    List<Either<Refusal, AuditEntry>> outcomes =
        race(
            8,
            i ->
                stores
                    .transactions()
                    .inTransaction(
                        () -> {
                          OpenedWorkday day = opened(tenant, ana, MONDAY.plusSeconds(i));
                          AuditEntry entry = auditOf(null, day, ana, MONDAY.plusSeconds(i));
                          return stores
                              .workdays()
                              .insert(day)
                              .<Refusal>mapLeft(conflict -> conflict)
                              .map(
                                  version -> {
                                    stores.audit().append(entry);
                                    return entry;
                                  });
                        }));

    assertThat(outcomes.count(Either::isRight)).isEqualTo(1);
    AuditEntry winner = outcomes.find(Either::isRight).get().get();
    assertThat(stores.audit().historyOf(tenant, winner.subject())).containsExactly(winner);
    assertThat(openDaysOf(stores, tenant, ana)).isEqualTo(1);
  }

  @Test
  void twoPoolsRacingToOpenADayLeaveExactlyOneOpen() throws Exception {
    Stores one = stores();
    Stores two = secondPool();
    TenantId tenant = tenantIn(one);
    EmployeeId ana = hire(one, tenant, 1);

    List<Either<Refusal.Conflict, Long>> outcomes =
        race(
            8,
            i ->
                (i % 2 == 0 ? one : two)
                    .workdays()
                    .insert(opened(tenant, ana, MONDAY.plusSeconds(i))));

    assertThat(outcomes.count(Either::isRight)).isEqualTo(1);
    assertThat(openDaysOf(one, tenant, ana)).isEqualTo(1);
    assertThat(openDaysOf(two, tenant, ana)).isEqualTo(1);
  }

  @Test
  void concurrentUpdatesOfOneDayAtOneVersionLetExactlyOneWin() throws Exception {
    Stores stores = stores();
    TenantId tenant = tenantIn(stores);
    EmployeeId ana = hire(stores, tenant, 1);
    for (int round = 0; round < 5; round++) {
      OpenedWorkday open = opened(tenant, ana, MONDAY.plus(Duration.ofDays(round)));
      stores.workdays().insert(open);

      List<Either<Refusal.Conflict, Long>> outcomes =
          race(2, i -> (i == 0 ? stores : secondPool()).workdays().update(close(open, 1 + i), 1));

      assertThat(outcomes.count(Either::isRight)).isEqualTo(1);
      assertThat(outcomes.find(Either::isLeft).get().getLeft())
          .isInstanceOf(Refusal.Conflict.class);
      assertThat(stores.workdays().find(tenant, open.id()).get().version()).isEqualTo(2);
    }
  }

  @Test
  void daysStreamByEmployeeThenStartWithinTheHalfOpenPeriod() {
    Stores stores = stores();
    TenantId tenant = tenantIn(stores);
    // Ids on both sides of the top bit: the order is the ids' unsigned order, as Id compares.
    EmployeeId high = hire(stores, tenant, EmployeeId.of(Fixtures.idWithTopBit(true)), 1);
    EmployeeId low = hire(stores, tenant, EmployeeId.of(Fixtures.idWithTopBit(false)), 2);
    Instant from = MONDAY;
    Instant until = MONDAY.plus(Duration.ofDays(3));
    Workday highFirst = closed(tenant, high, from);
    Workday highSecond = opened(tenant, high, MONDAY.plus(Duration.ofDays(2)));
    Workday lowFirst = closed(tenant, low, MONDAY.plus(Duration.ofHours(30)));
    Workday lowSecond = closed(tenant, low, until.minusNanos(1).minus(Duration.ofHours(8)));
    Workday before = closed(tenant, low, from.minusNanos(1).minus(Duration.ofDays(1)));
    Workday atUntil = closed(tenant, high, until);
    for (Workday day : List.of(highSecond, lowSecond, atUntil, highFirst, before, lowFirst)) {
      assertThat(stores.workdays().insert(day)).matches(ACCEPTED, "a success");
    }

    java.util.List<Workday> streamed = new ArrayList<>();
    stores.workdays().forEachStartedBetween(tenant, Option.none(), from, until, streamed::add);
    assertThat(streamed).containsExactly(lowFirst, lowSecond, highFirst, highSecond);

    java.util.List<Workday> ofHigh = new ArrayList<>();
    stores.workdays().forEachStartedBetween(tenant, Option.some(high), from, until, ofHigh::add);
    assertThat(ofHigh).containsExactly(highFirst, highSecond);
  }

  @Test
  void aPeriodStreamsInsideATransactionToo() {
    Stores stores = stores();
    TenantId tenant = tenantIn(stores);
    EmployeeId ana = hire(stores, tenant, 1);
    java.util.List<Workday> days = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      Workday day = closed(tenant, ana, MONDAY.plus(Duration.ofDays(i)));
      stores.workdays().insert(day);
      days.add(day);
    }
    java.util.List<Workday> streamed = new ArrayList<>();
    Either<Refusal, Integer> outcome =
        stores
            .transactions()
            .inTransaction(
                () -> {
                  stores
                      .workdays()
                      .forEachStartedBetween(
                          tenant,
                          Option.some(ana),
                          MONDAY,
                          MONDAY.plus(Duration.ofDays(60)),
                          day -> {
                            // The consumer may use the stores while rows still flow.
                            assertThat(stores.workdays().find(tenant, day.id())).isNotEmpty();
                            streamed.add(day);
                          });
                  return Either.right(streamed.size());
                });
    assertThat(outcome).isEqualTo(Either.right(60));
    assertThat(streamed).isEqualTo(days);
  }

  // --- timers ---

  @Test
  void timersReadBackExactlyAtVersionOne() {
    Stores stores = stores();
    TenantId tenant = tenantIn(stores);
    EmployeeId ana = hire(stores, tenant, 1);
    RunningTimer runningTimer = running(tenant, ana, MONDAY);
    TaskTimer stoppedTimer = stopped(tenant, ana, MONDAY.minus(Duration.ofDays(1)));

    assertThat(stores.timers().insert(runningTimer)).isEqualTo(Either.right(1L));
    assertThat(stores.timers().insert(stoppedTimer)).isEqualTo(Either.right(1L));

    assertThat(stores.timers().find(tenant, runningTimer.id()))
        .isEqualTo(Option.some(new Versioned<TaskTimer>(runningTimer, 1L)));
    assertThat(stores.timers().find(tenant, stoppedTimer.id()))
        .isEqualTo(Option.some(new Versioned<>(stoppedTimer, 1L)));
    assertThat(stores.timers().runningOf(tenant, ana))
        .isEqualTo(Option.some(new Versioned<>(runningTimer, 1L)));
  }

  @Test
  void anOwnerHasAtMostOneRunningTimer() {
    Stores stores = stores();
    TenantId tenant = tenantIn(stores);
    EmployeeId ana = hire(stores, tenant, 1);
    EmployeeId ben = hire(stores, tenant, 2);
    RunningTimer first = running(tenant, ana, MONDAY);
    stores.timers().insert(first);

    assertThat(stores.timers().insert(running(tenant, ana, MONDAY.plusSeconds(5))))
        .isEqualTo(Either.left(new Refusal.Conflict("the owner's running timer")));
    assertThat(stores.timers().insert(stopped(tenant, ana, MONDAY.minusSeconds(9000))))
        .matches(ACCEPTED, "a success");
    assertThat(stores.timers().insert(running(tenant, ben, MONDAY))).matches(ACCEPTED, "a success");

    assertThat(stores.timers().update(stop(first, MONDAY.plusSeconds(60)), 1))
        .isEqualTo(Either.right(2L));
    assertThat(stores.timers().runningOf(tenant, ana)).isEmpty();
    assertThat(stores.timers().insert(running(tenant, ana, MONDAY.plusSeconds(120))))
        .matches(ACCEPTED, "a success");
  }

  @Test
  void eightThreadsStartingATimerForOneOwnerLeaveExactlyOneRunning() throws Exception {
    Stores stores = stores();
    TenantId tenant = tenantIn(stores);
    EmployeeId ana = hire(stores, tenant, 1);

    List<Either<Refusal.Conflict, Long>> outcomes =
        race(
            8,
            i ->
                (i % 2 == 0 ? stores : secondPool())
                    .timers()
                    .insert(running(tenant, ana, MONDAY.plusSeconds(i))));

    assertThat(outcomes.count(Either::isRight)).isEqualTo(1);
    assertThat(stores.timers().countRunning(tenant, Option.some(ana))).isEqualTo(1);
  }

  @Test
  void aTimerUpdateNeedsTheCurrentVersion() {
    Stores stores = stores();
    TenantId tenant = tenantIn(stores);
    EmployeeId ana = hire(stores, tenant, 1);
    RunningTimer timer = running(tenant, ana, MONDAY);
    stores.timers().insert(timer);

    assertThat(stores.timers().update(stop(timer, MONDAY.plusSeconds(60)), 2))
        .matches(REFUSED, "a refusal");
    assertThat(stores.timers().update(stop(timer, MONDAY.plusSeconds(60)), 1))
        .isEqualTo(Either.right(2L));
    assertThat(stores.timers().update(stop(timer, MONDAY.plusSeconds(90)), 1))
        .matches(REFUSED, "a refusal");
    assertThat(stores.timers().find(tenant, timer.id()))
        .isEqualTo(Option.some(new Versioned<TaskTimer>(stop(timer, MONDAY.plusSeconds(60)), 2L)));
    assertThat(stores.timers().update(stopped(tenant, ana, MONDAY), 1))
        .matches(REFUSED, "a refusal");
  }

  @Test
  void runningTimersPageOldestFirstAndCount() {
    Stores stores = stores();
    TenantId tenant = tenantIn(stores);
    java.util.List<RunningTimer> timers = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      EmployeeId owner = hire(stores, tenant, i + 1);
      RunningTimer timer = running(tenant, owner, MONDAY.minusSeconds(10L * i));
      stores.timers().insert(timer);
      stores.timers().insert(stopped(tenant, owner, MONDAY.minus(Duration.ofDays(1))));
      timers.add(0, timer);
    }

    assertThat(stores.timers().countRunning(tenant, Option.none())).isEqualTo(5);
    assertThat(stores.timers().running(tenant, Option.none(), 0, 10))
        .containsExactlyElementsOf(timers);
    assertThat(stores.timers().running(tenant, Option.none(), 1, 2))
        .containsExactly(timers.get(1), timers.get(2));
    assertThat(stores.timers().running(tenant, Option.none(), 5, 2)).isEmpty();
    EmployeeId owner = timers.get(3).owner();
    assertThat(stores.timers().running(tenant, Option.some(owner), 0, 10))
        .containsExactly(timers.get(3));
    assertThat(stores.timers().countRunning(tenant, Option.some(owner))).isEqualTo(1);
  }

  @Test
  void timersStreamByOwnerThenStartWithinTheHalfOpenPeriod() {
    Stores stores = stores();
    TenantId tenant = tenantIn(stores);
    EmployeeId high = hire(stores, tenant, EmployeeId.of(Fixtures.idWithTopBit(true)), 1);
    EmployeeId low = hire(stores, tenant, EmployeeId.of(Fixtures.idWithTopBit(false)), 2);
    Instant until = MONDAY.plus(Duration.ofDays(1));
    TaskTimer highLate = running(tenant, high, until.minusNanos(1));
    TaskTimer highEarly = stopped(tenant, high, MONDAY);
    TaskTimer lowOnly = stopped(tenant, low, MONDAY.plusSeconds(1));
    TaskTimer atUntil = stopped(tenant, low, until);
    TaskTimer before = stopped(tenant, low, MONDAY.minusNanos(1));
    for (TaskTimer timer : List.of(highLate, atUntil, highEarly, lowOnly, before)) {
      assertThat(stores.timers().insert(timer)).matches(ACCEPTED, "a success");
    }

    java.util.List<TaskTimer> streamed = new ArrayList<>();
    stores.timers().forEachStartedBetween(tenant, Option.none(), MONDAY, until, streamed::add);
    assertThat(streamed).containsExactly(lowOnly, highEarly, highLate);

    java.util.List<TaskTimer> ofLow = new ArrayList<>();
    stores.timers().forEachStartedBetween(tenant, Option.some(low), MONDAY, until, ofLow::add);
    assertThat(ofLow).containsExactly(lowOnly);
  }

  // --- API keys ---

  @Test
  void apiKeysReadBackExactlyAndRevokingReplacesTheKey() {
    Stores stores = stores();
    TenantId tenant = tenantIn(stores);
    EmployeeId owner = Fixtures.hire(stores, tenant, 1);
    byte[] hash = new byte[32];
    for (int i = 0; i < hash.length; i++) {
      hash[i] = (byte) (i * 7 - 100);
    }
    ApiKey older =
        new ApiKey(
            Fixtures.newId(),
            ApiKey.Kind.API_KEY,
            tenant,
            owner,
            "CRM של הצוות " + EMOJI,
            hash,
            MONDAY,
            Option.none(),
            Option.none());
    ApiKey newer =
        new ApiKey(
            Fixtures.newId(),
            ApiKey.Kind.ACCESS_TOKEN,
            tenant,
            owner,
            "access token",
            hash,
            MONDAY.plusSeconds(60),
            Option.some(MONDAY.plusSeconds(3660)),
            Option.none());
    stores.apiKeys().save(older);
    stores.apiKeys().save(newer);

    assertThat(stores.apiKeys().find(tenant, older.id())).isEqualTo(Option.some(older));
    assertThat(stores.apiKeys().of(tenant)).containsExactly(newer, older);

    ApiKey revoked = older.revokedAt(MONDAY.plusSeconds(120));
    stores.apiKeys().save(revoked);
    assertThat(stores.apiKeys().find(tenant, older.id())).isEqualTo(Option.some(revoked));
    assertThat(stores.apiKeys().find(Fixtures.tenant(), older.id())).isEmpty();
  }

  @Test
  void everyKindOfKeyIsKeptAsItsKind() {
    Stores stores = stores();
    TenantId tenant = tenantIn(stores);
    EmployeeId owner = Fixtures.hire(stores, tenant, 1);
    for (ApiKey.Kind kind : ApiKey.Kind.values()) {
      ApiKey key =
          new ApiKey(
              Fixtures.newId(),
              kind,
              tenant,
              owner,
              kind.name(),
              new byte[32],
              MONDAY,
              Option.none(),
              Option.none());
      stores.apiKeys().save(key);

      assertThat(stores.apiKeys().find(tenant, key.id())).isEqualTo(Option.some(key));
    }
  }

  // --- a generated month ---

  @Test
  void aGeneratedMonthStreamsBackInFullByEmployeeThenStart() {
    Stores stores = stores();
    TenantId tenant = Fixtures.tenant();
    SampleWorkdays.Counts counts =
        new SampleWorkdays(tenant, 42).loadInto(stores, 20, LocalDate.of(2026, 3, 1), 31);
    Instant from = Instant.parse("2026-02-28T00:00:00Z");
    Instant until = Instant.parse("2026-04-02T00:00:00Z");

    java.util.List<Workday> days = new java.util.ArrayList<>();
    stores.workdays().forEachStartedBetween(tenant, Option.none(), from, until, days::add);
    java.util.List<TaskTimer> timers = new java.util.ArrayList<>();
    stores.timers().forEachStartedBetween(tenant, Option.none(), from, until, timers::add);

    assertThat(days).hasSize((int) counts.workdays());
    assertThat(days.stream().mapToLong(day -> day.breaks().size()).sum())
        .isEqualTo(counts.breaks());
    assertThat(timers).hasSize((int) counts.timers());
    for (int i = 1; i < days.size(); i++) {
      Workday before = days.get(i - 1);
      Workday after = days.get(i);
      if (before.employee().equals(after.employee())) {
        assertThat(before.start().at()).isBefore(after.start().at());
      }
    }
    assertThat(days.stream().map(Workday::employee).distinct()).hasSize(20);
  }

  // --- locations ---

  @Test
  void locationsReadBackByTenantInNameOrderAndSavingAgainRenames() {
    Stores stores = stores();
    TenantId tenant = tenantIn(stores);
    Location haifa = new Location(LocationId.of(Fixtures.newId()), tenant, "Haifa port");
    Location berlin = new Location(LocationId.of(Fixtures.newId()), tenant, "Berlin Mitte");
    stores.locations().save(haifa);
    stores.locations().save(berlin);

    assertThat(stores.locations().all(tenant)).containsExactly(berlin, haifa);
    Location renamed = new Location(haifa.id(), tenant, "נמל חיפה " + EMOJI);
    stores.locations().save(renamed);
    assertThat(stores.locations().find(tenant, haifa.id())).isEqualTo(Option.some(renamed));
    assertThat(stores.locations().find(Fixtures.tenant(), haifa.id())).isEmpty();
    assertThat(stores.locations().all(Fixtures.tenant())).isEmpty();
  }

  // --- company accounts ---

  @Test
  void aCompanysAccountNameReadsBackIsRenamedAndIsNeverAnotherCompanys() {
    Stores stores = stores();
    TenantId tenant = tenantIn(stores);
    TenantId other = tenantIn(stores);
    // Unique per test run: the tests share one database, and a slug is unique across companies.
    String suffix = Long.toHexString(Fixtures.newId().leastSignificantBits() & 0xffffffffL);
    CompanySlug first = new CompanySlug("acme-" + suffix);
    CompanySlug second = new CompanySlug("acme-gmbh-" + suffix);

    assertThat(stores.companyAccounts().slugOf(tenant)).isEmpty();
    assertThat(stores.companyAccounts().save(tenant, first)).isEqualTo(Either.right(first));
    assertThat(stores.companyAccounts().slugOf(tenant)).isEqualTo(Option.some(first));
    assertThat(stores.companyAccounts().save(tenant, second)).isEqualTo(Either.right(second));
    assertThat(stores.companyAccounts().slugOf(tenant)).isEqualTo(Option.some(second));

    assertThat(stores.companyAccounts().save(other, second)).matches(REFUSED);
    assertThat(stores.companyAccounts().slugOf(other)).isEmpty();
    assertThat(stores.companyAccounts().save(other, first)).isEqualTo(Either.right(first));
    assertThat(stores.companyAccounts().slugOf(other)).isEqualTo(Option.some(first));
    assertThat(stores.companyAccounts().slugOf(tenant)).isEqualTo(Option.some(second));
  }

  // --- office networks ---

  @Test
  void aCompanysOfficeNetworksReadBackInOrderAreReplacedWholeAndAreNeverAnotherCompanys() {
    Stores stores = stores();
    TenantId tenant = tenantIn(stores);
    TenantId other = tenantIn(stores);
    List<NetworkRange> ranges =
        List.of(
            NetworkRange.of("10.0.0.0-10.255.255.255", "Office 10.x 🏢").get(),
            NetworkRange.of("192.168.1.7", "").get(),
            Fixtures.OFFICE);

    assertThat(stores.officeNetworks().of(tenant)).isEmpty();
    assertThat(stores.officeNetworks().replace(tenant, ranges)).isEqualTo(Either.right(ranges));
    assertThat(stores.officeNetworks().of(tenant)).isEqualTo(ranges);
    assertThat(stores.officeNetworks().of(other)).isEmpty();

    List<NetworkRange> fewer = List.of(ranges.get(2), ranges.get(0));
    assertThat(stores.officeNetworks().replace(tenant, fewer)).isEqualTo(Either.right(fewer));
    assertThat(stores.officeNetworks().of(tenant)).isEqualTo(fewer);
    assertThat(stores.officeNetworks().replace(tenant, List.empty()))
        .isEqualTo(Either.right(List.empty()));
    assertThat(stores.officeNetworks().of(tenant)).isEmpty();
  }

  @Test
  void aPunchOutsideEveryOfficeNetworkReadsBackOutside() {
    Stores stores = stores();
    TenantId tenant = tenantIn(stores);
    EmployeeId ana = hire(stores, tenant, 1);
    Origin outside =
        Origin.of(SourceType.API)
            .withIp(new IpAddress("203.0.113.9"))
            .placedAmong(List.of(Fixtures.OFFICE));
    assertThat(outside.network()).isEqualTo(Option.some(new NetworkPlace.Outside()));
    Workday day =
        new OpenedWorkday(
            WorkdayId.of(newId()),
            tenant,
            ana,
            Punch.live(MONDAY, Fixtures.BERLIN, outside),
            List.empty(),
            Approval.APPROVED);

    assertThat(stores.workdays().insert(day)).isEqualTo(Either.right(1L));
    assertThat(stores.workdays().find(tenant, day.id()))
        .isEqualTo(Option.some(new Versioned<>(day, 1L)));
  }

  // --- employees ---

  @Test
  void employeesAreFoundByIdNumberAndEmailAndListedByNumber() {
    Stores stores = stores();
    TenantId tenant = tenantIn(stores);
    Employee third = Fixtures.employee(tenant, 3);
    Employee first =
        new Employee(
            Fixtures.employee(tenant, 1).id(),
            tenant,
            1,
            "Dana.Levi@Example.org",
            "דנה לוי " + EMOJI,
            Fixtures.JERUSALEM,
            Role.MANAGER,
            Fixtures.defaultPolicy(tenant),
            Option.some(Fixtures.location(stores, tenant)));
    stores.employees().save(third);
    stores.employees().save(first);

    assertThat(stores.employees().find(tenant, first.id())).isEqualTo(Option.some(first));
    assertThat(stores.employees().byNumber(tenant, 3)).isEqualTo(Option.some(third));
    assertThat(stores.employees().byNumber(tenant, 2)).isEmpty();
    assertThat(stores.employees().byEmail(tenant, "dana.levi@example.ORG"))
        .isEqualTo(Option.some(first));
    assertThat(stores.employees().byEmail(tenant, "nobody@example.org")).isEmpty();
    assertThat(stores.employees().all(tenant)).containsExactly(first, third);
  }

  @Test
  void tenantsAnswersEachTenantWithEmployeesOnceInIdOrder() {
    Stores stores = stores();
    TenantId first = tenantIn(stores);
    TenantId second = tenantIn(stores);
    TenantId withoutEmployees = tenantIn(stores);
    stores.employees().save(Fixtures.employee(second, 1));
    stores.employees().save(Fixtures.employee(first, 1));
    stores.employees().save(Fixtures.employee(first, 2));

    io.vavr.collection.Seq<TenantId> tenants = stores.employees().tenants();

    assertThat(tenants).contains(first, second).doesNotContain(withoutEmployees);
    assertThat(tenants.filter(first::equals)).hasSize(1);
    assertThat(tenants.map(TenantId::value).toJavaList()).isSorted();
  }

  @Test
  void savingAnEmployeeAgainReplacesIt() {
    Stores stores = stores();
    TenantId tenant = tenantIn(stores);
    PolicyId fixed = PolicyId.of(newId());
    stores.policies().save(tenant, fixed, Fixtures.fixedShifts());
    Employee ana = Fixtures.employee(tenant, 1);
    stores.employees().save(ana);
    Employee renamed =
        new Employee(
            ana.id(),
            tenant,
            1,
            "ana@example.org",
            "Ana " + HEBREW,
            Fixtures.JERUSALEM,
            Role.ADMIN,
            fixed,
            Option.none());

    assertThat(stores.employees().save(renamed)).isEqualTo(Either.right(renamed));
    assertThat(stores.employees().find(tenant, ana.id())).isEqualTo(Option.some(renamed));
    assertThat(stores.employees().all(tenant)).containsExactly(renamed);
  }

  @Test
  void aNumberOrEmailOfAnotherEmployeeIsAConflict() {
    Stores stores = stores();
    TenantId tenant = tenantIn(stores);
    Employee ana = Fixtures.employee(tenant, 1);
    stores.employees().save(ana);
    Employee sameNumber = Fixtures.employee(tenant, 1);
    Employee sameEmail =
        new Employee(
            Fixtures.employee(tenant, 2).id(),
            tenant,
            2,
            ana.email().toUpperCase(java.util.Locale.ROOT),
            "Other",
            Fixtures.BERLIN,
            Role.EMPLOYEE,
            Fixtures.defaultPolicy(tenant),
            Option.none());

    assertThat(stores.employees().save(sameNumber)).matches(REFUSED, "a refusal");
    assertThat(stores.employees().save(sameEmail)).matches(REFUSED, "a refusal");
    assertThat(stores.employees().all(tenant)).containsExactly(ana);
    // Another tenant may use the same number and email.
    TenantId other = tenantIn(stores);
    assertThat(stores.employees().save(Fixtures.employee(other, 1))).matches(ACCEPTED, "a success");
  }

  // --- policies ---

  @Test
  void policiesReadBackExactlyAndSavingAgainReplaces() {
    Stores stores = stores();
    TenantId tenant = tenantIn(stores);
    PolicyId id = PolicyId.of(newId());
    assertThat(stores.policies().find(tenant, id)).isEmpty();

    stores.policies().save(tenant, id, Fixtures.fixedShifts());
    assertThat(stores.policies().find(tenant, id)).isEqualTo(Option.some(Fixtures.fixedShifts()));

    SchedulePolicy flexible = SchedulePolicy.flexible();
    stores.policies().save(tenant, id, flexible);
    assertThat(stores.policies().find(tenant, id)).isEqualTo(Option.some(flexible));
    assertThat(stores.policies().find(tenant, Fixtures.defaultPolicy(tenant)))
        .isEqualTo(Option.some(SchedulePolicy.flexible()));
  }

  @Test
  void aTenantsPoliciesAreListedOldestFirstAndNoOtherTenantsOnes() {
    Stores stores = stores();
    TenantId tenant = tenantIn(stores);
    TenantId other = tenantIn(stores);
    Id one = newId();
    Id two = newId();
    // Random ids: the one that sorts first (unsigned, as ids compare) must be listed first.
    PolicyId first = PolicyId.of(one.compareTo(two) < 0 ? one : two);
    PolicyId second = PolicyId.of(one.compareTo(two) < 0 ? two : one);
    stores.policies().save(tenant, second, SchedulePolicy.flexible());
    stores.policies().save(tenant, first, Fixtures.fixedShifts());
    stores.policies().save(other, PolicyId.of(newId()), SchedulePolicy.flexible());

    assertThat(stores.policies().all(tenant).map(entry -> entry._1))
        .filteredOn(id -> id.equals(first) || id.equals(second))
        .containsExactly(first, second);
    assertThat(stores.policies().all(tenant).find(entry -> entry._1.equals(first)).map(e -> e._2))
        .isEqualTo(Option.some(Fixtures.fixedShifts()));
    assertThat(stores.policies().all(tenant).map(entry -> entry._1))
        .doesNotContainAnyElementsOf(stores.policies().all(other).map(entry -> entry._1));
  }

  // --- audit ---

  @Test
  void auditEntriesReadBackExactlyAndHistoryIsOldestFirst() {
    Stores stores = stores();
    TenantId tenant = tenantIn(stores);
    EmployeeId ana = hire(stores, tenant, 1);
    OpenedWorkday open = opened(tenant, ana, MONDAY);
    ClosedWorkday done = close(open, 8);
    AuditEntry closing = auditOf(open, done, ana, MONDAY.plus(Duration.ofHours(8)).plusNanos(7));
    AuditEntry opening = auditOf(null, open, ana, MONDAY.plusNanos(3));
    AuditEntry sameInstant = auditOf(null, open, ana, MONDAY.plusNanos(3));
    AuditEntry timer = auditOfTimer(running(tenant, ana, MONDAY), ana, MONDAY);
    AuditEntry elsewhere = auditOf(tenant, newId(), ana, MONDAY);

    for (AuditEntry entry : List.of(closing, sameInstant, timer, opening, elsewhere)) {
      stores.audit().append(entry);
    }

    assertThat(stores.audit().find(tenant, closing.id())).isEqualTo(Option.some(closing));
    assertThat(stores.audit().find(tenant, timer.id())).isEqualTo(Option.some(timer));
    assertThat(stores.audit().find(tenant, newId())).isEmpty();
    Seq<AuditEntry> history = stores.audit().historyOf(tenant, open.id().value());
    assertThat(history.last()).isEqualTo(closing);
    // Entries of one instant come in the order they were appended.
    assertThat(history.take(2)).containsExactly(sameInstant, opening);
  }

  @Test
  void anAuditEntryIsNeverReplaced() {
    Stores stores = stores();
    TenantId tenant = tenantIn(stores);
    EmployeeId ana = hire(stores, tenant, 1);
    AuditEntry entry = auditOf(tenant, newId(), ana, MONDAY);
    stores.audit().append(entry);
    AuditEntry rewritten =
        new AuditEntry(
            entry.id(),
            tenant,
            entry.subject(),
            ana,
            MONDAY.plusSeconds(1),
            "forged",
            Option.none(),
            Option.none(),
            Option.none(),
            entry.channel(),
            Option.none());

    assertThatThrownBy(() -> stores.audit().append(rewritten))
        .isInstanceOf(IllegalStateException.class);
    assertThat(stores.audit().find(tenant, entry.id())).isEqualTo(Option.some(entry));
  }

  // --- idempotency ---

  @Test
  void theFirstRequestWithAKeyIsRememberedAndASecondConflicts() {
    Stores stores = stores();
    TenantId tenant = tenantIn(stores);
    EmployeeId ana = hire(stores, tenant, 1);
    AuditEntry first = auditOf(tenant, newId(), ana, MONDAY);
    AuditEntry second = auditOf(tenant, newId(), ana, MONDAY);
    stores.audit().append(first);
    stores.audit().append(second);
    IdempotencyKey key = new IdempotencyKey("retry-" + newId());
    Remembered remembered = new Remembered("OPEN today", first.id());

    assertThat(stores.idempotency().find(tenant, key)).isEmpty();
    assertThat(stores.idempotency().remember(tenant, key, remembered))
        .isEqualTo(Either.right(remembered));
    assertThat(stores.idempotency().find(tenant, key)).isEqualTo(Option.some(remembered));
    assertThat(stores.idempotency().remember(tenant, key, new Remembered("CLOSE", second.id())))
        .isEqualTo(Either.left(new Refusal.Conflict("the idempotency key")));
    assertThat(stores.idempotency().find(tenant, key)).isEqualTo(Option.some(remembered));

    // Keys are per tenant.
    TenantId other = tenantIn(stores);
    EmployeeId ben = hire(stores, other, 1);
    AuditEntry theirs = auditOf(other, newId(), ben, MONDAY);
    stores.audit().append(theirs);
    assertThat(stores.idempotency().find(other, key)).isEmpty();
    assertThat(stores.idempotency().remember(other, key, new Remembered("x", theirs.id())))
        .matches(ACCEPTED, "a success");
  }

  // --- short numbers ---

  @Test
  void oneIdKeepsOnePositiveNumberAndTheNumberLeadsBackToIt() {
    Stores stores = stores();
    TenantId tenant = tenantIn(stores);
    Id id = newId();

    long number = stores.shortNumbers().numberOf(tenant, id);

    assertThat(number).isPositive();
    assertThat(stores.shortNumbers().numberOf(tenant, id)).isEqualTo(number);
    assertThat(secondPool().shortNumbers().numberOf(tenant, id)).isEqualTo(number);
    assertThat(stores.shortNumbers().idOf(tenant, number)).isEqualTo(Option.some(id));
  }

  @Test
  void differentIdsGetDifferentNumbers() {
    Stores stores = stores();
    TenantId tenant = tenantIn(stores);

    List<Long> numbers =
        List.range(0, 20).map(i -> stores.shortNumbers().numberOf(tenant, newId()));

    assertThat(numbers.distinct().size()).isEqualTo(20);
    assertThat(numbers).allMatch(number -> number > 0);
  }

  @Test
  void aNumberNamesNothingInAnotherTenant() {
    Stores stores = stores();
    TenantId mine = tenantIn(stores);
    TenantId theirs = tenantIn(stores);
    Id id = newId();
    long number = stores.shortNumbers().numberOf(mine, id);

    assertThat(stores.shortNumbers().idOf(theirs, number)).isEmpty();
    assertThat(stores.shortNumbers().idOf(mine, number + 1_000_000)).isEmpty();
    // The same id numbered in another tenant is another entry, found only there.
    long theirNumber = stores.shortNumbers().numberOf(theirs, id);
    assertThat(stores.shortNumbers().idOf(theirs, theirNumber)).isEqualTo(Option.some(id));
    assertThat(stores.shortNumbers().idOf(mine, number)).isEqualTo(Option.some(id));
  }

  @Test
  void eightThreadsAskingForOneIdsNumberAllGetOneNumber() throws Exception {
    Stores stores = stores();
    TenantId tenant = tenantIn(stores);
    Id id = newId();

    List<Long> numbers =
        race(8, i -> (i % 2 == 0 ? stores : secondPool()).shortNumbers().numberOf(tenant, id));

    assertThat(numbers.distinct()).hasSize(1);
    assertThat(stores.shortNumbers().idOf(tenant, numbers.head())).isEqualTo(Option.some(id));
  }

  @Test
  void aDayIsFoundByAnyOfItsBreaksFinishedOrRunningAndOnlyInItsTenant() {
    Stores stores = stores();
    TenantId tenant = tenantIn(stores);
    TenantId other = tenantIn(stores);
    EmployeeId ana = hire(stores, tenant, 1);
    EmployeeId ben = hire(stores, tenant, 2);
    ClosedWorkday done = closed(tenant, ana, MONDAY);
    Workday onBreak = paused(tenant, ben, MONDAY);
    stores.workdays().insert(done);
    stores.workdays().insert(onBreak);

    for (var finished : done.breaks()) {
      assertThat(stores.workdays().findByBreak(tenant, finished.id()).map(Versioned::value))
          .isEqualTo(Option.some(done));
    }
    assertThat(
            stores
                .workdays()
                .findByBreak(tenant, onBreak.runningBreak().get().id())
                .map(Versioned::value))
        .isEqualTo(Option.some(onBreak));
    assertThat(stores.workdays().findByBreak(other, done.breaks().head().id())).isEmpty();
    assertThat(stores.workdays().findByBreak(tenant, BreakId.of(newId()))).isEmpty();
  }

  /**
   * A day's breaks are found through every change the use cases make: a break started and stopped,
   * one added, one edited, one removed, the day closed and reopened; a refused update adds none.
   */
  @Test
  void aBreakIsFoundThroughEveryChangeOfItsDayAndNotOnceRemoved() {
    Stores stores = stores();
    TenantId tenant = tenantIn(stores);
    EmployeeId ana = hire(stores, tenant, 1);
    OpenedWorkday day = opened(tenant, ana, MONDAY);
    stores.workdays().insert(day);

    RunningBreak coffee = new RunningBreak(BreakId.of(newId()), punch(MONDAY.plusSeconds(3600)));
    Workday onBreak =
        new PausedWorkday(day.id(), tenant, ana, day.start(), List.empty(), coffee, day.approval());
    assertThat(stores.workdays().update(onBreak, 1)).isEqualTo(Either.right(2L));
    assertThat(stores.workdays().findByBreak(tenant, coffee.id()))
        .isEqualTo(Option.some(new Versioned<>(onBreak, 2)));

    Break coffeeDone = new Break(coffee.id(), coffee.start(), punch(MONDAY.plusSeconds(4500)));
    Workday resumed = withBreaks(day, List.of(coffeeDone));
    assertThat(stores.workdays().update(resumed, 2)).isEqualTo(Either.right(3L));
    assertThat(stores.workdays().findByBreak(tenant, coffee.id()))
        .isEqualTo(Option.some(new Versioned<>(resumed, 3)));

    Break lunch = breakOf(MONDAY.plusSeconds(4 * 3600), Duration.ofMinutes(30));
    Workday added = withBreaks(day, List.of(coffeeDone, lunch));
    assertThat(stores.workdays().update(added, 3)).isEqualTo(Either.right(4L));
    assertThat(stores.workdays().findByBreak(tenant, lunch.id()))
        .isEqualTo(Option.some(new Versioned<>(added, 4)));
    assertThat(stores.workdays().findByBreak(tenant, coffee.id()))
        .isEqualTo(Option.some(new Versioned<>(added, 4)));

    Break lunchMoved =
        new Break(
            lunch.id(),
            punch(MONDAY.plusSeconds(4 * 3600 + 1800)),
            punch(MONDAY.plusSeconds(5 * 3600)));
    Workday edited = withBreaks(day, List.of(coffeeDone, lunchMoved));
    assertThat(stores.workdays().update(edited, 4)).isEqualTo(Either.right(5L));
    assertThat(stores.workdays().findByBreak(tenant, lunch.id()))
        .isEqualTo(Option.some(new Versioned<>(edited, 5)));

    Break lost = breakOf(MONDAY.plusSeconds(6 * 3600), Duration.ofMinutes(5));
    assertThat(stores.workdays().update(withBreaks(day, List.of(coffeeDone, lunch, lost)), 4))
        .matches(REFUSED);
    assertThat(stores.workdays().findByBreak(tenant, lost.id())).isEmpty();
    assertThat(stores.workdays().findByBreak(tenant, lunch.id()))
        .isEqualTo(Option.some(new Versioned<>(edited, 5)));

    Workday removed = withBreaks(day, List.of(lunchMoved));
    assertThat(stores.workdays().update(removed, 5)).isEqualTo(Either.right(6L));
    assertThat(stores.workdays().findByBreak(tenant, coffee.id())).isEmpty();
    assertThat(stores.workdays().findByBreak(tenant, lunch.id()))
        .isEqualTo(Option.some(new Versioned<>(removed, 6)));

    ClosedWorkday closedDay = close(removed, 8);
    assertThat(stores.workdays().update(closedDay, 6)).isEqualTo(Either.right(7L));
    Workday reopened = reopen(closedDay);
    assertThat(stores.workdays().update(reopened, 7)).isEqualTo(Either.right(8L));
    assertThat(stores.workdays().findByBreak(tenant, lunch.id()))
        .isEqualTo(Option.some(new Versioned<>(reopened, 8)));
    assertThat(stores.workdays().findByBreak(tenantIn(stores), lunch.id())).isEmpty();
  }

  private static OpenedWorkday withBreaks(OpenedWorkday day, List<Break> breaks) {
    return new OpenedWorkday(
        day.id(), day.tenant(), day.employee(), day.start(), breaks, day.approval());
  }

  // --- tenants ---

  @Test
  void anotherTenantsIdsAreNeverFound() {
    Stores stores = stores();
    TenantId mine = tenantIn(stores);
    TenantId theirs = tenantIn(stores);
    EmployeeId ana = hire(stores, mine, 1);
    ClosedWorkday day = closed(mine, ana, MONDAY);
    RunningTimer timer = running(mine, ana, MONDAY);
    AuditEntry entry = auditOf(null, day, ana, MONDAY);
    IdempotencyKey key = new IdempotencyKey("k-" + newId());
    PolicyId policy = PolicyId.of(newId());
    stores.workdays().insert(day);
    stores.timers().insert(timer);
    stores.audit().append(entry);
    stores.idempotency().remember(mine, key, new Remembered("f", entry.id()));
    stores.policies().save(mine, policy, Fixtures.fixedShifts());

    assertThat(stores.workdays().find(theirs, day.id())).isEmpty();
    assertThat(stores.workdays().latestOf(theirs, ana)).isEmpty();
    assertThat(stores.workdays().touching(theirs, ana, Instant.EPOCH, MONDAY.plusSeconds(99999)))
        .isEmpty();
    java.util.List<Object> streamed = new ArrayList<>();
    stores
        .workdays()
        .forEachStartedBetween(
            theirs, Option.none(), Instant.EPOCH, MONDAY.plusSeconds(99999), streamed::add);
    stores
        .timers()
        .forEachStartedBetween(
            theirs, Option.some(ana), Instant.EPOCH, MONDAY.plusSeconds(99999), streamed::add);
    assertThat(streamed).isEmpty();
    assertThat(stores.workdays().update(Fixtures.closed(day.id(), theirs, ana, MONDAY), 1))
        .matches(REFUSED, "a refusal");
    assertThat(stores.timers().find(theirs, timer.id())).isEmpty();
    assertThat(stores.timers().runningOf(theirs, ana)).isEmpty();
    assertThat(stores.timers().running(theirs, Option.none(), 0, 10)).isEmpty();
    assertThat(stores.timers().countRunning(theirs, Option.none())).isZero();
    assertThat(
            stores
                .timers()
                .update(
                    new RunningTimer(timer.id(), theirs, ana, timer.details(), timer.start()), 1))
        .matches(REFUSED, "a refusal");
    assertThat(stores.employees().find(theirs, ana)).isEmpty();
    assertThat(stores.employees().byNumber(theirs, 1)).isEmpty();
    assertThat(stores.employees().byEmail(theirs, "person1@example.org")).isEmpty();
    assertThat(stores.employees().all(theirs)).isEmpty();
    assertThat(stores.policies().find(theirs, policy)).isEmpty();
    assertThat(stores.audit().find(theirs, entry.id())).isEmpty();
    assertThat(stores.audit().historyOf(theirs, day.id().value())).isEmpty();
    assertThat(stores.idempotency().find(theirs, key)).isEmpty();
    // Untouched for their owner.
    assertThat(stores.workdays().find(mine, day.id()).map(Versioned::version))
        .isEqualTo(Option.some(1L));
  }

  // --- transactions ---

  @Test
  void anExceptionAfterTheInsertAndBeforeTheAuditLeavesNothing() {
    Stores stores = stores();
    TenantId tenant = tenantIn(stores);
    EmployeeId ana = hire(stores, tenant, 1);
    OpenedWorkday day = opened(tenant, ana, MONDAY);

    assertThatThrownBy(
            () ->
                stores
                    .transactions()
                    .inTransaction(
                        () -> {
                          stores.workdays().insert(day);
                          throw new IllegalStateException("injected failure");
                        }))
        .hasMessage("injected failure");

    assertThat(stores.workdays().find(tenant, day.id())).isEmpty();
    assertThat(stores.workdays().latestOf(tenant, ana)).isEmpty();
    assertThat(stores.workdays().insert(opened(tenant, ana, MONDAY)))
        .matches(ACCEPTED, "a success");
  }

  @Test
  void aRefusalAfterTheChangeAndItsAuditLeavesNothing() {
    Stores stores = stores();
    TenantId tenant = tenantIn(stores);
    EmployeeId ana = hire(stores, tenant, 1);
    OpenedWorkday day = opened(tenant, ana, MONDAY);
    RunningTimer timer = running(tenant, ana, MONDAY);
    AuditEntry entry = auditOf(null, day, ana, MONDAY);
    IdempotencyKey key = new IdempotencyKey("left-" + newId());

    Either<Refusal, Object> outcome =
        stores
            .transactions()
            .inTransaction(
                () -> {
                  stores.workdays().insert(day);
                  stores.timers().insert(timer);
                  stores.audit().append(entry);
                  stores.idempotency().remember(tenant, key, new Remembered("f", entry.id()));
                  stores
                      .policies()
                      .save(tenant, PolicyId.of(day.id().value()), Fixtures.fixedShifts());
                  return Either.left(new Refusal.Forbidden("injected refusal", Role.ADMIN));
                });

    assertThat(outcome)
        .isEqualTo(Either.left(new Refusal.Forbidden("injected refusal", Role.ADMIN)));
    assertThat(stores.workdays().find(tenant, day.id())).isEmpty();
    assertThat(stores.timers().find(tenant, timer.id())).isEmpty();
    assertThat(stores.audit().find(tenant, entry.id())).isEmpty();
    assertThat(stores.audit().historyOf(tenant, day.id().value())).isEmpty();
    assertThat(stores.idempotency().find(tenant, key)).isEmpty();
    assertThat(stores.policies().find(tenant, PolicyId.of(day.id().value()))).isEmpty();
  }

  @Test
  void aRightOutcomeCommitsEveryWriteAndTheTransactionSeesItsOwnWrites() {
    Stores stores = stores();
    TenantId tenant = tenantIn(stores);
    EmployeeId ana = hire(stores, tenant, 1);
    OpenedWorkday day = opened(tenant, ana, MONDAY);
    AuditEntry entry = auditOf(null, day, ana, MONDAY);

    Either<Refusal, Option<Versioned<Workday>>> outcome =
        stores
            .transactions()
            .inTransaction(
                () -> {
                  stores.workdays().insert(day);
                  stores.audit().append(entry);
                  return Either.right(stores.workdays().latestOf(tenant, ana));
                });

    assertThat(outcome).isEqualTo(Either.right(Option.some(new Versioned<Workday>(day, 1L))));
    assertThat(secondPool().workdays().find(tenant, day.id())).isNotEmpty();
    assertThat(secondPool().audit().find(tenant, entry.id())).isEqualTo(Option.some(entry));
  }

  @Test
  void aConflictInsideATransactionLeavesItUsable() {
    Stores stores = stores();
    TenantId tenant = tenantIn(stores);
    EmployeeId ana = hire(stores, tenant, 1);
    OpenedWorkday first = opened(tenant, ana, MONDAY);
    AuditEntry entry = auditOf(null, first, ana, MONDAY);

    Either<Refusal, Boolean> outcome =
        stores
            .transactions()
            .inTransaction(
                () -> {
                  stores.workdays().insert(first);
                  boolean refused =
                      stores.workdays().insert(opened(tenant, ana, MONDAY.plusSeconds(1))).isLeft();
                  stores.audit().append(entry);
                  return Either.right(refused);
                });

    assertThat(outcome).isEqualTo(Either.right(true));
    assertThat(stores.workdays().latestOf(tenant, ana).map(Versioned::value))
        .isEqualTo(Option.some(first));
    assertThat(stores.audit().find(tenant, entry.id())).isNotEmpty();
  }

  @Test
  void aRefusedNestedTransactionUndoesOnlyItsOwnWrites() {
    Stores stores = stores();
    TenantId tenant = tenantIn(stores);
    EmployeeId ana = hire(stores, tenant, 1);
    EmployeeId ben = hire(stores, tenant, 2);
    OpenedWorkday outer = opened(tenant, ana, MONDAY);
    OpenedWorkday inner = opened(tenant, ben, MONDAY);

    Either<Refusal, String> outcome =
        stores
            .transactions()
            .inTransaction(
                () -> {
                  stores.workdays().insert(outer);
                  Either<Refusal, Object> nested =
                      stores
                          .transactions()
                          .inTransaction(
                              () -> {
                                stores.workdays().insert(inner);
                                return Either.left(new Refusal.Forbidden("inner", Role.ADMIN));
                              });
                  return Either.right(nested.isLeft() ? "inner refused" : "inner kept");
                });

    assertThat(outcome).isEqualTo(Either.right("inner refused"));
    assertThat(stores.workdays().find(tenant, outer.id())).isNotEmpty();
    assertThat(stores.workdays().find(tenant, inner.id())).isEmpty();
  }

  // --- text ---

  @Test
  void hebrewAndEmojiRoundTripByteExactThroughEveryPort() {
    Stores stores = stores();
    TenantId tenant = tenantIn(stores);
    EmployeeId ana = hire(stores, tenant, 1);
    String text = HEBREW + " " + EMOJI;
    Note note = new Note(text);
    OpenedWorkday day =
        new OpenedWorkday(
            opened(tenant, ana, MONDAY).id(),
            tenant,
            ana,
            Fixtures.notedPunch(MONDAY, text),
            List.empty(),
            org.worktime.domain.workday.Approval.APPROVED);
    RunningTimer timer = running(tenant, ana, MONDAY);
    AuditEntry entry = auditOf(null, day, ana, MONDAY);
    stores.workdays().insert(day);
    stores.timers().insert(timer);
    stores.audit().append(entry);
    Employee named =
        new Employee(
            EmployeeId.of(newId()),
            tenant,
            2,
            "noa@example.org",
            text,
            Fixtures.JERUSALEM,
            Role.EMPLOYEE,
            Fixtures.defaultPolicy(tenant),
            Option.none());
    stores.employees().save(named);

    Note storedNote = stores.workdays().find(tenant, day.id()).get().value().start().note().get();
    TaskTimer storedTimer = stores.timers().find(tenant, timer.id()).get().value();
    AuditEntry storedEntry = stores.audit().find(tenant, entry.id()).get();
    String storedName = stores.employees().find(tenant, named.id()).get().name();

    assertThat(bytes(storedNote.text())).isEqualTo(bytes(text));
    assertThat(bytes(storedTimer.details().comment().get().text())).isEqualTo(bytes(text));
    assertThat(bytes(storedTimer.details().name().get().text())).isEqualTo(bytes(EMOJI));
    assertThat(bytes(storedEntry.reason().get().text())).isEqualTo(bytes(text));
    assertThat(bytes(storedName)).isEqualTo(bytes(text));
    assertThat(storedNote).isEqualTo(note);
    assertThat(storedNote.text().codePointCount(0, storedNote.text().length()))
        .isEqualTo(text.codePointCount(0, text.length()));
  }

  // --- helpers ---

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static long openDaysOf(Stores stores, TenantId tenant, EmployeeId employee) {
    return stores
        .workdays()
        .touching(tenant, employee, Instant.EPOCH, MONDAY.plus(Duration.ofDays(3650)))
        .count(day -> !(day instanceof ClosedWorkday));
  }

  /** Runs {@code threads} calls at once (released together) and answers their outcomes. */
  static <T> List<T> race(int threads, IntFunction<T> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch ready = new CountDownLatch(threads);
      CountDownLatch go = new CountDownLatch(1);
      java.util.List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        int index = i;
        Callable<T> task =
            () -> {
              ready.countDown();
              go.await();
              return call.apply(index);
            };
        futures.add(pool.submit(task));
      }
      ready.await();
      go.countDown();
      java.util.List<T> outcomes = new ArrayList<>();
      for (Future<T> future : futures) {
        outcomes.add(future.get(60, TimeUnit.SECONDS));
      }
      return List.ofAll(outcomes);
    } finally {
      pool.shutdownNow();
    }
  }
}
