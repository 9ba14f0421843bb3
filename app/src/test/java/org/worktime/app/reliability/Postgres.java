package org.worktime.app.reliability;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The PostgreSQL the suites' serve processes use: the server named by {@code
 * -Dpg.url=jdbc:postgresql://host:port/db} ({@code -Dpg.user}, {@code -Dpg.password}), else one
 * embedded server (zonky) started on first use and stopped when the test JVM ends. Every store is a
 * database of its own, created fresh.
 */
final class Postgres {

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static String adminUrl;
  private static String host;
  private static String user;
  private static String password;

  private Postgres() {}

  private static synchronized void ensureStarted() {
    if (adminUrl != null) {
      return;
    }
    String url = System.getProperty("pg.url", "");
    user = System.getProperty("pg.user", "postgres");
    password = System.getProperty("pg.password", "postgres");
    if (url.isBlank()) {
      try {
        EmbeddedPostgres embedded = EmbeddedPostgres.start();
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      try {
                        embedded.close();
                      } catch (IOException ignored) {
                        // The JVM ends anyway; the cluster's directory is a temporary one.
                      }
                    }));
        url = "jdbc:postgresql://127.0.0.1:" + embedded.getPort() + "/postgres";
      } catch (IOException notStarted) {
        throw new UncheckedIOException(notStarted);
      }
    }
    adminUrl = url;
    host = url.substring(0, url.lastIndexOf('/') + 1);
  }

  /** A new, empty database; answers serve's options for it. */
  static List<String> freshStore(String purpose) {
    ensureStarted();
    String name = purpose + "_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
    try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException refused) {
      throw new IllegalStateException("cannot create database " + name, refused);
    }
    return List.of("--db", host + name, "--db-user", user, "--db-password", password);
  }
}
