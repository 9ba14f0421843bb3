package org.worktime.adapters.rest.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A day's worth of real answers through each dialect, successes and refusals alike, each held to
 * the schema its document gives for its operation and status.
 */
class RealAnswersMatchTheirDocumentsTest extends ApiFixture {

  private static final String JSON_TYPE = "application/json";

  private Map<String, DocumentedAnswers> documents;

  @BeforeEach
  void readTheDocuments() {
    documents = documents();
  }

  @Test
  void bitrix() {
    JsonNode never = bitrix("GET", "/rest/timeman.status", noraToken, null, null, 200);
    assertThat(never.get("result").size()).isEqualTo(1);
    bitrix(
        "POST",
        "/rest/timeman.open",
        noraToken,
        "application/x-www-form-urlencoded",
        "LAT=52.52&LON=13.405",
        200);
    clock.advance(Duration.ofHours(2));
    bitrix("GET", "/rest/timeman.pause.json", noraToken, null, null, 200);
    clock.advance(Duration.ofMinutes(30));
    JsonNode paused = bitrix("GET", "/rest/timeman.status.json", noraToken, null, null, 200);
    assertThat(paused.at("/result/STATUS").asText()).isEqualTo("PAUSED");
    bitrix("POST", "/rest/timeman.open.json", noraToken, null, null, 200);
    clock.advance(Duration.ofHours(6));
    JsonNode closed =
        bitrix(
            "POST",
            "/rest/timeman.close",
            noraToken,
            JSON_TYPE,
            "{\"REPORT\": \"Feierabend\"}",
            200);
    assertThat(closed.at("/result/STATUS").asText()).isEqualTo("CLOSED");
    bitrix("GET", "/rest/timeman.settings", noraToken, null, null, 200);
    bitrix("POST", "/rest/timeman.settings.json", null, null, null, 401);
    JsonNode schedule = bitrix("GET", "/rest/timeman.schedule.get", noraToken, null, null, 200);
    long scheduleId = schedule.at("/result/ID").asLong();
    bitrix(
        "POST",
        "/rest/timeman.schedule.get.json",
        adminToken,
        JSON_TYPE,
        "{\"id\": " + scheduleId + "}",
        200);
    JsonNode noSchedule =
        bitrix("GET", "/rest/timeman.schedule.get?id=999999", noraToken, null, null, 200);
    assertThat(noSchedule.get("result").isEmpty()).isTrue();
    bitrix("GET", "/rest/timeman.schedule.get.json?id=abc", noraToken, null, null, 400);
    bitrix("GET", "/rest/timeman.status?auth=wt_unknown", null, null, null, 401);
    bitrix("GET", "/rest/timeman.close?TIME=yesterday", noraToken, null, null, 400);
    bitrix("GET", "/rest/timeman.pause", noraToken, null, null, 400);
    bitrix("GET", "/rest/timeman.status?USER_ID=1", noraToken, null, null, 403);
    bitrix("GET", "/rest/timeman.status?USER_ID=999", adminToken, null, null, 400);
    bitrix("POST", "/rest/timeman.open", adminToken, JSON_TYPE, "[1, 2]", 400);
    JsonNode batch =
        bitrix(
            "POST",
            "/rest/batch",
            noraToken,
            JSON_TYPE,
            "{\"halt\": 0, \"cmd\": {\"now\": \"timeman.status\", \"other\":"
                + " \"timeman.status?USER_ID=1\"}}",
            200);
    assertThat(batch.at("/result/result_error/other/error").asText()).isEqualTo("ACCESS_DENIED");
    bitrix("GET", "/rest/batch.json?cmd%5B0%5D=timeman.settings", noraToken, null, null, 200);
    StringBuilder many = new StringBuilder("{\"cmd\": [\"timeman.status\"");
    for (int i = 0; i < 50; i++) {
      many.append(", \"timeman.status\"");
    }
    bitrix("POST", "/rest/batch", noraToken, JSON_TYPE, many.append("]}").toString(), 400);
  }

  @Test
  void theBase() {
    String owner = nora.id().value().toDecimal();
    String started =
        expect(
                "thebase",
                "POST",
                "/v2/timer/start",
                noraToken,
                JSON_TYPE,
                "{\"owner\": \""
                    + owner
                    + "\", \"account_id\": \"acme-7\", \"comment\": \"שלום 👋\"}",
                201)
            .get("id")
            .asText();
    expect(
        "thebase",
        "POST",
        "/v2/timer/start",
        adminToken,
        "application/x-www-form-urlencoded",
        "owner=" + adminId(),
        201);
    JsonNode page = expect("thebase", "GET", "/v2/timer/open?limit=1", adminToken, null, null, 200);
    assertThat(page.get("hasMore").asBoolean()).isTrue();
    clock.advance(Duration.ofSeconds(100));
    expect("thebase", "PUT", "/v2/timer/" + started, noraToken, null, null, 200);
    expect("thebase", "PUT", "/v2/timer/" + started, noraToken, null, null, 409);
    expect("thebase", "PUT", "/v2/timer/12345", noraToken, null, null, 404);
    expect("thebase", "PUT", "/v2/timer/not-a-number", noraToken, null, null, 400);
    expect("thebase", "POST", "/v2/timer/start", null, JSON_TYPE, "{}", 401);
    expect("thebase", "POST", "/v2/timer/start", noraToken, JSON_TYPE, "{}", 400);
    expect(
        "thebase",
        "POST",
        "/v2/timer/start",
        noraToken,
        JSON_TYPE,
        "{\"owner\": \"" + owner + "\", \"start_time\": \"soon\"}",
        400);
    expect(
        "thebase",
        "POST",
        "/v2/timer/start",
        noraToken,
        JSON_TYPE,
        "{\"owner\": \"" + adminId() + "\"}",
        403);

    JsonNode client =
        expect(
            "management",
            "POST",
            "/api/v1/oauth-clients",
            adminToken,
            JSON_TYPE,
            "{\"employee\": " + nora.number() + ", \"label\": \"terminal\"}",
            201);
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (client.get("client_id").asText() + ":" + client.get("client_secret").asText())
                        .getBytes(StandardCharsets.UTF_8));
    String form = "application/x-www-form-urlencoded";
    JsonNode token =
        token(
            Map.of("Authorization", basic, "Content-Type", form),
            "grant_type=client_credentials",
            200);
    expect("thebase", "GET", "/v2/timer/open", token.get("access_token").asText(), null, null, 200);
    token(
        Map.of("Content-Type", form),
        "grant_type=client_credentials&client_id="
            + client.get("client_id").asText()
            + "&client_secret=wrong",
        401);
    token(Map.of("Authorization", basic, "Content-Type", form), "grant_type=password", 400);
  }

  @Test
  void staffomatic() {
    long workTimer =
        expect(
                "staffomatic",
                "POST",
                "/v3/work_timers.json",
                noraToken,
                JSON_TYPE,
                "{\"do\": \"start\"}",
                201)
            .get("id")
            .asLong();
    expect(
        "staffomatic",
        "POST",
        "/v3/work_timers.json",
        noraToken,
        JSON_TYPE,
        "{\"do\": \"start\"}",
        409);
    expect("staffomatic", "GET", "/v3/work_timers.json", noraToken, null, null, 200);
    expect(
        "staffomatic", "GET", "/v3/work_timers/" + workTimer + ".json", noraToken, null, null, 200);
    clock.advance(Duration.ofHours(1));
    long running =
        expect(
                "staffomatic",
                "POST",
                "/v3/break_timers.json",
                noraToken,
                JSON_TYPE,
                "{\"work_timer_id\": "
                    + workTimer
                    + ", \"do\": \"start\", \"device_type\": \"terminal\"}",
                201)
            .get("id")
            .asLong();
    expect(
        "staffomatic",
        "GET",
        "/v3/work_timers/" + workTimer + "/break_timers.json",
        noraToken,
        null,
        null,
        200);
    clock.advance(Duration.ofMinutes(15));
    expect(
        "staffomatic",
        "PUT",
        "/v3/break_timers.json",
        noraToken,
        JSON_TYPE,
        "{\"work_timer_id\": " + workTimer + ", \"do\": \"stop\"}",
        200);
    clock.advance(Duration.ofMinutes(45));
    long finished =
        expect(
                "staffomatic",
                "POST",
                "/v3/break_timers.json",
                noraToken,
                JSON_TYPE,
                "{\"work_timer_id\": "
                    + workTimer
                    + ", \"starts_at\": \"2025-03-10T10:30:00+01:00\","
                    + " \"ends_at\": \"2025-03-10T10:40:00+01:00\"}",
                201)
            .get("id")
            .asLong();
    expect(
        "staffomatic",
        "PUT",
        "/v3/break_timers/" + finished + ".json",
        noraToken,
        JSON_TYPE,
        "{\"starts_at\": \"2025-03-10T10:25:00+01:00\", \"reason\": \"forgot\"}",
        200);
    expect("staffomatic", "GET", "/v3/break_timers.json", noraToken, null, null, 200);
    expect(
        "staffomatic", "GET", "/v3/break_timers/" + running + ".json", noraToken, null, null, 200);
    long location = engine.shortNumbers().numberOf(asAdmin, werkSued.id().value());
    expect(
        "staffomatic",
        "GET",
        "/v3/locations/" + location + "/work_timers.json",
        adminToken,
        null,
        null,
        200);
    expect(
        "staffomatic",
        "GET",
        "/v3/locations/" + location + "/break_timers.json",
        adminToken,
        null,
        null,
        200);
    expect(
        "staffomatic",
        "DELETE",
        "/v3/break_timers/" + finished + ".json",
        noraToken,
        null,
        null,
        204);
    clock.advance(Duration.ofHours(6));
    expect(
        "staffomatic",
        "PUT",
        "/v3/work_timers.json",
        noraToken,
        JSON_TYPE,
        "{\"timer_id\": " + workTimer + ", \"do\": \"stop\"}",
        200);
    JsonNode verified =
        expect(
            "staffomatic",
            "PUT",
            "/v3/work_timers/" + workTimer + ".json",
            adminToken,
            JSON_TYPE,
            "{\"do\": \"verify\"}",
            200);
    assertThat(verified.get("state").asText()).isEqualTo("verified");
    expect(
        "staffomatic",
        "DELETE",
        "/v3/work_timers/" + workTimer + ".json",
        adminToken,
        null,
        null,
        403);
    expect("staffomatic", "GET", "/v3/work_timers.json", null, null, null, 401);
    expect("staffomatic", "GET", "/v3/work_timers/999.json", noraToken, null, null, 404);
    expect(
        "staffomatic",
        "PUT",
        "/v3/work_timers/" + workTimer + ".json",
        noraToken,
        JSON_TYPE,
        "{\"do\": \"dance\"}",
        422);
    expect("staffomatic", "POST", "/v3/work_timers.json", noraToken, "text/plain", "do=start", 415);
    expect("staffomatic", "POST", "/v3/work_timers.json", noraToken, JSON_TYPE, "{\"do\": ", 400);
  }

  @Test
  void management() {
    expect("management", "GET", "/api/v1/employees", adminToken, null, null, 200);
    long number =
        expect(
                "management",
                "POST",
                "/api/v1/employees",
                adminToken,
                JSON_TYPE,
                "{\"email\": \"ole@example.com\", \"name\": \"Ole\", \"homeZone\": \"Europe/Oslo\"}",
                201)
            .get("number")
            .asLong();
    String employee = "/api/v1/employees/" + number;
    expect("management", "GET", employee, noraToken, null, null, 200);
    expect("management", "PATCH", employee, adminToken, JSON_TYPE, "{\"role\": \"manager\"}", 200);
    expect(
        "management",
        "PUT",
        employee + "/location",
        adminToken,
        JSON_TYPE,
        "{\"locationId\": \"" + werkSued.id() + "\"}",
        200);
    expect("management", "GET", employee + "/policy", adminToken, null, null, 200);
    String policy =
        expect(
                "management",
                "POST",
                "/api/v1/policies",
                adminToken,
                JSON_TYPE,
                "{\"schedule\": {\"type\": \"fixed\", \"shifts\": {\"MONDAY\": {\"start\": \"09:00\","
                    + " \"end\": \"17:00\", \"plannedBreak\": \"PT30M\"}}},"
                    + " \"latestStart\": \"09:30\", \"minimumDuration\": \"PT8H\"}",
                201)
            .get("id")
            .asText();
    expect("management", "GET", "/api/v1/policies", adminToken, null, null, 200);
    expect("management", "GET", "/api/v1/policies/" + policy, adminToken, null, null, 200);
    expect(
        "management",
        "PUT",
        "/api/v1/policies/" + policy,
        adminToken,
        JSON_TYPE,
        "{\"schedule\": {\"type\": \"flexible\", \"expiresAfterDays\": 2}}",
        200);
    String location =
        expect(
                "management",
                "POST",
                "/api/v1/locations",
                adminToken,
                JSON_TYPE,
                "{\"name\": \"Lager Nord\"}",
                201)
            .get("id")
            .asText();
    expect("management", "GET", "/api/v1/locations", adminToken, null, null, 200);
    expect("management", "GET", "/api/v1/locations/" + location, adminToken, null, null, 200);
    expect(
        "management",
        "PATCH",
        "/api/v1/locations/" + location,
        adminToken,
        JSON_TYPE,
        "{\"name\": \"Lager Nord ❄\"}",
        200);
    String key =
        expect(
                "management",
                "POST",
                "/api/v1/keys",
                adminToken,
                JSON_TYPE,
                "{\"employee\": " + number + ", \"label\": \"tablet\", \"validity\": \"P30D\"}",
                201)
            .get("id")
            .asText();
    expect("management", "GET", "/api/v1/keys", adminToken, null, null, 200);
    expect("management", "DELETE", "/api/v1/keys/" + key, adminToken, null, null, 204);
    expect("management", "GET", "/api/v1/employees", null, null, null, 401);
    expect(
        "management",
        "POST",
        "/api/v1/locations",
        noraToken,
        JSON_TYPE,
        "{\"name\": \"Mine\"}",
        403);
    expect("management", "GET", "/api/v1/employees/999", adminToken, null, null, 404);
    JsonNode invalid =
        expect(
            "management",
            "POST",
            "/api/v1/employees",
            adminToken,
            JSON_TYPE,
            "{\"nmae\": \"Typo\"}",
            400);
    assertThat(invalid.get("errors")).isNotEmpty();
    expect("management", "POST", "/api/v1/employees", adminToken, JSON_TYPE, "[", 400);
    expect("management", "POST", "/api/v1/locations", adminToken, "text/plain", "name=x", 415);
    expect(
        "management",
        "POST",
        "/api/v1/employees",
        adminToken,
        JSON_TYPE,
        "{\"email\": \"nora@example.com\", \"name\": \"Nora 2\", \"homeZone\": \"Europe/Berlin\"}",
        409);
  }

  private String adminId() {
    return asAdmin.actor().employee().value().toDecimal();
  }

  private JsonNode bitrix(
      String method, String path, String token, String contentType, String body, int status) {
    return expect("bitrix", method, path, token, contentType, body, status);
  }

  private JsonNode token(Map<String, String> headers, String body, int status) {
    Reply reply = send("POST", "/oauth/token", headers, body);
    return documented("thebase", "POST", "/oauth/token", reply, status);
  }

  /** Sends the request, asserts the status, and holds the answer to its document. */
  private JsonNode expect(
      String name,
      String method,
      String path,
      String token,
      String contentType,
      String body,
      int status) {
    return documented(name, method, path, send(method, path, token, contentType, body), status);
  }

  private JsonNode documented(String name, String method, String path, Reply reply, int status) {
    assertThat(reply.status()).as(method + " " + path + ": " + reply.text()).isEqualTo(status);
    DocumentedAnswers document = documents.get(name);
    document.assertDocuments(
        document.operationFor(method, path), reply.status(), reply.contentType(), reply.body());
    return reply.body().length == 0 ? JSON.createObjectNode() : reply.json();
  }
}
