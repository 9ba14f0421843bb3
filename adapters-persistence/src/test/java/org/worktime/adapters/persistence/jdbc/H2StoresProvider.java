package org.worktime.adapters.persistence.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.worktime.application.StoresProvider;
import org.worktime.application.port.Stores;

/**
 * The application's use-case tests on the embedded default: a new H2 file database, with the very
 * URL settings of {@link JdbcDataSources#h2File}, in a new temporary directory for every store.
 */
public final class H2StoresProvider implements StoresProvider {

  private static final RecentPools POOLS = new RecentPools();

  @Override
  public String name() {
    return "h2";
  }

  @Override
  public Stores create() {
    try {
      Path directory = Files.createTempDirectory("worktime-use-cases-");
      return JdbcStores.create(POOLS.open(JdbcDataSources.h2Url(directory), "sa", ""));
    } catch (IOException unwritable) {
      throw new UncheckedIOException(unwritable);
    }
  }
}
