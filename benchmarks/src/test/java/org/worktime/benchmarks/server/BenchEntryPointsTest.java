package org.worktime.benchmarks.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.javalin.Javalin;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.worktime.adapters.persistence.jdbc.JdbcDataSources;
import org.worktime.adapters.persistence.jdbc.JdbcStores;
import org.worktime.adapters.rest.BitrixLimit;
import org.worktime.adapters.rest.RestConfig;
import org.worktime.adapters.rest.RestServer;
import org.worktime.application.EngineBuilder;
import org.worktime.domain.id.TimeOrderedIdGenerator;

/**
 * The bench scripts' Java entry points work, at a tiny size, on a real PostgreSQL: what the scripts
 * run for minutes runs here for a second or two. Only what they print and store is checked, never
 * how fast: the figures belong to {@code docs/performance.md}.
 */
class BenchEntryPointsTest {

  private static EmbeddedPostgres postgres;

  @TempDir Path files;

  @BeforeAll
  static void startPostgres() throws Exception {
    postgres = EmbeddedPostgres.start();
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    postgres.close();
  }

  @Test
  void theWritePathSeedsLoadsTheServiceAndReplaysItsRecordedCycle() throws Exception {
    String url = database("write_path");
    Path tokens = files.resolve("tokens");
    assertThat(
            printed(
                () ->
                    SeedEmployees.main(new String[] {url, "postgres", "", "2", tokens.toString()})))
        .contains("seeded 2 employees");
    assertThat(Files.readAllLines(tokens)).hasSize(2).allMatch(token -> token.startsWith("wt_"));

    try (HikariDataSource pool = JdbcDataSources.fromUrl(url, "postgres", "")) {
      Clock clock = Clock.systemUTC();
      RestServer server =
          new RestServer(
              new EngineBuilder()
                  .clock(clock)
                  .ids(new TimeOrderedIdGenerator(clock, new SecureRandom()))
                  .stores(JdbcStores.over(pool))
                  .build(),
              // Lifted, as the bench scripts lift it: the load measures the server, not the limit.
              RestConfig.loopback()
                  .withPort(0)
                  .withBitrixLimit(new BitrixLimit(999_999_999, 999_999_999)));
      int port = server.start();
      try {
        String fast =
            printed(
                () ->
                    BitrixLoad.main(
                        new String[] {
                          "http://127.0.0.1:" + port, tokens.toString(), "2", "0", "1", "0"
                        }));
        assertThat(fast).startsWith("service-max cycles_per_s=");
        String fixed =
            printed(
                () ->
                    BitrixLoad.main(
                        new String[] {
                          "http://127.0.0.1:" + port, tokens.toString(), "2", "0", "1", "4"
                        }));
        assertThat(fixed).startsWith("service-fixed cycles_per_s=");
      } finally {
        server.stop();
      }
    }

    Path sql = files.resolve("cycle.sql");
    String ceiling =
        printed(
            () ->
                JdbcCeiling.main(
                    new String[] {
                      url, "postgres", "", tokens.toString(), "2", "0", "1", sql.toString()
                    }));
    assertThat(ceiling)
        .contains("captured /rest/timeman.open")
        .contains("captured /rest/timeman.close")
        .contains("ceiling-max cycles_per_s=")
        .contains("ceiling-half cycles_per_s=");
    assertThat(Files.readString(sql))
        .contains("INSERT INTO workdays")
        .contains("UPDATE workdays")
        .contains("INSERT INTO audit_entries")
        .contains("commit()");
    // Every cycle, the service's and the replayed ones, ended with the day closed.
    assertThat(count(url, "SELECT COUNT(*) FROM workdays WHERE open_marker = 1")).isZero();
    assertThat(count(url, "SELECT COUNT(*) FROM workdays")).isGreaterThan(2);
  }

  @Test
  void theReportMonthLoadsTheSampleAndKeysItsAdministrator() throws Exception {
    String url = database("report_path");
    Path token = files.resolve("token");
    String loaded =
        printed(() -> ReportMonth.main(new String[] {url, "postgres", "", "3", token.toString()}));
    assertThat(loaded)
        .startsWith("loaded tenant " + ReportMonth.tenant().value() + ": 3 employees");
    long workdays = Long.parseLong(loaded.replaceAll("(?s).*employees, (\\d+) workdays.*", "$1"));
    assertThat(count(url, "SELECT COUNT(*) FROM workdays")).isEqualTo(workdays).isPositive();
    assertThat(count(url, "SELECT COUNT(*) FROM employees")).isEqualTo(3);
    assertThat(Files.readString(token)).startsWith("wt_");
  }

  @Test
  void theTrivialServerAnswersItsConstant() throws Exception {
    Javalin trivial = TrivialServer.start(0);
    try (HttpConnection http = new HttpConnection("127.0.0.1", trivial.port())) {
      HttpConnection.Answer answer = http.get("/trivial", null);
      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.body()).isEqualTo("{\"status\":\"UP\"}");
    } finally {
      trivial.stop();
    }
  }

  /** A new database on the embedded server; its JDBC URL. */
  private static String database(String name) throws Exception {
    try (Connection admin = postgres.getPostgresDatabase().getConnection();
        Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    }
    return postgres.getJdbcUrl("postgres", name);
  }

  private static long count(String url, String sql) throws Exception {
    try (HikariDataSource pool = JdbcDataSources.fromUrl(url, "postgres", "");
        Connection connection = pool.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  @FunctionalInterface
  private interface Main {
    void run() throws Exception;
  }

  /** What an entry point prints on standard output. */
  private static String printed(Main main) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      main.run();
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
