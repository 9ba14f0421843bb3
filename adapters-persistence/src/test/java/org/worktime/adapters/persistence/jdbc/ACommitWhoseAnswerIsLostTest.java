package org.worktime.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.zaxxer.hikari.HikariDataSource;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.worktime.application.Actor;
import org.worktime.application.Channel;
import org.worktime.application.Engine;
import org.worktime.application.EngineBuilder;
import org.worktime.application.IdempotencyKey;
import org.worktime.application.MutableClock;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.application.port.StoreUnavailable;
import org.worktime.application.workday.OpenWorkdayUseCase;
import org.worktime.application.workday.WorkdayView;
import org.worktime.domain.place.Origin;
import org.worktime.domain.place.SourceType;
import org.worktime.domain.workday.Timing;

/**
 * The connection breaks while a commit is under way, after the database has in fact committed (the
 * answer was lost on the way back). The engine must not call that a failure: it says the outcome is
 * unknown, and a retry with the same idempotency key answers the real outcome, the day that was
 * committed, without opening a second one. A connection lost before the commit is a plain "nothing
 * written".
 */
class ACommitWhoseAnswerIsLostTest {

  @TempDir Path data;

  private final AtomicBoolean loseTheNextCommitsAnswer = new AtomicBoolean();
  private final AtomicBoolean breakTheNextStatement = new AtomicBoolean();
  private HikariDataSource pool;

  @AfterEach
  void close() {
    pool.close();
  }

  @Test
  void theOutcomeIsUnknownAndARetryWithTheSameKeyAnswersTheCommittedDay() {
    Engine engine = engine();
    Actor admin = admin(engine);
    OpenWorkdayUseCase.Command open = openWithKey(admin, "open-1");

    loseTheNextCommitsAnswer.set(true);
    StoreUnavailable lost =
        catchThrowableOfType(StoreUnavailable.class, () -> engine.openWorkday().open(open));

    assertThat(lost.outcomeUnknown()).isTrue();
    Either<Refusal, WorkdayView> retried = engine.openWorkday().open(open);
    assertThat(retried.isRight()).as("the retry answers %s", retried).isTrue();
    WorkdayView latest =
        engine
            .workdayStatus()
            .statusOf(Request.of(admin, Channel.CLI), admin.employee())
            .get()
            .get();
    assertThat(latest.workday().id()).isEqualTo(retried.get().workday().id());
    assertThat(days(engine, admin)).isEqualTo(1);
  }

  @Test
  void aConnectionLostBeforeTheCommitWroteNothing() {
    Engine engine = engine();
    Actor admin = admin(engine);

    breakTheNextStatement.set(true);
    StoreUnavailable lost =
        catchThrowableOfType(
            StoreUnavailable.class, () -> engine.openWorkday().open(openWithKey(admin, "open-2")));

    assertThat(lost.outcomeUnknown()).isFalse();
    assertThat(days(engine, admin)).isZero();
  }

  private static long days(Engine engine, Actor admin) {
    return engine
        .workdaysInPeriod()
        .forEachDay(
            Request.of(admin, Channel.CLI),
            Option.none(),
            LocalDate.of(2025, 3, 1),
            LocalDate.of(2025, 3, 31),
            day -> {})
        .get();
  }

  private Engine engine() {
    pool = JdbcDataSources.h2File(data);
    MutableClock clock = new MutableClock(Instant.parse("2025-03-10T08:00:00Z"));
    return new EngineBuilder().clock(clock).stores(JdbcStores.create(flaky(pool))).build();
  }

  private static Actor admin(Engine engine) {
    return engine
        .tenantSetup()
        .createTenant("admin@example.com", "Admin", ZoneId.of("Europe/Berlin"))
        .get();
  }

  private static OpenWorkdayUseCase.Command openWithKey(Actor admin, String key) {
    Request request =
        Request.of(admin, Channel.CLI).withIdempotencyKey(IdempotencyKey.of(key).get());
    return new OpenWorkdayUseCase.Command(
        request, admin.employee(), Timing.now(), Origin.of(SourceType.API), Option.none());
  }

  /**
   * The real pool, with connections that can break as a network does: after the database commits
   * (the answer is lost), or at the next statement (before anything was sent).
   */
  private DataSource flaky(DataSource real) {
    InvocationHandler dataSource =
        (proxy, method, args) -> {
          Object result = invoke(real, method, args);
          return result instanceof Connection connection ? flaky(connection) : result;
        };
    return (DataSource)
        Proxy.newProxyInstance(
            DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, dataSource);
  }

  private Connection flaky(Connection real) {
    InvocationHandler connection =
        (proxy, method, args) -> {
          if (method.getName().startsWith("prepare")
              && breakTheNextStatement.compareAndSet(true, false)) {
            throw new SQLException("An I/O error occurred while sending to the backend.", "08006");
          }
          Object result = invoke(real, method, args);
          if (method.getName().equals("commit")
              && loseTheNextCommitsAnswer.compareAndSet(true, false)) {
            throw new SQLException("An I/O error occurred while sending to the backend.", "08006");
          }
          return result;
        };
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, connection);
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException thrown) {
      throw thrown.getCause();
    }
  }
}
