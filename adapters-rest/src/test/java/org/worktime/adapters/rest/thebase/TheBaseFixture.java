package org.worktime.adapters.rest.thebase;

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
 * A real server on a loopback port over an in-memory engine with a hand-moved clock. The tenant is
 * a company in Jerusalem: its admin, the employees Dana and Eli, and the manager Miri, each with an
 * API key; a second tenant, in Berlin, has the employee Otto. The clock stands at the moment of the
 * vendor's example, 2021-09-22T16:33:08Z.
 */
abstract class TheBaseFixture {

  static final ZoneId JERUSALEM = ZoneId.of("Asia/Jerusalem");
  static final Instant SEED_MOMENT = Instant.parse("2021-09-22T16:33:08Z");
  static final String STARTED = "הטיימר הופעל";
  static final String STOPPED = "הטיימר הופסק";

  private static final ObjectMapper JSON = new ObjectMapper();

  final MutableClock clock = new MutableClock(SEED_MOMENT);
  final Engine engine = new EngineBuilder().clock(clock).build();
  final HttpClient http = HttpClient.newHttpClient();

  Request asAdmin;
  Employee dana;
  Employee eli;
  Employee miri;
  Employee otto;
  String danaToken;
  String eliToken;
  String miriToken;
  String ottoToken;
  RestServer server;
  String base;

  @BeforeEach
  void twoTenantsOnARunningServer() {
    Actor admin = engine.tenantSetup().createTenant("ada@example.com", "Ada", JERUSALEM).get();
    asAdmin = Request.of(admin, Channel.EMBEDDED);
    dana = add(asAdmin, "dana@example.com", JERUSALEM, Role.EMPLOYEE);
    eli = add(asAdmin, "eli@example.com", JERUSALEM, Role.EMPLOYEE);
    miri = add(asAdmin, "miri@example.com", JERUSALEM, Role.MANAGER);
    danaToken = key(asAdmin, dana);
    eliToken = key(asAdmin, eli);
    miriToken = key(asAdmin, miri);

    ZoneId berlin = ZoneId.of("Europe/Berlin");
    Actor otherAdmin = engine.tenantSetup().createTenant("zed@example.com", "Zed", berlin).get();
    Request asOtherAdmin = Request.of(otherAdmin, Channel.EMBEDDED);
    otto = add(asOtherAdmin, "otto@example.com", berlin, Role.EMPLOYEE);
    ottoToken = key(asOtherAdmin, otto);

    server =
        new RestServer(
            engine, new RestConfig("127.0.0.1", 0, RestConfig.ONE_MEBIBYTE, Duration.ZERO));
    base = "http://127.0.0.1:" + server.start();
  }

  @AfterEach
  void stopTheServer() {
    server.stop();
  }

  private Employee add(Request request, String email, ZoneId zone, Role role) {
    return engine
        .employees()
        .add(request, new NewEmployee(Option.none(), email, email, zone, role, Option.none()))
        .get();
  }

  private String key(Request request, Employee employee) {
    return engine.apiKeys().issue(request, employee.id(), "thebase", Option.none()).get().token();
  }

  static String decimal(Employee employee) {
    return employee.id().value().toDecimal();
  }

  /** The seed's request body, for this owner and comment; the other fields empty, as there. */
  static String seedBody(Employee owner, String comment) {
    return "{\"account_id\": \"\", \"start_time\": \"\", \"owner\": \""
        + decimal(owner)
        + "\", \"comment\": \""
        + comment
        + "\"}";
  }

  Reply start(String token, String json) {
    return send(
        HttpRequest.newBuilder(URI.create(base + "/v2/timer/start"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .build());
  }

  /** Starts a timer for the owner with the token, now; answers its id. */
  String started(String token, Employee owner) {
    return start(token, "{\"owner\": \"" + decimal(owner) + "\"}").created().get("id").asText();
  }

  /** The seed's stop: a PUT without a body. */
  Reply stop(String token, String timerId) {
    return send(
        HttpRequest.newBuilder(URI.create(base + "/v2/timer/" + timerId))
            .header("Authorization", "Bearer " + token)
            .PUT(HttpRequest.BodyPublishers.noBody())
            .build());
  }

  Reply open(String token, String query) {
    return send(
        HttpRequest.newBuilder(
                URI.create(base + "/v2/timer/open" + (query.isEmpty() ? "" : "?" + query)))
            .header("Authorization", "Bearer " + token)
            .GET()
            .build());
  }

  Reply send(HttpRequest request) {
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Reply(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.headers().firstValue("WWW-Authenticate").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A status code, a content type, a challenge and a body that must be UTF-8 JSON. */
  record Reply(int status, String contentType, String challenge, byte[] body) {

    JsonNode json() {
      assertThat(contentType.toLowerCase()).contains("application/json").contains("charset=utf-8");
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + text(), e);
      }
    }

    JsonNode created() {
      assertThat(status).as(text()).isEqualTo(201);
      return json();
    }

    JsonNode ok() {
      assertThat(status).as(text()).isEqualTo(200);
      return json();
    }

    /** Asserts TheBase's error shape: that status and code, and a message in Hebrew. */
    Reply isError(int expectedStatus, String code) {
      assertThat(status).as(text()).isEqualTo(expectedStatus);
      assertThat(json().get("error").asText()).as(text()).isEqualTo(code);
      assertThat(json().get("message").asText()).as(text()).containsPattern("\\p{InHebrew}");
      return this;
    }

    String message() {
      return json().get("message").asText();
    }

    boolean containsUtf8Of(String text) {
      return text().contains(text) && indexOf(body, text.getBytes(StandardCharsets.UTF_8)) >= 0;
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
      outer:
      for (int i = 0; i + needle.length <= haystack.length; i++) {
        for (int j = 0; j < needle.length; j++) {
          if (haystack[i + j] != needle[j]) {
            continue outer;
          }
        }
        return i;
      }
      return -1;
    }
  }
}
