package org.worktime.adapters.cli.store;

import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options that say which store a command works on, shared by {@code serve} and every command
 * that reads or writes: each falls back to its environment variable, then to the embedded default.
 */
public final class StoreOptions {

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Directory of the embedded H2 database (default: $WORKTIME_HOME, else ./data).")
  private Path data;

  @Option(
      names = "--db",
      paramLabel = "URL",
      description = "JDBC URL of a PostgreSQL database instead (default: $WORKTIME_DB).")
  private String database;

  @Option(
      names = "--db-user",
      paramLabel = "USER",
      description = "Database user (default: $WORKTIME_DB_USER).")
  private String databaseUser;

  @Option(
      names = "--db-password",
      paramLabel = "PASSWORD",
      description = "Database password (default: $WORKTIME_DB_PASSWORD).")
  private String databasePassword;

  /** The location these options name, with the process environment's defaults. */
  public StoreLocation location() {
    return location(System.getenv());
  }

  /** The location these options name, with the given environment's defaults. */
  public StoreLocation location(Map<String, String> environment) {
    String home = environment.get("WORKTIME_HOME");
    Path directory = data != null ? data : Path.of(home != null && !home.isBlank() ? home : "data");
    io.vavr.control.Option<String> url =
        io.vavr.control.Option.of(database)
            .orElse(io.vavr.control.Option.of(environment.get("WORKTIME_DB")))
            .filter(given -> !given.isBlank());
    return new StoreLocation(
        url,
        directory,
        firstOf(databaseUser, environment.get("WORKTIME_DB_USER")),
        firstOf(databasePassword, environment.get("WORKTIME_DB_PASSWORD")));
  }

  private static String firstOf(String given, String environment) {
    if (given != null) {
      return given;
    }
    return environment != null ? environment : "";
  }
}
