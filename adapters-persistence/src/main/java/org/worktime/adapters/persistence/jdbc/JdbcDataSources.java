package org.worktime.adapters.persistence.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Pooled data sources for the JDBC stores. Close them ({@link HikariDataSource#close()}) when the
 * process is done with the database.
 */
public final class JdbcDataSources {

  /** Connections per pool: enough for a small server, small enough for a shared PostgreSQL. */
  public static final int POOL_SIZE = 10;

  /**
   * H2 settings: PostgreSQL compatibility and lower-case names (one set of migrations for both),
   * and AUTO_SERVER, so that a CLI and a running server can open the same file: the first process
   * serves it to the others over a local TCP port. A 4 MB page cache (H2's default is 16 MB) keeps
   * the embedded default within a small heap: a server with 40 MB of heap streams a 49 MB month.
   */
  static final String H2_SETTINGS =
      ";AUTO_SERVER=TRUE;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
          + ";CACHE_SIZE=4096"
          + ";LOCK_TIMEOUT=10000";

  private JdbcDataSources() {}

  /** The embedded default: the H2 database {@code worktime} in {@code dataDir}, created on use. */
  public static HikariDataSource h2File(Path dataDir) {
    Objects.requireNonNull(dataDir, "dataDir");
    Path directory = dataDir.toAbsolutePath().normalize();
    if (directory.toString().contains(";")) {
      throw new IllegalArgumentException("an H2 data directory cannot contain ';': " + directory);
    }
    try {
      Files.createDirectories(directory);
    } catch (IOException unwritable) {
      throw new UncheckedIOException(unwritable);
    }
    return fromUrl(h2Url(directory), "sa", "");
  }

  static String h2Url(Path directory) {
    return "jdbc:h2:file:" + directory.resolve("worktime") + H2_SETTINGS;
  }

  /** A pool for any JDBC URL the drivers on the class path take (H2 or PostgreSQL). */
  public static HikariDataSource fromUrl(String jdbcUrl, String user, String password) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(POOL_SIZE);
    config.setPoolName("worktime");
    return new HikariDataSource(config);
  }
}
