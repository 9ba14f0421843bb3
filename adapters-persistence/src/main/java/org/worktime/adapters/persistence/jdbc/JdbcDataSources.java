package org.worktime.adapters.persistence.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Pooled data sources for the JDBC stores. Close them ({@link HikariDataSource#close()}) when the
 * process is done with the database.
 */
public final class JdbcDataSources {

  /** Connections per pool: enough for a small server, small enough for a shared PostgreSQL. */
  public static final int POOL_SIZE = 10;

  /**
   * How long a caller waits for a connection before the store counts as unavailable: the pool's
   * connection timeout, and the PostgreSQL driver's connect timeout. Hikari's default of 30 s held
   * every request for half a minute during an outage; a healthy pool lends a connection in well
   * under a millisecond, and a store that gives none in two seconds is answered as away (503).
   */
  public static final Duration CONNECTION_WAIT = Duration.ofSeconds(2);

  /** How long the pool waits for a borrowed connection to prove it is alive. */
  static final Duration VALIDATION_WAIT = Duration.ofSeconds(1);

  /** How many connections a pool may hold, and how many it keeps open while idle. */
  public record Pool(int maximum, int minimumIdle) {

    /** A server's pool: {@link #POOL_SIZE} connections, all kept open. */
    public static final Pool SERVER = new Pool(POOL_SIZE, POOL_SIZE);

    /**
     * A command's pool: one connection does the work, a second serves a streaming read inside a
     * write; opening ten at start-up would cost a short command more than its work.
     */
    public static final Pool COMMAND = new Pool(2, 1);

    public Pool {
      if (maximum < 1 || minimumIdle < 0 || minimumIdle > maximum) {
        throw new IllegalArgumentException("a pool of " + minimumIdle + " to " + maximum);
      }
    }
  }

  /**
   * H2 settings: PostgreSQL compatibility and lower-case names (one set of migrations for both),
   * and AUTO_SERVER, so that a CLI and a running server can open the same file: the first process
   * serves it to the others over a local TCP port. A 4 MB page cache (H2's default is 16 MB) keeps
   * the embedded default within a small heap: a server with 40 MB of heap streams a 49 MB month.
   *
   * <p>WRITE_DELAY=0: H2 writes a commit to its file before the commit returns. Its default (500
   * ms) acknowledges a write and keeps it in memory for up to half a second, so a {@code kill -9}
   * lost whatever had been answered in that time. The file write reaches the operating system, not
   * the disk (H2 does not fsync each commit): a process crash loses nothing, a power loss may lose
   * the last commits (README, "What a write survives").
   */
  static final String H2_SETTINGS =
      ";AUTO_SERVER=TRUE;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
          + ";CACHE_SIZE=4096"
          + ";WRITE_DELAY=0"
          + ";LOCK_TIMEOUT=10000";

  private JdbcDataSources() {}

  /** The embedded default: the H2 database {@code worktime} in {@code dataDir}, created on use. */
  public static HikariDataSource h2File(Path dataDir) {
    return h2File(dataDir, Pool.SERVER);
  }

  /** The embedded default with a pool of the given size. */
  public static HikariDataSource h2File(Path dataDir, Pool pool) {
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
    return fromUrl(h2Url(directory), "sa", "", pool);
  }

  static String h2Url(Path directory) {
    return "jdbc:h2:file:" + directory.resolve("worktime") + H2_SETTINGS;
  }

  /** A pool for any JDBC URL the drivers on the class path take (H2 or PostgreSQL). */
  public static HikariDataSource fromUrl(String jdbcUrl, String user, String password) {
    return fromUrl(jdbcUrl, user, password, Pool.SERVER);
  }

  /** A pool of the given size for any JDBC URL the drivers on the class path take. */
  public static HikariDataSource fromUrl(String jdbcUrl, String user, String password, Pool pool) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(pool.maximum());
    config.setMinimumIdle(pool.minimumIdle());
    config.setPoolName("worktime");
    config.setConnectionTimeout(CONNECTION_WAIT.toMillis());
    config.setValidationTimeout(VALIDATION_WAIT.toMillis());
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      // Seconds, as the driver counts them: a server that does not accept is unavailable now.
      config.addDataSourceProperty("connectTimeout", String.valueOf(CONNECTION_WAIT.toSeconds()));
    }
    return new HikariDataSource(config);
  }
}
