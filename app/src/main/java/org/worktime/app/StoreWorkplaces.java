package org.worktime.app;

import com.zaxxer.hikari.HikariDataSource;
import java.security.SecureRandom;
import java.time.Clock;
import org.worktime.adapters.cli.store.StoreLocation;
import org.worktime.adapters.cli.store.Workplace;
import org.worktime.adapters.cli.store.Workplaces;
import org.worktime.adapters.persistence.jdbc.JdbcDataSources;
import org.worktime.adapters.persistence.jdbc.JdbcStores;
import org.worktime.application.Engine;
import org.worktime.application.EngineBuilder;
import org.worktime.domain.id.TimeOrderedIdGenerator;

/**
 * Opens the JDBC store a location names — the embedded H2 file (shared with a running server
 * through H2's auto-server mode) or PostgreSQL — migrates it, and builds an engine over it on the
 * system clock. {@code serve} and every command of the command line open their store here.
 */
final class StoreWorkplaces implements Workplaces {

  private final Clock clock;

  StoreWorkplaces(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Workplace open(StoreLocation location) {
    HikariDataSource dataSource =
        location.url().isDefined()
            ? JdbcDataSources.fromUrl(location.url().get(), location.user(), location.password())
            : JdbcDataSources.h2File(location.data());
    try {
      Engine engine =
          new EngineBuilder()
              .clock(clock)
              .ids(new TimeOrderedIdGenerator(clock, new SecureRandom()))
              .stores(JdbcStores.create(dataSource))
              .build();
      return new Opened(engine, clock, location.describe(), dataSource);
    } catch (RuntimeException failed) {
      dataSource.close();
      throw failed;
    }
  }

  private record Opened(Engine engine, Clock clock, String store, HikariDataSource dataSource)
      implements Workplace {

    @Override
    public void close() {
      dataSource.close();
    }
  }
}
