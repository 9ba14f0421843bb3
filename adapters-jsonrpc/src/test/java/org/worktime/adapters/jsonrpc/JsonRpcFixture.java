package org.worktime.adapters.jsonrpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.worktime.application.Actor;
import org.worktime.application.Channel;
import org.worktime.application.Engine;
import org.worktime.application.EngineBuilder;
import org.worktime.application.Request;
import org.worktime.application.employee.ManageEmployeesUseCase.NewEmployee;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.employee.Role;

/**
 * A real JSON-RPC server on a loopback port over an in-memory engine with a hand-moved clock, and a
 * tenant in Jerusalem as in seed 004: the admin (number 1), employees 1265 (email@mail.com) and
 * 1267 (example@mail.com). Each has an API key.
 */
abstract class JsonRpcFixture {

  static final ZoneId JERUSALEM = ZoneId.of("Asia/Jerusalem");
  static final ObjectMapper JSON = new ObjectMapper();

  final MutableClock clock = new MutableClock(at("2024-10-09 06:00:00"));
  final Engine engine = new EngineBuilder().clock(clock).build();
  final HttpClient http = HttpClient.newHttpClient();

  Actor admin;
  Request asAdmin;
  Employee first;
  Employee second;
  String adminToken;
  String firstToken;
  String secondToken;
  JsonRpcServer server;
  URI endpoint;

  @BeforeEach
  void aTenantOnARunningServer() {
    admin = engine.tenantSetup().createTenant("ada@example.com", "Ada", JERUSALEM).get();
    asAdmin = Request.of(admin, Channel.EMBEDDED);
    first = add(1265, "email@mail.com", JERUSALEM);
    second = add(1267, "example@mail.com", JERUSALEM);
    adminToken = key(admin.employee());
    firstToken = key(first.id());
    secondToken = key(second.id());
    server = new JsonRpcServer(engine, config(), clock);
    endpoint = URI.create("http://127.0.0.1:" + server.start() + JsonRpcEndpoint.PATH);
  }

  @AfterEach
  void stopTheServer() {
    server.stop();
  }

  /** Loopback on a free port; stopping does not wait, as no request outlives its test. */
  JsonRpcConfig config() {
    return new JsonRpcConfig(
        "127.0.0.1",
        0,
        JsonRpcConfig.ONE_MEBIBYTE,
        JsonRpcConfig.DEFAULT_MAX_RANGE_DAYS,
        java.time.Duration.ZERO);
  }

  /** A wall time in Jerusalem, "YYYY-MM-DD HH:MM:SS". */
  static Instant at(String wallTime) {
    return at(wallTime, JERUSALEM);
  }

  static Instant at(String wallTime, ZoneId zone) {
    return LocalDateTime.parse(wallTime.replace(' ', 'T')).atZone(zone).toInstant();
  }

  Employee add(long number, String email, ZoneId zone) {
    return engine
        .employees()
        .add(
            asAdmin,
            new NewEmployee(
                Option.some(number),
                email,
                "Employee " + number,
                zone,
                Role.EMPLOYEE,
                Option.none()))
        .get();
  }

  String key(org.worktime.domain.id.EmployeeId employee) {
    return engine.apiKeys().issue(asAdmin, employee, "terminal", Option.none()).get().token();
  }

  /** POSTs the body as written, with the token (none when null). */
  Reply post(String token, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return send(request.build());
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

  /** One call by the admin with an id; answers the whole response object. */
  JsonNode call(String method, String params) {
    return call(adminToken, method, params);
  }

  JsonNode call(String token, String method, String params) {
    Reply reply =
        post(
            token,
            "{\"jsonrpc\":\"2.0\",\"method\":\""
                + method
                + "\",\"params\":"
                + params
                + ",\"id\":7}");
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    assertThat(reply.contentType().toLowerCase()).contains("application/json");
    JsonNode response = reply.json();
    assertThat(response.get("jsonrpc").asText()).isEqualTo("2.0");
    assertThat(response.get("id").intValue()).isEqualTo(7);
    return response;
  }

  /** The result of a call that must succeed. */
  JsonNode result(String method, String params) {
    return result(adminToken, method, params);
  }

  JsonNode result(String token, String method, String params) {
    JsonNode response = call(token, method, params);
    assertThat(response.has("error")).as(response.toString()).isFalse();
    return response.get("result");
  }

  /** The error of a call that must fail, with that code. */
  JsonNode error(String token, String method, String params, int code) {
    JsonNode response = call(token, method, params);
    assertThat(response.has("result")).as(response.toString()).isFalse();
    assertThat(response.get("error").get("code").intValue())
        .as(response.toString())
        .isEqualTo(code);
    assertThat(response.get("error").get("message").asText()).isNotBlank();
    return response.get("error");
  }

  /** Sets the clock to a Jerusalem wall time and calls a write method as the admin. */
  JsonNode writeAt(String wallTime, String method, String params) {
    clock.set(at(wallTime));
    return result(method, params);
  }

  /**
   * Seed 004's days, written through the terminal methods at their times: both employees on
   * 2024-10-09 and 2024-10-10, 08:12:34-17:18:34 from the web at the office, closed from a phone,
   * with the seed's lunches; 1265's two work logs on the 9th.
   */
  void replayTheSeed() {
    for (String day : new String[] {"2024-10-09", "2024-10-10"}) {
      for (long number : new long[] {1265, 1267}) {
        clock.set(at(day + " 08:12:34"));
        result(
            "clock-in",
            "{\"employeeNumber\":"
                + number
                + ",\"sourceType\":\"web\",\"locationType\":\"office\"}");
      }
      if (day.equals("2024-10-09")) {
        writeAt(
            day + " 08:15:34",
            "worklog-start",
            "{\"employeeNumber\":1265,\"name\":\"task\",\"externalId\":\"DR-4258\",\"sourceType\":\"web\"}");
        writeAt(
            day + " 12:10:34",
            "worklog-stop",
            "{\"employeeNumber\":1265,\"sourceType\":\"phone\"}");
      }
      for (long number : new long[] {1265, 1267}) {
        writeAt(
            day + " 12:12:34",
            "lunch-start",
            "{\"employeeNumber\":" + number + ",\"sourceType\":\"web\"}");
      }
      String[][] lunchEnds =
          day.equals("2024-10-09")
              ? new String[][] {{"1265", "12:48:34"}, {"1267", "13:10:34"}}
              : new String[][] {{"1267", "12:28:34"}, {"1265", "12:51:34"}};
      for (String[] end : lunchEnds) {
        writeAt(
            day + " " + end[1],
            "lunch-end",
            "{\"employeeNumber\":" + end[0] + ",\"sourceType\":\"phone\"}");
      }
      if (day.equals("2024-10-09")) {
        writeAt(
            day + " 12:55:34",
            "worklog-start",
            "{\"employeeNumber\":1265,\"name\":\"task 1\",\"externalId\":\"DR-4259\",\"sourceType\":\"web\"}");
        writeAt(
            day + " 17:10:34",
            "worklog-stop",
            "{\"employeeNumber\":1265,\"sourceType\":\"phone\"}");
      }
      for (long number : new long[] {1265, 1267}) {
        writeAt(
            day + " 17:18:34",
            "clock-out",
            "{\"employeeNumber\":" + number + ",\"sourceType\":\"phone\"}");
      }
    }
  }

  /**
   * The groups in employee-number order: the engine streams employees in its own (id) order, which
   * the seed does not fix.
   */
  static JsonNode byNumber(JsonNode groups) {
    java.util.List<JsonNode> sorted = new java.util.ArrayList<>();
    groups.forEach(sorted::add);
    sorted.sort(
        java.util.Comparator.comparingLong(
            group -> Long.parseLong(group.get("employeeNumber").asText())));
    return JSON.createArrayNode().addAll(sorted);
  }

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  /** A status code, a content type and the body's bytes. */
  record Reply(int status, String contentType, byte[] body) {

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + text(), e);
      }
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }
}
