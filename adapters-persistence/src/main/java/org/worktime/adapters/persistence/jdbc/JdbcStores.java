package org.worktime.adapters.persistence.jdbc;

import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.jdbi.v3.core.Jdbi;
import org.worktime.application.port.Stores;

/**
 * The JDBC stores over one {@link DataSource} (H2 or PostgreSQL), sharing one {@link
 * org.worktime.application.port.Transactions} bound to the calling thread.
 */
public final class JdbcStores {

  /**
   * The version of the newest migration, SQL or Java; a test keeps it equal to what Flyway applies
   * last, so a new migration cannot be forgotten here.
   */
  public static final String SCHEMA_VERSION = "7";

  private JdbcStores() {}

  /**
   * The stores for a short-lived process (a command of the command line): a database whose schema
   * history already ends at {@link #SCHEMA_VERSION} is opened with one query and without Flyway,
   * whose class path scan and validation cost a command line more than all its work; anything else
   * is migrated as {@link #create} does.
   */
  public static Stores openCurrent(DataSource dataSource) {
    return isAtSchemaVersion(dataSource) ? over(dataSource) : create(dataSource);
  }

  /** Whether the schema history's newest successful migration is {@link #SCHEMA_VERSION}. */
  static boolean isAtSchemaVersion(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      // An empty database has no history table (Flyway creates it); asking the catalogue first
      // keeps a failed query out of H2's trace file.
      try (ResultSet tables =
          connection.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
        if (!tables.next()) {
          return false;
        }
      }
      try (Statement statement = connection.createStatement();
          ResultSet versions =
              statement.executeQuery(
                  "SELECT version FROM flyway_schema_history"
                      + " WHERE success = TRUE AND version IS NOT NULL")) {
        String newest = null;
        while (versions.next()) {
          String version = versions.getString(1);
          if (newest == null || newer(version, newest)) {
            newest = version;
          }
        }
        return SCHEMA_VERSION.equals(newest);
      }
    } catch (SQLException unreadable) {
      // Whatever stands in the way, Flyway's full path says it better.
      return false;
    }
  }

  /** Dotted versions compared part by part as numbers ({@code 10} is newer than {@code 9}). */
  static boolean newer(String version, String than) {
    String[] one = version.split("\\.");
    String[] other = than.split("\\.");
    for (int i = 0; i < Math.max(one.length, other.length); i++) {
      long a = i < one.length ? Long.parseLong(one[i]) : 0;
      long b = i < other.length ? Long.parseLong(other[i]) : 0;
      if (a != b) {
        return a > b;
      }
    }
    return false;
  }

  /** Where the schema stands, without changing it (Flyway's {@code info}). */
  public static SchemaState schemaState(DataSource dataSource) {
    MigrationInfoService info = flyway(dataSource).info();
    MigrationInfo current = info.current();
    return new SchemaState(
        Option.of(current)
            .flatMap(applied -> Option.of(applied.getVersion()))
            .map(Object::toString),
        info.pending().length);
  }

  /** What {@link #verify} read. */
  public record Verified(int tables, long rows) {}

  /**
   * Reads every row of every table of the schema, so that a damaged page or row shows as an error
   * now rather than in some later request: the check after an unclean stop. Streams each table;
   * nothing is held.
   */
  public static Verified verify(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      java.util.List<String> tables = new java.util.ArrayList<>();
      try (ResultSet found =
          connection
              .getMetaData()
              .getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
        while (found.next()) {
          tables.add(found.getString("TABLE_NAME"));
        }
      }
      connection.setAutoCommit(false); // PostgreSQL streams by fetch size only in a transaction
      long rows = 0;
      for (String table : tables) {
        try (Statement statement = connection.createStatement()) {
          statement.setFetchSize(1000);
          try (ResultSet all = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
            int columns = all.getMetaData().getColumnCount();
            while (all.next()) {
              for (int column = 1; column <= columns; column++) {
                all.getObject(column);
              }
              rows++;
            }
          }
        }
      }
      connection.rollback();
      return new Verified(tables.size(), rows);
    } catch (SQLException unreadable) {
      throw new IllegalStateException("the store could not be read whole", unreadable);
    }
  }

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
        new JdbcCompanyAccounts(database),
        new JdbcOfficeNetworks(database),
        database);
  }

  /**
   * Applies the migrations in {@code db/migration}, and the Java ones beside them, that the
   * database has not seen yet; harmless when it is up to date. Answers how many were applied.
   */
  public static int migrate(DataSource dataSource) {
    return flyway(dataSource).migrate().migrationsExecuted;
  }

  private static Flyway flyway(DataSource dataSource) {
    return Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .javaMigrations(new WorkdayBreaksBackfill())
        .load();
  }
}
