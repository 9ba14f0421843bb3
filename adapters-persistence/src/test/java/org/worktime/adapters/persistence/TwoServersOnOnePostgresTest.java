package org.worktime.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.worktime.adapters.persistence.jdbc.JdbcDataSources;
import org.worktime.adapters.persistence.jdbc.JdbcStores;
import org.worktime.application.Actor;
import org.worktime.application.Engine;
import org.worktime.application.EngineBuilder;
import org.worktime.application.EngineFixture;
import org.worktime.application.ForwardingWorkdayStore;
import org.worktime.application.MutableClock;
import org.worktime.application.Refusal;
import org.worktime.application.port.Stores;
import org.worktime.application.port.WorkdayStore;
import org.worktime.application.workday.CorrectWorkdayUseCase;
import org.worktime.application.workday.WorkdayView;
import org.worktime.domain.id.TimeOrderedIdGenerator;
import org.worktime.domain.text.Note;
import org.worktime.domain.workday.Action;
import org.worktime.domain.workday.Workday;
import org.worktime.domain.workday.WorkdayError;
import org.worktime.domain.workday.WorkdayStatus;

/**
 * Two engines, each on its own connection pool, on one PostgreSQL: what two stateless worktime
 * servers behind a load balancer are. The database, not a lock in one process, keeps the rules.
 */
class TwoServersOnOnePostgresTest {

  private static EmbeddedPostgres postgres;
  private static HikariDataSource firstPool;
  private static HikariDataSource secondPool;

  private final MutableClock clock = new MutableClock(EngineFixture.MONDAY_NINE);

  @BeforeAll
  static void onePostgresTwoPools() throws IOException {
    postgres = EmbeddedPostgres.start();
    String url = postgres.getJdbcUrl("postgres", "postgres");
    firstPool = JdbcDataSources.fromUrl(url, "postgres", "postgres");
    secondPool = JdbcDataSources.fromUrl(url, "postgres", "postgres");
    JdbcStores.migrate(firstPool);
  }

  @AfterAll
  static void stop() throws IOException {
    secondPool.close();
    firstPool.close();
    postgres.close();
  }

  private Engine server(HikariDataSource pool, long seed, UnaryOperator<Stores> decorate) {
    return new EngineBuilder()
        .clock(clock)
        .ids(new TimeOrderedIdGenerator(clock, new SplittableRandom(seed)))
        .stores(decorate.apply(JdbcStores.over(pool)))
        .build();
  }

  @Test
  void eightRequestsOnTwoServersOpeningOneEmployeesDayLeaveExactlyOneOpenDay() throws Exception {
    Engine first = server(firstPool, 1, UnaryOperator.identity());
    Engine second = server(secondPool, 2, UnaryOperator.identity());
    Actor ada =
        first.tenantSetup().createTenant("ada@example.com", "Ada", EngineFixture.BERLIN).get();

    List<Either<Refusal, WorkdayView>> outcomes =
        all(
            List.range(0, 8)
                .map(
                    n ->
                        () ->
                            (n % 2 == 0 ? first : second)
                                .openWorkday()
                                .open(EngineFixture.openNow(EngineFixture.as(ada), ada))));

    assertThat(outcomes.filter(Either::isRight)).hasSize(1);
    for (Either<Refusal, WorkdayView> refused : outcomes.filter(Either::isLeft)) {
      assertThat(refused.getLeft())
          .satisfiesAnyOf(
              refusal -> assertThat(refusal).isInstanceOf(Refusal.Conflict.class),
              refusal ->
                  assertThat(refusal)
                      .isEqualTo(
                          new Refusal.WorkdayRefused(
                              new WorkdayError.IllegalTransition(
                                  WorkdayStatus.OPENED, Action.OPEN))));
    }
    WorkdayView opened = outcomes.find(Either::isRight).get().get();
    assertThat(second.workdayStatus().statusOf(EngineFixture.as(ada), ada.employee()).get())
        .map(view -> view.workday().id())
        .contains(opened.workday().id());
    assertThat(first.workdayHistory().historyOf(EngineFixture.as(ada), opened.workday().id()).get())
        .hasSize(1);
  }

  @Test
  void twoServersCorrectingOneDayAtOnceLetExactlyOneWinAndTheOtherHearsOfTheConflict()
      throws Exception {
    CyclicBarrier bothHaveRead = new CyclicBarrier(2);
    UnaryOperator<Stores> meetBeforeWriting =
        stores ->
            new Stores(
                new UpdateAfterBarrier(stores.workdays(), bothHaveRead),
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
    Engine first = server(firstPool, 3, UnaryOperator.identity());
    Actor ada =
        first.tenantSetup().createTenant("ada@example.org", "Ada", EngineFixture.BERLIN).get();
    first.openWorkday().open(EngineFixture.openNow(EngineFixture.as(ada), ada)).get();
    clock.advance(Duration.ofHours(8));
    WorkdayView closed =
        first.closeWorkday().close(EngineFixture.closeNow(EngineFixture.as(ada), ada)).get();
    Engine racingA = server(firstPool, 4, meetBeforeWriting);
    Engine racingB = server(secondPool, 5, meetBeforeWriting);
    Instant start = closed.workday().start().at();

    List<Either<Refusal, WorkdayView>> outcomes =
        all(
            List.of(
                () -> correct(racingA, ada, closed, start.minus(Duration.ofMinutes(10)), "first"),
                () ->
                    correct(racingB, ada, closed, start.minus(Duration.ofMinutes(20)), "second")));

    assertThat(outcomes.filter(Either::isRight)).hasSize(1);
    assertThat(outcomes.filter(Either::isLeft).head().getLeft())
        .isInstanceOf(Refusal.Conflict.class);
    WorkdayView winner = outcomes.find(Either::isRight).get().get();
    WorkdayView stored =
        first.workdayStatus().statusOf(EngineFixture.as(ada), ada.employee()).get().get();
    assertThat(stored.workday()).isEqualTo(winner.workday());
    assertThat(
            first
                .workdayHistory()
                .historyOf(EngineFixture.as(ada), closed.workday().id())
                .get()
                .map(entry -> entry.action()))
        .containsExactly("OPEN", "CLOSE", "CORRECT");
  }

  private static Either<Refusal, WorkdayView> correct(
      Engine engine, Actor ada, WorkdayView day, Instant newStart, String reason) {
    return engine
        .correctWorkday()
        .correct(
            new CorrectWorkdayUseCase.Command(
                EngineFixture.as(ada),
                day.workday().id(),
                Option.some(newStart),
                Option.none(),
                new Note(reason)));
  }

  private static <T> List<T> all(List<Callable<T>> tasks) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(tasks.size());
    try {
      List<Future<T>> futures = tasks.map(threads::submit);
      List<T> results = List.empty();
      for (Future<T> future : futures) {
        results = results.append(future.get(60, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      threads.shutdownNow();
    }
  }

  /** Holds each update until both racers have read the same version: a race made certain. */
  private static final class UpdateAfterBarrier extends ForwardingWorkdayStore {

    private final CyclicBarrier barrier;

    UpdateAfterBarrier(WorkdayStore delegate, CyclicBarrier barrier) {
      super(delegate);
      this.barrier = barrier;
    }

    @Override
    public Either<Refusal.Conflict, Long> update(Workday day, long expectedVersion) {
      try {
        barrier.await(30, TimeUnit.SECONDS);
      } catch (Exception interrupted) {
        throw new IllegalStateException(interrupted);
      }
      return super.update(day, expectedVersion);
    }
  }
}
