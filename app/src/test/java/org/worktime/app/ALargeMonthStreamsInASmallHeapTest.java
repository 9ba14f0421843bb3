package org.worktime.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.zaxxer.hikari.HikariDataSource;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.worktime.adapters.persistence.jdbc.JdbcDataSources;
import org.worktime.adapters.persistence.jdbc.JdbcStores;
import org.worktime.application.Actor;
import org.worktime.application.Channel;
import org.worktime.application.EngineBuilder;
import org.worktime.application.Request;
import org.worktime.application.port.Stores;
import org.worktime.application.sample.SampleWorkdays;
import org.worktime.domain.employee.Role;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.Id;
import org.worktime.domain.id.TenantId;

/**
 * A month of a large company, {@code timesheet} over JSON-RPC from a server in a JVM of its own
 * with a 128 MB heap: the answer (about 49 MB of JSON, 66,000 sessions with their lunches and work
 * logs, several times the heap once built as objects) streams out whole while the period is read,
 * and the client counts it with a streaming parser without holding it either.
 */
class ALargeMonthStreamsInASmallHeapTest {

  private static final String HEAP = "-Xmx" + System.getProperty("worktime.largeMonth.heap", "40m");
  private static final int EMPLOYEES = Integer.getInteger("worktime.largeMonth.employees", 3000);
  private static final LocalDate MARCH = LocalDate.of(2026, 3, 1);
  private static final long SEED = 2026;

  @TempDir Path data;

  private Process server;

  @AfterEach
  void stopTheServer() throws InterruptedException {
    if (server != null && server.isAlive()) {
      server.destroy();
      server.waitFor(20, TimeUnit.SECONDS);
    }
  }

  @Test
  void aMonthOfTimesheetsFarLargerThanTheHeapStreamsWhole() throws Exception {
    long began = System.nanoTime();
    TenantId tenant = TenantId.of(new Id(SEED, 1_000_000));
    SampleWorkdays sample = new SampleWorkdays(tenant, SEED);
    SampleWorkdays.Counts counts;
    String token;
    try (HikariDataSource dataSource = JdbcDataSources.h2File(data)) {
      Stores stores = JdbcStores.create(dataSource);
      counts =
          stores
              .transactions()
              .inTransaction(() -> Either.right(sample.loadInto(stores, EMPLOYEES, MARCH, 31)))
              .get();
      // Employee 1 of the sample is its administrator.
      Actor admin = new Actor(tenant, EmployeeId.of(new Id(SEED, 1)), Role.ADMIN);
      token =
          new EngineBuilder()
              .clock(java.time.Clock.systemUTC())
              .stores(stores)
              .build()
              .apiKeys()
              .issue(Request.of(admin, Channel.CLI), admin.employee(), "large month", Option.none())
              .get()
              .token();
    }
    long loaded = System.nanoTime();

    Path errors = Files.createTempFile(data, "server", ".err");
    server =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP,
                "-cp",
                System.getProperty(
                    "surefire.test.class.path", System.getProperty("java.class.path")),
                SmallHeapServer.class.getName(),
                data.toString())
            .redirectError(errors.toFile())
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    String first = out.readLine();
    assertThat(first).as(Files.readString(errors)).startsWith("listening ");
    int port = Integer.parseInt(first.split(" ")[1]);
    long maxHeap = Long.parseLong(first.split(" ")[4]);
    assertThat(maxHeap).isLessThanOrEqualTo(128L * 1024 * 1024);
    // The proof of streaming: the answer is larger than the whole heap of the server that sent it.

    HttpResponse<InputStream> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/json-rpc"))
                    .timeout(Duration.ofMinutes(3))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"timesheet\",\"params\":"
                                + "{\"startDate\":\"2026-03-01\",\"endDate\":\"2026-03-31\"}}"))
                    .build(),
                HttpResponse.BodyHandlers.ofInputStream());
    assertThat(response.statusCode()).as(() -> tail(errors)).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Length")).isEmpty();
    Counted counted;
    try (Counting body = new Counting(response.body())) {
      counted = count(body);
      counted = counted.withBytes(body.bytes);
    }
    long streamed = System.nanoTime();

    System.out.printf(
        "large month: %d employees, %d sessions, %d lunches, %d work logs; answer %,d bytes;"
            + " server heap %,d bytes; load %d ms, stream %d ms%n",
        counted.employees(),
        counted.sessions(),
        counted.lunches(),
        counted.workLogs(),
        counted.bytes(),
        maxHeap,
        (loaded - began) / 1_000_000,
        (streamed - loaded) / 1_000_000);
    assertThat(Files.readString(errors)).as(tail(errors)).doesNotContain("OutOfMemoryError");
    assertThat(counted.employees()).as(tail(errors)).isEqualTo(counts.employees());
    assertThat(counted.sessions()).isEqualTo(counts.workdays());
    assertThat(counted.lunches()).isEqualTo(counts.breaks());
    assertThat(counted.workLogs()).isEqualTo(counts.timers());
    // 3,000 employees give about 49 MB of JSON, more than the server's 40 MB heap.
    assertThat(counted.bytes()).as("a large answer").isGreaterThan(EMPLOYEES * 15_000L);
    assertThat(counted.bytes())
        .as("an answer larger than the server's heap")
        .isGreaterThan(maxHeap);
    assertThat(server.isAlive()).as("the server lives on").isTrue();
  }

  /** The end of what the server wrote to its stderr, to explain a failure. */
  private static String tail(Path errors) {
    try {
      String all = Files.readString(errors);
      return all.substring(Math.max(0, all.length() - 4000));
    } catch (IOException unreadable) {
      return unreadable.toString();
    }
  }

  private record Counted(long employees, long sessions, long lunches, long workLogs, long bytes) {
    Counted withBytes(long total) {
      return new Counted(employees, sessions, lunches, workLogs, total);
    }
  }

  /**
   * Walks {@code {"result": [{"sessions": [{"lunches": [...], "workLogs": [...]}]}]}} token by
   * token, counting groups, sessions, lunches and work logs; holds nothing of the answer.
   */
  private static Counted count(InputStream body) throws IOException {
    long employees = 0;
    long sessions = 0;
    long lunches = 0;
    long workLogs = 0;
    try (JsonParser json = new JsonFactory().createParser(body)) {
      assertThat(json.nextToken()).isEqualTo(JsonToken.START_OBJECT);
      boolean sawResult = false;
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String field = json.currentName();
        json.nextToken();
        if (!field.equals("result")) {
          assertThat(field).as("no error").isNotEqualTo("error");
          json.skipChildren();
          continue;
        }
        sawResult = true;
        assertThat(json.currentToken()).isEqualTo(JsonToken.START_ARRAY);
        while (json.nextToken() == JsonToken.START_OBJECT) {
          employees++;
          while (json.nextToken() == JsonToken.FIELD_NAME) {
            String groupField = json.currentName();
            json.nextToken();
            if (!groupField.equals("sessions")) {
              json.skipChildren();
              continue;
            }
            while (json.nextToken() == JsonToken.START_OBJECT) {
              sessions++;
              while (json.nextToken() == JsonToken.FIELD_NAME) {
                String sessionField = json.currentName();
                json.nextToken();
                if (sessionField.equals("lunches") || sessionField.equals("workLogs")) {
                  long items = 0;
                  while (json.nextToken() == JsonToken.START_OBJECT) {
                    items++;
                    json.skipChildren();
                  }
                  if (sessionField.equals("lunches")) {
                    lunches += items;
                  } else {
                    workLogs += items;
                  }
                } else {
                  json.skipChildren();
                }
              }
            }
          }
        }
      }
      assertThat(sawResult).isTrue();
      assertThat(json.nextToken()).as("one whole answer").isNull();
    }
    return new Counted(employees, sessions, lunches, workLogs, 0);
  }

  /** Counts the bytes read through it. */
  private static final class Counting extends FilterInputStream {
    long bytes;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        bytes++;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        bytes += n;
      }
      return n;
    }
  }
}
