package org.worktime.adapters.persistence;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.worktime.adapters.persistence.jdbc.JdbcDataSources;
import org.worktime.adapters.persistence.jdbc.JdbcStores;
import org.worktime.application.port.Stores;

/** The contract on an H2 file database, opened as the CLI and the server open it. */
class H2StoreContractTest extends JdbcStoreContract {

  @TempDir static Path dataDir;

  private static HikariDataSource first;
  private static HikariDataSource second;
  private static Stores stores;
  private static Stores secondPool;

  @BeforeAll
  static void open() {
    first = JdbcDataSources.h2File(dataDir);
    stores = JdbcStores.create(first);
    second = JdbcDataSources.h2File(dataDir);
    secondPool = JdbcStores.create(second);
  }

  @AfterAll
  static void close() {
    second.close();
    first.close();
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
