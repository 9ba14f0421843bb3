package org.worktime.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.worktime.adapters.jsonrpc.JsonRpcConfig;
import org.worktime.adapters.jsonrpc.JsonRpcEndpoint;
import org.worktime.adapters.persistence.jdbc.JdbcDataSources;
import org.worktime.adapters.persistence.jdbc.JdbcStores;
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
import org.worktime.domain.id.TimeOrderedIdGenerator;

/**
 * One server as {@code serve} wires it (REST dialects and the JSON-RPC mount on one port, on an H2
 * file) with a hand-moved clock: a day opened through Bitrix, a lunch added through Staffomatic in
 * another offset, the day closed through Bitrix, then read back through JSON-RPC. Bitrix's ATOM
 * times, Staffomatic's ISO times and TimeClock's wall times in a named zone all denote the same
 * instants.
 */
class OneDayThroughThreeDialectsTest {

  private static final ZoneId JERUSALEM = ZoneId.of("Asia/Jerusalem");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path data;

  private final HandClock clock = new HandClock(Instant.parse("2024-10-09T06:00:00Z"));
  private final HttpClient http = HttpClient.newHttpClient();
  private HikariDataSource dataSource;
  private RestServer server;
  private String base;
  private String token;

  @BeforeEach
  void oneServerServingEveryDialect() {
    dataSource = JdbcDataSources.h2File(data);
    Engine engine =
        new EngineBuilder()
            .clock(clock)
            .ids(new TimeOrderedIdGenerator(clock, new SecureRandom()))
            .stores(JdbcStores.create(dataSource))
            .build();
    Actor admin =
        engine.tenantSetup().createTenant("admin@example.com", "Admin", ZoneId.of("UTC")).get();
    Request asAdmin = Request.of(admin, Channel.CLI);
    Employee nora =
        engine
            .employees()
            .add(
                asAdmin,
                new NewEmployee(
                    Option.some(1265L),
                    "nora@example.com",
                    "Nora",
                    JERUSALEM,
                    Role.EMPLOYEE,
                    Option.none()))
            .get();
    token = engine.apiKeys().issue(asAdmin, nora.id(), "phone", Option.none()).get().token();
    server =
        new RestServer(
            engine,
            RestConfig.loopback().withPort(0).withClock(clock),
            List.of(
                new JsonRpcMount(new JsonRpcEndpoint(engine, JsonRpcConfig.loopback(), clock))));
    base = "http://127.0.0.1:" + server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
    dataSource.close();
  }

  @Test
  void aBitrixDayWithAStaffomaticLunchReadsBackThroughJsonRpcAtTheSameInstants() throws Exception {
    // 09:00 in Jerusalem (+03:00): Bitrix opens the day.
    JsonNode opened = send("POST", "/rest/timeman.open?auth=" + token, null).get("result");
    assertThat(opened.get("STATUS").asText()).isEqualTo("OPENED");
    Instant start = atom(opened.get("TIME_START"));
    assertThat(start).isEqualTo(Instant.parse("2024-10-09T06:00:00Z"));

    // 13:30: Staffomatic adds the lunch, given in other offsets than the day's, 12:00 to 12:40.
    clock.advance(Duration.ofMinutes(4 * 60 + 30));
    JsonNode timers = send("GET", "/v3/work_timers.json", null);
    assertThat(timers).hasSize(1);
    long workTimer = timers.get(0).get("id").asLong();
    assertThat(iso(timers.get(0).get("starts_at"))).isEqualTo(start);
    JsonNode lunch =
        send(
            "POST",
            "/v3/break_timers.json",
            "{\"work_timer_id\": "
                + workTimer
                + ", \"starts_at\": \"2024-10-09T11:00:00+02:00\","
                + " \"ends_at\": \"2024-10-09T09:40:00Z\"}");
    Instant lunchStart = Instant.parse("2024-10-09T09:00:00Z");
    Instant lunchEnd = Instant.parse("2024-10-09T09:40:00Z");
    assertThat(iso(lunch.get("starts_at"))).isEqualTo(lunchStart);
    assertThat(iso(lunch.get("ends_at"))).isEqualTo(lunchEnd);

    // 17:15: Bitrix closes it.
    clock.advance(Duration.ofMinutes(3 * 60 + 45));
    JsonNode closed = send("POST", "/rest/timeman.close?auth=" + token, null).get("result");
    assertThat(closed.get("STATUS").asText()).isEqualTo("CLOSED");
    assertThat(closed.get("TIME_LEAKS").asText()).isEqualTo("00:40:00");
    assertThat(atom(closed.get("TIME_START"))).isEqualTo(start);
    Instant end = atom(closed.get("TIME_FINISH"));
    assertThat(end).isEqualTo(Instant.parse("2024-10-09T14:15:00Z"));
    JsonNode stopped = send("GET", "/v3/work_timers/" + workTimer + ".json", null);
    assertThat(iso(stopped.get("starts_at"))).isEqualTo(start);
    assertThat(iso(stopped.get("ends_at"))).isEqualTo(end);
    JsonNode breaks = send("GET", "/v3/work_timers/" + workTimer + "/break_timers.json", null);
    assertThat(breaks).hasSize(1);
    assertThat(iso(breaks.get(0).get("starts_at"))).isEqualTo(lunchStart);
    assertThat(iso(breaks.get(0).get("ends_at"))).isEqualTo(lunchEnd);

    // JSON-RPC: the same day, the same lunch, at the same instants.
    JsonNode sessions = only(rpc("sessions"));
    assertThat(sessions).hasSize(1);
    JsonNode session = sessions.get(0);
    assertThat(session.get("timezone").asText()).isEqualTo("Asia/Jerusalem");
    assertThat(wall(session, "startDate")).isEqualTo(start);
    assertThat(wall(session, "endDate")).isEqualTo(end);
    assertThat(session.get("startDate").asText()).isEqualTo("2024-10-09 09:00:00");
    assertThat(session.get("endDate").asText()).isEqualTo("2024-10-09 17:15:00");

    JsonNode lunches = only(rpc("lunches"));
    assertThat(lunches).hasSize(1);
    assertThat(lunches.get(0).get("timezone").asText()).isEqualTo("Asia/Jerusalem");
    assertThat(wall(lunches.get(0), "startDate")).isEqualTo(lunchStart);
    assertThat(wall(lunches.get(0), "endDate")).isEqualTo(lunchEnd);
    assertThat(lunches.get(0).get("startDate").asText()).isEqualTo("2024-10-09 12:00:00");

    JsonNode timesheet = only(rpc("timesheet"));
    assertThat(timesheet).hasSize(1);
    JsonNode sheet = timesheet.get(0);
    assertThat(wall(sheet, "startDate")).isEqualTo(start);
    assertThat(wall(sheet, "endDate")).isEqualTo(end);
    assertThat(sheet.get("lunches")).hasSize(1);
    JsonNode nested = sheet.get("lunches").get(0);
    assertThat(wall(nested, "startDate", sheet)).isEqualTo(lunchStart);
    assertThat(wall(nested, "endDate", sheet)).isEqualTo(lunchEnd);
    assertThat(sheet.get("workLogs")).isEmpty();
  }

  /** A JSON-RPC read of 2024-10-09, the whole response's result. */
  private JsonNode rpc(String method) throws Exception {
    JsonNode response =
        send(
            "POST",
            JsonRpcEndpoint.PATH,
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\""
                + method
                + "\",\"params\":{\"startDate\":\"2024-10-09\",\"endDate\":\"2024-10-09\"}}");
    assertThat(response.has("error")).as(response.toString()).isFalse();
    return response.get("result");
  }

  /** The sessions (or lunches) of the only employee listed: Nora, 1265. */
  private static JsonNode only(JsonNode groups) {
    assertThat(groups).hasSize(1);
    assertThat(groups.get(0).get("employeeNumber").asLong()).isEqualTo(1265);
    assertThat(groups.get(0).get("email").asText()).isEqualTo("nora@example.com");
    return groups.get(0).get("sessions");
  }

  private JsonNode send(String method, String path, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode())
        .as(method + " " + path + ": " + response.body())
        .isBetween(200, 201);
    return JSON.readTree(response.body());
  }

  /** Bitrix: ATOM, with the offset of the day's zone. */
  private static Instant atom(JsonNode time) {
    return OffsetDateTime.parse(time.asText()).toInstant();
  }

  /** Staffomatic: ISO-8601 with an offset. */
  private static Instant iso(JsonNode time) {
    return OffsetDateTime.parse(time.asText()).toInstant();
  }

  /** TimeClock: a local wall time in the zone the object names. */
  private static Instant wall(JsonNode object, String field) {
    return wall(object, field, object);
  }

  /** TimeClock: a local wall time in the zone named by {@code zoned} (a lunch's session, say). */
  private static Instant wall(JsonNode object, String field, JsonNode zoned) {
    ZoneId zone =
        ZoneId.of(
            object.has("timezone")
                ? object.get("timezone").asText()
                : zoned.get("timezone").asText());
    return LocalDateTime.parse(object.get(field).asText().replace(' ', 'T'))
        .atZone(zone)
        .toInstant();
  }

  /** A clock the test moves by hand. */
  private static final class HandClock extends Clock {
    private volatile Instant now;

    HandClock(Instant now) {
      this.now = now;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
