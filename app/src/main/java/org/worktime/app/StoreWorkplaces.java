package org.worktime.app;

import com.zaxxer.hikari.HikariDataSource;
import io.vavr.control.Option;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Clock;
import org.worktime.adapters.cli.store.StoreHealth;
import org.worktime.adapters.cli.store.StoreLocation;
import org.worktime.adapters.cli.store.Workplace;
import org.worktime.adapters.cli.store.Workplaces;
import org.worktime.adapters.persistence.jdbc.JdbcDataSources;
import org.worktime.adapters.persistence.jdbc.JdbcDataSources.Pool;
import org.worktime.adapters.persistence.jdbc.JdbcStores;
import org.worktime.adapters.persistence.jdbc.SchemaState;
import org.worktime.application.Engine;
import org.worktime.application.EngineBuilder;
import org.worktime.domain.id.TimeOrderedIdGenerator;

/**
 * Opens the JDBC store a location names — the embedded H2 file (shared with a running server
 * through H2's auto-server mode) or PostgreSQL — migrates it, and builds an engine over it on the
 * system clock. {@code serve} and every command of the command line open their store here: the
 * server with its full pool and Flyway's full check, a command with a pool of two and, when the
 * schema is already current, without Flyway at all (see docs/performance.md).
 */
final class StoreWorkplaces implements Workplaces {

  private final Clock clock;
  private final Pool pool;
  private final boolean quickSchemaCheck;

  /** As for the server: the full pool and Flyway's full check. */
  StoreWorkplaces(Clock clock) {
    this(clock, Pool.SERVER, false);
  }

  private StoreWorkplaces(Clock clock, Pool pool, boolean quickSchemaCheck) {
    this.clock = clock;
    this.pool = pool;
    this.quickSchemaCheck = quickSchemaCheck;
  }

  /** For {@code serve}: a long-lived process, where start-up time matters little. */
  static StoreWorkplaces forServer(Clock clock) {
    return new StoreWorkplaces(clock, Pool.SERVER, false);
  }

  /** For the command line's short-lived commands. */
  static StoreWorkplaces forCommands(Clock clock) {
    return new StoreWorkplaces(clock, Pool.COMMAND, true);
  }

  @Override
  public Workplace open(StoreLocation location) {
    HikariDataSource dataSource = dataSource(location, pool);
    try {
      Engine engine =
          new EngineBuilder()
              .clock(clock)
              .ids(new TimeOrderedIdGenerator(clock, new SecureRandom()))
              .stores(
                  quickSchemaCheck
                      ? JdbcStores.openCurrent(dataSource)
                      : JdbcStores.create(dataSource))
              .build();
      return new Opened(engine, clock, location.describe(), dataSource);
    } catch (RuntimeException failed) {
      dataSource.close();
      throw failed;
    }
  }

  /**
   * Asks the database where its schema stands, migrating nothing; an embedded file that does not
   * exist yet is not created.
   */
  @Override
  public StoreHealth health(StoreLocation location) {
    String kind = location.url().isDefined() ? "PostgreSQL" : "H2 file";
    if (location.url().isEmpty() && !Files.exists(location.data().resolve("worktime.mv.db"))) {
      return new StoreHealth(kind, location.describe(), false, Option.none(), Option.none(), 0);
    }
    try (HikariDataSource dataSource = dataSource(location, Pool.COMMAND)) {
      SchemaState schema = JdbcStores.schemaState(dataSource);
      return new StoreHealth(
          kind, location.describe(), true, Option.none(), schema.applied(), schema.pending());
    } catch (RuntimeException unreachable) {
      return new StoreHealth(
          kind,
          location.describe(),
          false,
          Option.some(rootMessage(unreachable)),
          Option.none(),
          0);
    }
  }

  private static HikariDataSource dataSource(StoreLocation location, Pool pool) {
    return location.url().isDefined()
        ? JdbcDataSources.fromUrl(location.url().get(), location.user(), location.password(), pool)
        : JdbcDataSources.h2File(location.data(), pool);
  }

  private static String rootMessage(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = cause.getMessage();
    return message == null || message.isBlank()
        ? cause.getClass().getSimpleName()
        : message.lines().findFirst().orElse(message);
  }

  private record Opened(Engine engine, Clock clock, String store, HikariDataSource dataSource)
      implements Workplace {

    @Override
    public String verify() {
      JdbcStores.Verified verified = JdbcStores.verify(dataSource);
      return verified.tables() + " tables and " + verified.rows() + " rows read";
    }

    @Override
    public void close() {
      dataSource.close();
    }
  }
}
