package org.worktime.adapters.persistence;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.worktime.adapters.persistence.jdbc.JdbcDataSources;
import org.worktime.adapters.persistence.jdbc.JdbcStores;
import org.worktime.application.port.Stores;

/**
 * The contract on PostgreSQL: an embedded server (zonky, PostgreSQL 14) started once for the class,
 * or the server named by {@code -Dpg.url=jdbc:postgresql://...} ({@code -Dpg.user}, {@code
 * -Dpg.password}). Two separate pools on it stand for two servers racing.
 */
class PostgresStoreContractTest extends JdbcStoreContract {

  private static EmbeddedPostgres embedded;
  private static HikariDataSource first;
  private static HikariDataSource second;
  private static Stores stores;
  private static Stores secondPool;

  @BeforeAll
  static void start() throws IOException {
    String url = System.getProperty("pg.url", "");
    String user = System.getProperty("pg.user", "postgres");
    String password = System.getProperty("pg.password", "postgres");
    if (url.isBlank()) {
      embedded = EmbeddedPostgres.start();
      url = embedded.getJdbcUrl("postgres", "postgres");
    }
    first = JdbcDataSources.fromUrl(url, user, password);
    stores = JdbcStores.create(first);
    second = JdbcDataSources.fromUrl(url, user, password);
    secondPool = JdbcStores.create(second);
  }

  @AfterAll
  static void stop() throws IOException {
    second.close();
    first.close();
    if (embedded != null) {
      embedded.close();
    }
  }

  @Override
  protected Stores stores() {
    return stores;
  }

  @Override
  protected Stores secondPool() {
    return secondPool;
  }

  @Override
  protected DataSource dataSource() {
    return first;
  }
}
