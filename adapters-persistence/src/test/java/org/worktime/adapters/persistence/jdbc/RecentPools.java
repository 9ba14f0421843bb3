package org.worktime.adapters.persistence.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Small pools for the use-case tests, which make a fresh store for every test: only the few most
 * recent stay open (a test uses one, at most two), so a run of hundreds does not hold hundreds of
 * pools.
 */
final class RecentPools {

  private static final int KEPT_OPEN = 4;

  private final Deque<HikariDataSource> open = new ArrayDeque<>();

  synchronized HikariDataSource open(String url, String user, String password) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(4);
    config.setMinimumIdle(0);
    config.setPoolName("use-case-tests");
    HikariDataSource pool = new HikariDataSource(config);
    open.addLast(pool);
    while (open.size() > KEPT_OPEN) {
      open.removeFirst().close();
    }
    return pool;
  }

  synchronized void closeAll() {
    while (!open.isEmpty()) {
      open.removeFirst().close();
    }
  }
}
