package org.worktime.adapters.rest.management;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
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

/**
 * A real server on a loopback port over an in-memory engine with a hand-moved clock. Two companies:
 * Acme in Berlin with its admin Ada (number 1), the employee Eve and the manager Max, each with an
 * API key; and Globex, whose admin Zed has a key too.
 */
abstract class ManagementFixture {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final Instant MONDAY_NINE = Instant.parse("2025-03-10T08:00:00Z");

  private static final ObjectMapper JSON = new ObjectMapper();

  final MutableClock clock = new MutableClock(MONDAY_NINE);
  final Engine engine = new EngineBuilder().clock(clock).build();
  final HttpClient http = HttpClient.newHttpClient();

  Employee eve;
  Employee max;
  String adaToken;
  String eveToken;
  String maxToken;
  String zedToken;
  RestServer server;
  String base;

  @BeforeEach
  void twoCompaniesOnARunningServer() {
    Actor ada = engine.tenantSetup().createTenant("ada@acme.example", "Ada", BERLIN).get();
    Request asAda = Request.of(ada, Channel.EMBEDDED);
    eve = add(asAda, "eve@acme.example", Role.EMPLOYEE);
    max = add(asAda, "max@acme.example", Role.MANAGER);
    adaToken = key(asAda, ada.employee());
    eveToken = key(asAda, eve.id());
    maxToken = key(asAda, max.id());

    Actor zed = engine.tenantSetup().createTenant("zed@globex.example", "Zed", BERLIN).get();
    zedToken = key(Request.of(zed, Channel.EMBEDDED), zed.employee());

    server =
        new RestServer(
            engine, new RestConfig("127.0.0.1", 0, 64 * 1024, Duration.ZERO).withClock(clock));
    base = "http://127.0.0.1:" + server.start();
  }

  @AfterEach
  void stopTheServer() {
    server.stop();
  }

  private Employee add(Request request, String email, Role role) {
    return engine
        .employees()
        .add(request, new NewEmployee(Option.none(), email, email, BERLIN, role, Option.none()))
        .get();
  }

  private String key(Request request, org.worktime.domain.id.EmployeeId employee) {
    return engine.apiKeys().issue(request, employee, "fixture", Option.none()).get().token();
  }

  Reply get(String token, String path) {
    return send(token, "GET", path, null);
  }

  Reply post(String token, String path, String json) {
    return send(token, "POST", path, json);
  }

  Reply put(String token, String path, String json) {
    return send(token, "PUT", path, json);
  }

  Reply patch(String token, String path, String json) {
    return send(token, "PATCH", path, json);
  }

  Reply delete(String token, String path) {
    return send(token, "DELETE", path, null);
  }

  Reply send(String token, String method, String path, String json) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    if (json != null) {
      builder.header("Content-Type", "application/json");
    }
    return send(
        builder
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
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

  /** A status code, a content type and a body. */
  record Reply(int status, String contentType, byte[] body) {

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + text(), e);
      }
    }

    JsonNode is(int expected) {
      assertThat(status).as(text()).isEqualTo(expected);
      assertThat(contentType.toLowerCase()).contains("application/json").contains("charset=utf-8");
      return json();
    }

    /** Asserts RFC 9457 problem details with that status and type. */
    JsonNode isProblem(int expected, String type) {
      assertThat(status).as(text()).isEqualTo(expected);
      assertThat(contentType.toLowerCase()).startsWith("application/problem+json");
      JsonNode problem = json();
      assertThat(problem.get("type").asText()).isEqualTo("urn:worktime:problem:" + type);
      assertThat(problem.get("status").asInt()).isEqualTo(expected);
      assertThat(problem.get("title").asText()).isNotBlank();
      assertThat(problem.get("detail").asText()).isNotBlank();
      return problem;
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }
}
