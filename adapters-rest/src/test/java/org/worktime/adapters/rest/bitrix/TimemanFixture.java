package org.worktime.adapters.rest.bitrix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.worktime.adapters.rest.MutableClock;
import org.worktime.adapters.rest.RestConfig;
import org.worktime.adapters.rest.RestServer;
import org.worktime.application.Actor;
import org.worktime.application.Channel;
import org.worktime.application.Engine;
import org.worktime.application.EngineBuilder;
import org.worktime.application.Request;
import org.worktime.application.employee.ManageEmployeesUseCase.NewEmployee;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.employee.Role;
import org.worktime.domain.id.PolicyId;
import org.worktime.domain.policy.Schedule;
import org.worktime.domain.policy.SchedulePolicy;
import org.worktime.domain.policy.Shift;

/**
 * A real server on a loopback port over an in-memory engine with a hand-set clock, and a tenant in
 * Shanghai's zone (+08:00, as in the seed): the admin (number 1), employee 5 on a fixed schedule
 * (Monday to Friday 09:00-18:00, latest start 10:00, earliest finish 17:00, 8 h minimum, 15 min
 * allowed delta), employee 6 on flexible hours, and manager 7. Each has an API key.
 */
abstract class TimemanFixture {

  /** Every timeman method: what the parameterized tests run once each. */
  static java.util.stream.Stream<String> everyMethod() {
    return java.util.stream.Stream.of(
        "timeman.open", "timeman.pause", "timeman.close", "timeman.status", "timeman.settings");
  }

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** Friday 2017-04-21, 09:00 in Shanghai. */
  static final Instant SEED_MORNING = Instant.parse("2017-04-21T01:00:00Z");

  static final ObjectMapper JSON = new ObjectMapper();

  final MutableClock clock = new MutableClock(SEED_MORNING);
  final Engine engine = new EngineBuilder().clock(clock).build();
  final HttpClient http = HttpClient.newHttpClient();

  Actor admin;
  Request asAdmin;
  Employee fixed;
  Employee flexible;
  Employee manager;
  String fixedToken;
  String flexibleToken;
  String managerToken;
  String adminToken;
  RestServer server;
  String base;

  @BeforeEach
  void aTenantOnARunningServer() {
    admin = engine.tenantSetup().createTenant("ada@example.com", "Ada", SHANGHAI).get();
    asAdmin = Request.of(admin, Channel.EMBEDDED);
    PolicyId office = engine.policies().define(asAdmin, officeHours()).get();
    fixed = add(5, "bo@example.com", Role.EMPLOYEE, Option.some(office));
    flexible = add(6, "cy@example.com", Role.EMPLOYEE, Option.none());
    manager = add(7, "di@example.com", Role.MANAGER, Option.none());
    fixedToken = key(fixed);
    flexibleToken = key(flexible);
    managerToken = key(manager);
    adminToken =
        engine.apiKeys().issue(asAdmin, admin.employee(), "admin", Option.none()).get().token();
    server = new RestServer(engine, config());
    base = "http://127.0.0.1:" + server.start();
  }

  /** The server's configuration; a test class may change it, e.g. its request limit. */
  RestConfig config() {
    return new RestConfig("127.0.0.1", 0, RestConfig.ONE_MEBIBYTE, Duration.ZERO);
  }

  @AfterEach
  void stopTheServer() {
    server.stop();
  }

  static SchedulePolicy officeHours() {
    Map<DayOfWeek, Shift> week = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
        week.put(day, new Shift(LocalTime.of(9, 0), LocalTime.of(18, 0), Duration.ofHours(1)));
      }
    }
    return new SchedulePolicy(
        new Schedule.FixedShifts(week),
        Option.some(LocalTime.of(10, 0)),
        Option.some(LocalTime.of(17, 0)),
        Option.some(Duration.ofHours(8)),
        Duration.ofMinutes(15),
        false);
  }

  private Employee add(long number, String email, Role role, Option<PolicyId> policy) {
    return engine
        .employees()
        .add(asAdmin, new NewEmployee(Option.some(number), email, email, SHANGHAI, role, policy))
        .get();
  }

  private String key(Employee employee) {
    return engine.apiKeys().issue(asAdmin, employee.id(), "bitrix", Option.none()).get().token();
  }

  /** A GET of {@code /rest/<method>?<query>}; the query is sent as written. */
  Reply get(String method, String query) {
    return send(
        HttpRequest.newBuilder(URI.create(base + "/rest/" + method + "?" + query)).GET().build());
  }

  Reply postJson(String method, String token, String json) {
    return send(
        HttpRequest.newBuilder(URI.create(base + "/rest/" + method))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .build());
  }

  Reply postForm(String method, String form) {
    return send(
        HttpRequest.newBuilder(URI.create(base + "/rest/" + method))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
            .build());
  }

  Reply send(HttpRequest request) {
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Reply(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Sends a GET whose request target is written byte for byte, for targets that {@link URI} refuses
   * to build (broken percent escapes); answers the status line's code and the body.
   */
  Reply rawGet(String target) {
    int port = Integer.parseInt(base.substring(base.lastIndexOf(':') + 1));
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      byte[] response = socket.getInputStream().readAllBytes();
      String head = new String(response, StandardCharsets.ISO_8859_1);
      int end = head.indexOf("\r\n\r\n");
      int status = Integer.parseInt(head.substring(9, 12));
      String contentType =
          head.lines()
              .filter(line -> line.toLowerCase().startsWith("content-type:"))
              .map(line -> line.substring("content-type:".length()).trim())
              .findFirst()
              .orElse("");
      byte[] body = java.util.Arrays.copyOfRange(response, end + 4, response.length);
      if (head.toLowerCase().contains("transfer-encoding: chunked")) {
        body = unchunk(body);
      }
      return new Reply(status, contentType, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] unchunk(byte[] chunked) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    int at = 0;
    while (at < chunked.length) {
      int lineEnd = at;
      while (chunked[lineEnd] != '\r') {
        lineEnd++;
      }
      int size =
          Integer.parseInt(
              new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).trim(), 16);
      if (size == 0) {
        break;
      }
      out.write(chunked, lineEnd + 2, size);
      at = lineEnd + 2 + size + 2;
    }
    return out.toByteArray();
  }

  /** The seed's {@code auth=...} query parameter. */
  static String auth(String token) {
    return "auth=" + token;
  }

  /** A status code, a content type and a body that must be JSON. */
  record Reply(int status, String contentType, byte[] body) {

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + new String(body, StandardCharsets.UTF_8), e);
      }
    }

    JsonNode result() {
      assertThat(status).as(text()).isEqualTo(200);
      return json().get("result");
    }

    /** Asserts a Bitrix error of that status and code, in UTF-8 JSON. */
    Reply isError(int expectedStatus, String code) {
      assertThat(status).as(text()).isEqualTo(expectedStatus);
      assertThat(contentType.toLowerCase()).contains("application/json").contains("charset=utf-8");
      assertThat(json().get("error").asText()).as(text()).isEqualTo(code);
      assertThat(json().get("error_description").asText()).isNotBlank();
      return this;
    }

    /**
     * Asserts the vendor's answer to an unknown {@code USER_ID}, as its timeman pages document it:
     * HTTP 400, an empty code, "User not found".
     */
    Reply isUnknownUser() {
      isError(400, "");
      assertThat(json().get("error_description").asText()).isEqualTo("User not found");
      return this;
    }

    /** Asserts that the credentials were accepted: whatever the method answered, not a 401. */
    Reply isAuthenticated() {
      assertThat(status).as(text()).isNotEqualTo(401);
      return this;
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }
}
