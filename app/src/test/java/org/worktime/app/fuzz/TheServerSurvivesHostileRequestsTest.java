package org.worktime.app.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.worktime.adapters.persistence.jdbc.JdbcDataSources;
import org.worktime.adapters.persistence.jdbc.JdbcStores;
import org.worktime.application.Actor;
import org.worktime.application.Channel;
import org.worktime.application.Engine;
import org.worktime.application.EngineBuilder;
import org.worktime.application.Request;
import org.worktime.application.access.ApiKeysUseCase.Issued;
import org.worktime.application.employee.ManageEmployeesUseCase.NewEmployee;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.employee.Role;
import org.worktime.domain.id.PolicyId;
import org.worktime.domain.id.TimeOrderedIdGenerator;
import org.worktime.domain.place.Location;
import org.worktime.domain.policy.Schedule;
import org.worktime.domain.policy.SchedulePolicy;

/**
 * A seeded fuzzer over every dialect, the management API, JSON-RPC and the operations routes of one
 * server wired as {@code serve} wires it, in a JVM of its own with a 256 MB heap that exits on an
 * OutOfMemoryError. Valid requests per route are mutated (see {@link Mutations}) and sent with and
 * without valid credentials. No answer may be a 500 (nor a JSON-RPC internal error); the server
 * must live through it all and still answer {@code /health/ready} and a valid request.
 *
 * <p>{@code -Dfuzz.requests=N} (default 3000) and {@code -Dfuzz.seed=S} choose the size and the
 * seed; {@code reliability/fuzz.sh} runs 100,000. Every 500 is printed with the seed, its number,
 * the request and the answer, so that it can be sent again.
 */
class TheServerSurvivesHostileRequestsTest {

  private static final int REQUESTS = Integer.getInteger("fuzz.requests", 3000);
  private static final long SEED = Long.getLong("fuzz.seed", 20261202L);
  private static final String HEAP = "-Xmx" + System.getProperty("fuzz.heap", "256m");
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int PRINTED = 20;

  @TempDir Path data;

  private Process server;
  private Path errors;
  private long loggedUpTo;
  private String adminToken;

  @AfterEach
  void stopTheServer() throws InterruptedException {
    if (server != null && server.isAlive()) {
      server.destroy();
      server.waitFor(20, TimeUnit.SECONDS);
    }
  }

  @Test
  void noHostileRequestGetsA500OrTakesTheServerDown() throws Exception {
    Map<String, Supplier<String>> values = new HashMap<>(company());
    RawHttp http = new RawHttp(start(), TIMEOUT);
    values.putAll(timersOf(http, values));

    long began = System.nanoTime();
    SplittableRandom random = new SplittableRandom(SEED);
    List<ValidRequests.Template> templates = ValidRequests.all();
    Map<Integer, Integer> byStatus = new TreeMap<>();
    Map<String, Long> millisByMutation = new TreeMap<>();
    java.util.List<String> failures = new ArrayList<>();
    long slowest = 0;
    String slowestRequest = "";
    int sent = 0;
    for (int i = 1; i <= REQUESTS && server.isAlive(); i++) {
      sent = i;
      ValidRequests.Template template = templates.get(random.nextInt(templates.size()));
      FuzzRequest request = Mutations.mutate(template.make(values), random);
      RawHttp.Response response = http.send(request);
      byStatus.merge(response.status(), 1, Integer::sum);
      for (String mutation : request.mutations()) {
        millisByMutation.merge(
            mutation, TimeUnit.NANOSECONDS.toMillis(response.nanos()), Long::sum);
      }
      if (response.nanos() > slowest) {
        slowest = response.nanos();
        slowestRequest = "#" + i + " " + request.route() + " " + request.mutations();
      }
      if (failed(request, response)) {
        failures.add(report(i, request, response) + "--- the server logged:\n" + logged());
      } else if (failures.size() < PRINTED) {
        logged();
      }
      if (i % 500 == 0) {
        assertThat(healthy(http)).as("healthy after request #%d: %s", i, tail()).isTrue();
      }
    }
    double seconds = (System.nanoTime() - began) / 1e9;

    System.out.printf(
        "fuzz: seed %d, %d requests in %.1f s (%.0f/s); by status class %s; by status %s;"
            + " failures %d; slowest %d ms (%s)%n",
        SEED,
        sent,
        seconds,
        sent / seconds,
        classes(byStatus),
        byStatus,
        failures.size(),
        TimeUnit.NANOSECONDS.toMillis(slowest),
        slowestRequest);
    System.out.println("fuzz: ms by mutation " + millisByMutation);
    failures.stream().limit(PRINTED).forEach(System.out::println);
    assertThat(server.isAlive()).as("the server died: %s", tail()).isTrue();
    assertThat(failures)
        .as("answers of 500 (seed %d); the first are printed above", SEED)
        .isEmpty();
    assertThat(healthy(http)).as("healthy at the end: %s", tail()).isTrue();
  }

  /**
   * 5xx, a JSON-RPC internal error, or no answer at all: even a request Jetty cannot frame, a
   * header or URL over its limit, or a body over the limit, gets a status (400, 414, 431, 413).
   */
  private static boolean failed(FuzzRequest request, RawHttp.Response response) {
    if (!response.answered() || response.status() >= 500) {
      return true;
    }
    return request.target().startsWith("/api/v1/json-rpc")
        && response.status() == 200
        && internalError(response.body());
  }

  /** A JSON-RPC response, or a batch's, whose error is -32603 (HTTP says 200 for it). */
  private static boolean internalError(byte[] body) {
    JsonNode answer;
    try {
      answer = JSON.readTree(body);
    } catch (IOException notJson) {
      return body.length > 0;
    }
    for (JsonNode one :
        answer == null
            ? List.<JsonNode>empty()
            : answer.isArray() ? List.ofAll(answer) : List.of(answer)) {
      if (one.path("error").path("code").asInt() == -32603) {
        return true;
      }
    }
    return false;
  }

  private static String report(int number, FuzzRequest request, RawHttp.Response response) {
    return "--- seed "
        + SEED
        + ", request #"
        + number
        + " ("
        + TimeUnit.NANOSECONDS.toMillis(response.nanos())
        + " ms)\n"
        + request.describe()
        + "\n--- answer: "
        + (response.answered()
            ? response.head().lines().findFirst().orElse("")
                + "\n"
                + FuzzRequest.readable(response.bodyText(), 2000)
            : "none: " + response.failure())
        + "\n";
  }

  private static Map<String, Integer> classes(Map<Integer, Integer> byStatus) {
    Map<String, Integer> classes = new TreeMap<>();
    byStatus.forEach(
        (status, count) ->
            classes.merge(status == 0 ? "no answer" : (status / 100) + "xx", count, Integer::sum));
    return classes;
  }

  /** {@code /health/ready} answers 200, and so does a valid management read. */
  private boolean healthy(RawHttp http) {
    if (!server.isAlive()) {
      return false;
    }
    FuzzRequest ready =
        new FuzzRequest("health", "GET", "/health/ready", List.empty(), new byte[0], List.empty());
    FuzzRequest employees =
        ready.withTarget("/api/v1/employees").withHeader("Authorization", "Bearer " + adminToken);
    return http.send(ready).status() == 200 && http.send(employees).status() == 200;
  }

  /**
   * The company in the H2 file, before the server opens it: the admin (number 1), the employee Eve
   * (2, placed at a location) and the manager Max (3), each with an API key; a key to revoke, an
   * OAuth client of Eve's and a policy.
   */
  private Map<String, Supplier<String>> company() {
    Map<String, Supplier<String>> values = new HashMap<>();
    try (HikariDataSource dataSource = JdbcDataSources.h2File(data)) {
      Clock clock = Clock.systemUTC();
      Engine engine =
          new EngineBuilder()
              .clock(clock)
              .ids(new TimeOrderedIdGenerator(clock, new SecureRandom()))
              .stores(JdbcStores.create(dataSource))
              .build();
      Actor admin = engine.tenantSetup().createTenant("ada@acme.example", "Ada", BERLIN).get();
      Request asAdmin = Request.of(admin, Channel.CLI);
      Employee eve = add(engine, asAdmin, 2, "eve@acme.example", Role.EMPLOYEE);
      Employee max = add(engine, asAdmin, 3, "max@acme.example", Role.MANAGER);
      Location site = engine.locations().define(asAdmin, "Werk Süd").get();
      engine.locations().place(asAdmin, eve.id(), site.id()).get();
      PolicyId policy =
          engine
              .policies()
              .define(
                  asAdmin,
                  new SchedulePolicy(
                      new Schedule.FlexibleHours(1),
                      Option.none(),
                      Option.none(),
                      Option.none(),
                      Duration.ofMinutes(15),
                      true))
              .get();
      adminToken = key(engine, asAdmin, admin.employee()).token();
      Issued client = engine.apiKeys().registerClient(asAdmin, eve.id(), "crm").get();
      String revocable = key(engine, asAdmin, eve.id()).key().id().toUuid().toString();
      values.put("adminToken", constant(adminToken));
      values.put("employeeToken", constant(key(engine, asAdmin, eve.id()).token()));
      values.put("managerToken", constant(key(engine, asAdmin, max.id()).token()));
      values.put("clientId", constant(client.clientId()));
      values.put("clientSecret", constant(client.clientSecret()));
      values.put(
          "clientBasic",
          constant(
              Base64.getEncoder()
                  .encodeToString(
                      (client.clientId() + ":" + client.clientSecret())
                          .getBytes(StandardCharsets.UTF_8))));
      values.put("employeeNumber", constant("2"));
      values.put("employeeDecimal", constant(eve.id().value().toDecimal()));
      values.put("locationId", constant(site.id().value().toUuid().toString()));
      values.put("policyId", constant(policy.value().toUuid().toString()));
      values.put("revocableKey", constant(revocable));
    }
    AtomicLong sequence = new AtomicLong();
    values.put("sequence", () -> Long.toString(sequence.incrementAndGet()));
    values.put("isoNow", () -> iso(0));
    values.put("isoHalfHourAgo", () -> iso(30 * 60));
    values.put("isoHourAgo", () -> iso(60 * 60));
    values.put("isoDayAgo", () -> iso(24 * 60 * 60));
    values.put(
        "atomNow",
        () ->
            OffsetDateTime.now(ZoneOffset.ofHours(2))
                .minusSeconds(2)
                .truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    values.put(
        "wallNow",
        () ->
            OffsetDateTime.now(ZoneOffset.UTC)
                .minusSeconds(2)
                .format(DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")));
    values.put(
        "wallNowT",
        () ->
            OffsetDateTime.now(BERLIN.getRules().getOffset(java.time.Instant.now()))
                .minusSeconds(2)
                .format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss")));
    values.put("today", () -> LocalDate.now(ZoneOffset.UTC).toString());
    values.put("dateWeekAgo", () -> LocalDate.now(ZoneOffset.UTC).minusDays(7).toString());
    return values;
  }

  private static String iso(long secondsAgo) {
    return OffsetDateTime.now(ZoneOffset.ofHours(1))
        .minusSeconds(secondsAgo + 2)
        .truncatedTo(ChronoUnit.SECONDS)
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  private static Supplier<String> constant(String value) {
    return () -> value;
  }

  private static Employee add(
      Engine engine, Request asAdmin, long number, String email, Role role) {
    return engine
        .employees()
        .add(
            asAdmin,
            new NewEmployee(Option.some(number), email, email, BERLIN, role, Option.none()))
        .get();
  }

  private static Issued key(
      Engine engine, Request asAdmin, org.worktime.domain.id.EmployeeId employee) {
    return engine.apiKeys().issue(asAdmin, employee, "fuzz", Option.none()).get();
  }

  /**
   * Eve's work timer with a finished break (Staffomatic) and a stopped timer (TheBase), made
   * through the server, for the routes that name one.
   */
  private static Map<String, Supplier<String>> timersOf(
      RawHttp http, Map<String, Supplier<String>> values) throws IOException {
    JsonNode workTimer =
        valid(http, values, "POST", "/v3/work_timers.json", "{\"do\": \"start\"}", 201);
    String workTimerId = workTimer.get("id").asText();
    values.put("workTimer", constant(workTimerId));
    JsonNode breakTimer =
        valid(
            http,
            values,
            "POST",
            "/v3/break_timers.json",
            "{\"work_timer_id\": " + workTimerId + ", \"do\": \"start\"}",
            201);
    valid(
        http,
        values,
        "PUT",
        "/v3/break_timers/" + breakTimer.get("id").asText() + ".json",
        "{\"do\": \"stop\"}",
        200);
    JsonNode timer =
        valid(
            http,
            values,
            "POST",
            "/v2/timer/start",
            ValidRequests.fill("{\"owner\": \"${employeeDecimal}\"}", values),
            201);
    valid(http, values, "PUT", "/v2/timer/" + timer.get("id").asText(), null, 200);
    return Map.of(
        "breakTimer", constant(breakTimer.get("id").asText()),
        "timer", constant(timer.get("id").asText()),
        "locationNumber", constant(workTimer.get("location_id").asText()));
  }

  private static JsonNode valid(
      RawHttp http,
      Map<String, Supplier<String>> values,
      String method,
      String path,
      String body,
      int expected)
      throws IOException {
    FuzzRequest request =
        new ValidRequests.Template(
                "setup",
                method,
                path,
                ValidRequests.Caller.EMPLOYEE,
                body == null ? null : ValidRequests.JSON,
                body)
            .make(values);
    RawHttp.Response response = http.send(request);
    assertThat(response.status()).as(response.bodyText()).isEqualTo(expected);
    return JSON.readTree(response.body());
  }

  /** The server in a JVM of its own, on the H2 file, rate limit lifted; answers its port. */
  private int start() throws IOException {
    errors = Files.createTempFile(data, "server", ".err");
    server =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP,
                "-XX:+ExitOnOutOfMemoryError",
                "-cp",
                System.getProperty(
                    "surefire.test.class.path", System.getProperty("java.class.path")),
                "org.worktime.app.SmallHeapServer",
                data.toString(),
                Integer.toString(Integer.MAX_VALUE))
            .redirectError(errors.toFile())
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    String first = out.readLine();
    assertThat(first).as(tail()).startsWith("listening ");
    return Integer.parseInt(first.split(" ")[1]);
  }

  /** What the server wrote to its standard error since the last call, access log lines left out. */
  private String logged() {
    try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(errors.toFile(), "r")) {
      long from = Math.max(loggedUpTo, file.length() - 1_000_000);
      byte[] since = new byte[(int) (file.length() - from)];
      file.seek(from);
      file.readFully(since);
      loggedUpTo = from + since.length;
      String kept =
          new String(since, StandardCharsets.UTF_8)
              .lines()
              .filter(line -> !line.contains("worktime.access"))
              .collect(java.util.stream.Collectors.joining("\n"));
      return kept.substring(0, Math.min(kept.length(), 3000));
    } catch (IOException unreadable) {
      return "stderr unreadable: " + unreadable;
    }
  }

  /** The end of what the server wrote to its standard error, access log lines left out. */
  private String tail() {
    try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(errors.toFile(), "r")) {
      long from = Math.max(0, file.length() - 1_000_000);
      byte[] end = new byte[(int) (file.length() - from)];
      file.seek(from);
      file.readFully(end);
      String kept =
          new String(end, StandardCharsets.UTF_8)
              .lines()
              .filter(line -> !line.contains("worktime.access"))
              .collect(java.util.stream.Collectors.joining("\n"));
      return "exit "
          + (server.isAlive() ? "none (alive)" : server.exitValue())
          + "; stderr ends: "
          + kept.substring(Math.max(0, kept.length() - 4000));
    } catch (IOException unreadable) {
      return "stderr unreadable: " + unreadable;
    }
  }
}
