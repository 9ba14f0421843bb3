package org.worktime.adapters.rest.staffomatic;

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
import org.worktime.domain.employee.CompanySlug;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.employee.Role;
import org.worktime.domain.place.Location;

/**
 * A real server on a loopback port over an in-memory engine, one hand-moved clock for the engine
 * and the rate limit. The tenant is a company in Berlin (+01:00 in February, as in the seed): its
 * admin (number 1), the employee Nora with the seed's user id 493 at the location "Werk Süd", the
 * employee Ole (494) and the manager Mia (7), each with an API key; a second tenant has its own
 * employee 493, Zoe. The clock stands at 2018-02-28 09:00 in Berlin. The same server speaks Bitrix
 * under {@code /rest/}, for the story across dialects.
 */
abstract class StaffomaticFixture {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  /** Wednesday 2018-02-28, 09:00 in Berlin. */
  static final Instant MORNING = Instant.parse("2018-02-28T08:00:00Z");

  private static final ObjectMapper JSON = new ObjectMapper();

  final MutableClock clock = new MutableClock(MORNING);
  final Engine engine = new EngineBuilder().clock(clock).build();
  final HttpClient http = HttpClient.newHttpClient();

  Request asAdmin;
  Request asOtherAdmin;
  Location werkSued;
  Employee nora;
  Employee ole;
  Employee mia;
  Employee zoe;
  String noraToken;
  String oleToken;
  String miaToken;
  String zoeToken;
  RestServer server;
  String base;

  /** The server's settings; a test of the rate limit lowers it. */
  RestConfig config() {
    return new RestConfig("127.0.0.1", 0, RestConfig.ONE_MEBIBYTE, Duration.ZERO).withClock(clock);
  }

  @BeforeEach
  void twoTenantsOnARunningServer() {
    Actor admin = engine.tenantSetup().createTenant("ada@example.com", "Ada", BERLIN).get();
    asAdmin = Request.of(admin, Channel.EMBEDDED);
    werkSued = engine.locations().define(asAdmin, "Werk Süd").get();
    nora = add(asAdmin, 493, "nora@example.com", Role.EMPLOYEE);
    engine.locations().place(asAdmin, nora.id(), werkSued.id()).get();
    nora = engine.employees().byId(asAdmin, nora.id()).get();
    ole = add(asAdmin, 494, "ole@example.com", Role.EMPLOYEE);
    mia = add(asAdmin, 7, "mia@example.com", Role.MANAGER);
    noraToken = key(asAdmin, nora);
    oleToken = key(asAdmin, ole);
    miaToken = key(asAdmin, mia);

    Actor otherAdmin = engine.tenantSetup().createTenant("zed@example.com", "Zed", BERLIN).get();
    asOtherAdmin = Request.of(otherAdmin, Channel.EMBEDDED);
    zoe = add(asOtherAdmin, 493, "zoe@example.com", Role.EMPLOYEE);
    zoeToken = key(asOtherAdmin, zoe);

    server = new RestServer(engine, config());
    base = "http://127.0.0.1:" + server.start();
  }

  @AfterEach
  void stopTheServer() {
    server.stop();
  }

  private Employee add(Request as, long number, String email, Role role) {
    return engine
        .employees()
        .add(as, new NewEmployee(Option.some(number), email, email, BERLIN, role, Option.none()))
        .get();
  }

  private String key(Request as, Employee employee) {
    return engine.apiKeys().issue(as, employee.id(), "staffomatic", Option.none()).get().token();
  }

  /** {@code GET /v3/<path>}, e.g. {@code work_timers.json?page=2}. */
  Reply get(String path, String token) {
    return send(builder(path, token).GET().build());
  }

  Reply post(String path, String token, String json) {
    return send(withJson(builder(path, token), json, "POST"));
  }

  Reply put(String path, String token, String json) {
    return send(withJson(builder(path, token), json, "PUT"));
  }

  Reply delete(String path, String token) {
    return send(builder(path, token).DELETE().build());
  }

  HttpRequest.Builder builder(String path, String token) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + "/v3/" + path));
    return token == null ? builder : builder.header("Authorization", "Bearer " + token);
  }

  private static HttpRequest withJson(HttpRequest.Builder builder, String json, String method) {
    return builder
        .header("Content-Type", "application/json; charset=utf-8")
        .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
        .build();
  }

  /** {@code PATCH /v3/<path>} with a JSON body, as staffomatic.rb updates. */
  Reply patch(String path, String token, String json) {
    return send(withJson(builder(path, token), json, "PATCH"));
  }

  /** Gives the caller's company (the admin's, or the second tenant's) its account name. */
  void name(Request as, String slug) {
    engine.companyAccount().setSlug(as, CompanySlug.of(slug).get()).get();
  }

  /** The {@code Authorization} value of HTTP Basic with that user and password. */
  static String basic(String user, String password) {
    return "Basic "
        + java.util.Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** A request to {@code /v3/<path>} with the given {@code Authorization}, nothing else set. */
  HttpRequest.Builder authorized(String path, String authorization) {
    return HttpRequest.newBuilder(URI.create(base + "/v3/" + path))
        .header("Authorization", authorization);
  }

  /** A Bitrix call on the same server, the token in {@code auth}. */
  Reply bitrix(String method, String token) {
    return send(
        HttpRequest.newBuilder(URI.create(base + "/rest/" + method + "?auth=" + token))
            .GET()
            .build());
  }

  Reply send(HttpRequest request) {
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Reply(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Opens Nora's day now through the API and answers the work timer's id. */
  long checkIn(String token, String json) {
    return post("work_timers.json", token, json).ok(201).get("id").asLong();
  }

  /** A status code, the headers and a body. */
  record Reply(int status, java.net.http.HttpHeaders headers, byte[] body) {

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + text(), e);
      }
    }

    /** Asserts the status and answers the JSON body. */
    JsonNode ok(int expected) {
      assertThat(status).as(text()).isEqualTo(expected);
      assertThat(headers.firstValue("Content-Type").orElse("").toLowerCase())
          .contains("application/json");
      return json();
    }

    /** Asserts a Staffomatic error of that status and code. */
    Reply isError(int expectedStatus, String code) {
      assertThat(status).as(text()).isEqualTo(expectedStatus);
      assertThat(json().get("error").asText()).as(text()).isEqualTo(code);
      assertThat(json().get("message").asText()).isNotBlank();
      return this;
    }

    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }
}
