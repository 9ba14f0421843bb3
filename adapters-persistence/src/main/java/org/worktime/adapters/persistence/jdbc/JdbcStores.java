package org.worktime.adapters.persistence.jdbc;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.worktime.application.port.Stores;

/**
 * The JDBC stores over one {@link DataSource} (H2 or PostgreSQL), sharing one {@link
 * org.worktime.application.port.Transactions} bound to the calling thread.
 */
public final class JdbcStores {

  private JdbcStores() {}

  /** Brings the schema up to date, then answers the stores. */
  public static Stores create(DataSource dataSource) {
    migrate(dataSource);
    return over(dataSource);
  }

  /** The stores over a database whose schema is already up to date. */
  public static Stores over(DataSource dataSource) {
    JdbcDatabase database = new JdbcDatabase(Jdbi.create(dataSource));
    return new Stores(
        new JdbcWorkdayStore(database),
        new JdbcTimerStore(database),
        new JdbcEmployeeDirectory(database),
        new JdbcPolicyStore(database),
        new JdbcAuditLog(database),
        new JdbcIdempotencyRecords(database),
        new JdbcApiKeyStore(database),
        new JdbcLocationStore(database),
        new JdbcShortNumbers(database),
        database);
  }

  /**
   * Applies the migrations in {@code db/migration}, and the Java ones beside them, that the
   * database has not seen yet; harmless when it is up to date. Answers how many were applied.
   */
  public static int migrate(DataSource dataSource) {
    return Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .javaMigrations(new WorkdayBreaksBackfill())
        .load()
        .migrate()
        .migrationsExecuted;
  }
}
