package org.worktime.adapters.persistence.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.worktime.application.StoresProvider;
import org.worktime.application.port.Stores;

/**
 * The application's use-case tests on PostgreSQL: one embedded server (zonky) for the run, and a
 * new database on it for every store.
 */
public final class PostgresStoresProvider implements StoresProvider {

  private static final RecentPools POOLS = new RecentPools();
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres server;

  @Override
  public String name() {
    return "postgres";
  }

  @Override
  public Stores create() {
    String database = "use_case_" + DATABASES.incrementAndGet();
    try (Connection admin = server().getPostgresDatabase().getConnection();
        Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + database);
    } catch (SQLException failed) {
      throw new IllegalStateException("could not create the test database " + database, failed);
    }
    return JdbcStores.create(
        POOLS.open(server().getJdbcUrl("postgres", database), "postgres", "postgres"));
  }

  private static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.start();
      } catch (IOException failed) {
        throw new UncheckedIOException(failed);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(PostgresStoresProvider::stop));
    }
    return server;
  }

  private static synchronized void stop() {
    try {
      server.close();
    } catch (IOException ignored) {
      // The JVM is going down; the server's directory is temporary.
    }
  }
}
