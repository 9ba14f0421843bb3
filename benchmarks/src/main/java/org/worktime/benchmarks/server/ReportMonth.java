package org.worktime.benchmarks.server;

import com.zaxxer.hikari.HikariDataSource;
import io.vavr.control.Option;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.worktime.adapters.persistence.jdbc.JdbcDataSources;
import org.worktime.adapters.persistence.jdbc.JdbcStores;
import org.worktime.application.Actor;
import org.worktime.application.Channel;
import org.worktime.application.EngineBuilder;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.application.port.Stores;
import org.worktime.application.sample.SampleWorkdays;
import org.worktime.domain.employee.Role;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.Id;
import org.worktime.domain.id.TenantId;
import org.worktime.domain.policy.SchedulePolicy;

/**
 * The report path's data: {@code ReportMonth JDBC_URL USER PASSWORD EMPLOYEES TOKEN_FILE}. Loads
 * {@link SampleWorkdays} for March 2026 (31 days) through the JDBC stores into an empty database,
 * on several threads, and writes an API key of the sample's administrator (employee 1) to the file.
 * Prints the tenant's id and what was loaded.
 */
public final class ReportMonth {

  /** The month reported on; its first day and length. */
  public static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 1);

  public static final int DAYS = 31;

  private static final long SEED = 2026;

  /**
   * While loading, commits do not wait for the WAL to reach the disk (PostgreSQL's {@code
   * synchronous_commit = off}, for these connections only): the data is the same, and a crash of a
   * throwaway benchmark database loses nothing that matters. The measured runs use the server's
   * defaults.
   */
  static final String LOADING_OPTIONS = "options=-c%20synchronous_commit%3Doff";

  /** Employees written at once, each by a thread of its own (row by row, a round trip each). */
  private static final int WRITERS = 4;

  private ReportMonth() {}

  /**
   * Writes the sample through the stores, employee by employee on {@link #WRITERS} threads: each
   * employee's row, then their days and timers, every row its own short transaction.
   */
  static SampleWorkdays.Counts load(Stores stores, SampleWorkdays sample, int employees)
      throws InterruptedException {
    stores.policies().save(tenant(), sample.policy(), SchedulePolicy.flexible());
    ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
    Semaphore queued = new Semaphore(8 * WRITERS);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    java.util.List<Runnable> current = new java.util.ArrayList<>();
    Runnable submit =
        () -> {
          if (current.isEmpty()) {
            return;
          }
          java.util.List<Runnable> writes = java.util.List.copyOf(current);
          current.clear();
          queued.acquireUninterruptibly();
          writers.execute(
              () -> {
                try {
                  writes.forEach(Runnable::run);
                } catch (Throwable failed) {
                  failure.compareAndSet(null, failed);
                } finally {
                  queued.release();
                }
              });
        };
    SampleWorkdays.Counts counts =
        sample.generate(
            employees,
            FIRST_DAY,
            DAYS,
            employee -> {
              submit.run();
              current.add(() -> stored(stores.employees().save(employee)));
            },
            day -> current.add(() -> stored(stores.workdays().insert(day))),
            timer -> current.add(() -> stored(stores.timers().insert(timer))));
    submit.run();
    writers.shutdown();
    if (!writers.awaitTermination(1, TimeUnit.HOURS) || failure.get() != null) {
      throw new IllegalStateException("loading failed", failure.get());
    }
    return counts;
  }

  private static void stored(io.vavr.control.Either<? extends Refusal, ?> outcome) {
    if (outcome.isLeft()) {
      throw new IllegalStateException(outcome.getLeft().describe());
    }
  }

  /** The sample's tenant. */
  public static TenantId tenant() {
    return TenantId.of(new Id(SEED, 1_000_000));
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 5) {
      throw new IllegalArgumentException(
          "usage: ReportMonth JDBC_URL USER PASSWORD EMPLOYEES TOKEN_FILE");
    }
    int employees = Integer.parseInt(args[3]);
    long began = System.nanoTime();
    String url = args[0] + (args[0].contains("?") ? "&" : "?") + LOADING_OPTIONS;
    try (HikariDataSource database = JdbcDataSources.fromUrl(url, args[1], args[2])) {
      Stores stores = JdbcStores.create(database);
      SampleWorkdays.Counts counts = load(stores, new SampleWorkdays(tenant(), SEED), employees);
      Actor admin = new Actor(tenant(), EmployeeId.of(new Id(SEED, 1)), Role.ADMIN);
      String token =
          new EngineBuilder()
              .clock(Clock.systemUTC())
              .stores(stores)
              .build()
              .apiKeys()
              .issue(Request.of(admin, Channel.CLI), admin.employee(), "report", Option.none())
              .getOrElseThrow(refusal -> new IllegalStateException(refusal.describe()))
              .token();
      Files.write(Path.of(args[4]), List.of(token));
      System.out.printf(
          "loaded tenant %s: %d employees, %d workdays, %d breaks, %d timers in %d s%n",
          tenant().value(),
          counts.employees(),
          counts.workdays(),
          counts.breaks(),
          counts.timers(),
          (System.nanoTime() - began) / 1_000_000_000L);
    }
  }
}
