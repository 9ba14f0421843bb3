package org.worktime.adapters.rest.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.worktime.adapters.rest.MutableClock;
import org.worktime.adapters.rest.RestConfig;
import org.worktime.adapters.rest.RestServer;
import org.worktime.adapters.rest.http.AccessLog;
import org.worktime.application.Actor;
import org.worktime.application.Channel;
import org.worktime.application.Engine;
import org.worktime.application.EngineBuilder;
import org.worktime.application.Request;
import org.worktime.application.employee.ManageEmployeesUseCase.NewEmployee;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.employee.Role;
import org.worktime.domain.place.Location;

/**
 * A real server on a loopback port over an in-memory engine with a hand-moved clock, and the API
 * documents it serves, read back over HTTP. A company in Berlin on Monday 2025-03-10, 09:00: its
 * admin Ada (number 1) and the employee Nora (number 2) placed at "Werk Süd", each with a key.
 */
abstract class ApiFixture {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final Instant MONDAY_NINE = Instant.parse("2025-03-10T08:00:00Z");
  static final ObjectMapper JSON = new ObjectMapper();

  final MutableClock clock = new MutableClock(MONDAY_NINE);
  final Engine engine = new EngineBuilder().clock(clock).build();
  final HttpClient http = HttpClient.newHttpClient();

  Request asAdmin;
  Employee nora;
  Location werkSued;
  String adminToken;
  String noraToken;
  RestServer server;
  String base;

  @BeforeEach
  void aCompanyOnARunningServer() {
    Actor ada = engine.tenantSetup().createTenant("ada@example.com", "Ada", BERLIN).get();
    asAdmin = Request.of(ada, Channel.EMBEDDED);
    werkSued = engine.locations().define(asAdmin, "Werk Süd").get();
    nora =
        engine
            .employees()
            .add(
                asAdmin,
                new NewEmployee(
                    Option.none(),
                    "nora@example.com",
                    "Nora",
                    BERLIN,
                    Role.EMPLOYEE,
                    Option.none()))
            .get();
    engine.locations().place(asAdmin, nora.id(), werkSued.id()).get();
    adminToken = key(ada.employee());
    noraToken = key(nora.id());
    server =
        new RestServer(
            engine,
            new RestConfig("127.0.0.1", 0, RestConfig.ONE_MEBIBYTE, Duration.ZERO).withClock(clock),
            List.empty(),
            new AccessLog(line -> {}));
    base = "http://127.0.0.1:" + server.start();
  }

  @AfterEach
  void stopTheServer() {
    server.stop();
  }

  String key(org.worktime.domain.id.EmployeeId employee) {
    return engine.apiKeys().issue(asAdmin, employee, "openapi", Option.none()).get().token();
  }

  /** Each document as the server serves it, by name, checked against its answers. */
  Map<String, DocumentedAnswers> documents() {
    Map<String, DocumentedAnswers> documents = new LinkedHashMap<>();
    for (ApiDocument document : server.apiDocuments()) {
      Reply reply = send("GET", "/openapi/" + document.name() + ".json", null, null, null);
      assertThat(reply.status()).as(reply.text()).isEqualTo(200);
      documents.put(document.name(), new DocumentedAnswers(document.name(), reply.text()));
    }
    return documents;
  }

  Reply send(String method, String path, String token, String contentType, String body) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (token != null) {
      headers.put("Authorization", "Bearer " + token);
    }
    if (contentType != null) {
      headers.put("Content-Type", contentType);
    }
    return send(method, path, headers, body);
  }

  Reply send(String method, String path, Map<String, String> headers, String body) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
    headers.forEach(builder::header);
    builder.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    try {
      HttpResponse<byte[]> response =
          http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Reply(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A status code, the headers and a body. */
  record Reply(int status, HttpHeaders headers, byte[] body) {

    String contentType() {
      return headers.firstValue("Content-Type").orElse(null);
    }

    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + text(), e);
      }
    }
  }
}
