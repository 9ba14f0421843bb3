package org.worktime.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.HandlerType;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.IOException;
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
import org.junit.jupiter.api.Test;
import org.worktime.adapters.jsonrpc.JsonRpcConfig;
import org.worktime.adapters.jsonrpc.JsonRpcEndpoint;
import org.worktime.adapters.rest.MutableClock;
import org.worktime.adapters.rest.RestConfig;
import org.worktime.adapters.rest.RestServer;
import org.worktime.adapters.rest.openapi.ApiDocument;
import org.worktime.adapters.rest.openapi.DocumentedAnswers;
import org.worktime.adapters.rest.openapi.Operation;
import org.worktime.application.Actor;
import org.worktime.application.Channel;
import org.worktime.application.Engine;
import org.worktime.application.EngineBuilder;
import org.worktime.application.Request;

/**
 * The JSON-RPC service's own OpenAPI document, served by the REST server that mounts it as {@code
 * serve} does: listed beside the dialects', valid, describing exactly the mounted operation, and
 * true to the service's real answers, every method's result checked against its own shape.
 */
class TheJsonRpcServiceIsDocumentedTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Operation CALL = new Operation(HandlerType.POST, JsonRpcEndpoint.PATH);

  private final MutableClock clock = new MutableClock(Instant.parse("2024-10-09T06:00:00Z"));
  private final Engine engine = new EngineBuilder().clock(clock).build();
  private final HttpClient http = HttpClient.newHttpClient();
  private RestServer server;
  private String base;
  private String token;

  @BeforeEach
  void serveAsServeDoes() {
    Actor ada =
        engine
            .tenantSetup()
            .createTenant("ada@example.com", "Ada", ZoneId.of("Asia/Jerusalem"))
            .get();
    token =
        engine
            .apiKeys()
            .issue(Request.of(ada, Channel.EMBEDDED), ada.employee(), "terminal", Option.none())
            .get()
            .token();
    server =
        new RestServer(
            engine,
            RestConfig.loopback().withClock(clock),
            List.of(
                new JsonRpcMount(new JsonRpcEndpoint(engine, JsonRpcConfig.loopback(), clock))));
    base = "http://127.0.0.1:" + server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void theDocumentIsServedBesideTheDialectsAndDescribesExactlyTheMountedOperation()
      throws Exception {
    assertThat(server.apiDocuments().map(ApiDocument::name))
        .containsExactly("bitrix", "thebase", "staffomatic", "management", "jsonrpc");
    HttpResponse<String> served = get("/openapi/jsonrpc.json");
    assertThat(served.statusCode()).isEqualTo(200);

    SwaggerParseResult parsed = DocumentedAnswers.parse(served.body());
    assertThat(parsed.getMessages()).isEmpty();
    assertThat(parsed.getOpenAPI().getOpenapi()).startsWith("3.1.");

    DocumentedAnswers document = new DocumentedAnswers("jsonrpc", served.body());
    assertThat(document.operations())
        .containsExactlyInAnyOrderElementsOf(server.apiDocuments().last().operations())
        .containsExactly(CALL);
    assertThat(server.routes()).contains(CALL);
    assertThat(get("/openapi/ui/swagger-initializer.js").body())
        .contains("\"/openapi/jsonrpc.json\"", "\"TimeClock 365 JSON-RPC\"");
  }

  @Test
  void everyMethodAnswersAsItsDocumentSays() throws Exception {
    DocumentedAnswers document =
        new DocumentedAnswers("jsonrpc", get("/openapi/jsonrpc.json").body());

    result(
        document,
        "clock-in",
        "{\"note\": \"בוקר טוב ☀\", \"locationType\": \"office\"}",
        "ExtendedSession");
    clock.advance(Duration.ofHours(2));
    result(
        document,
        "worklog-start",
        "{\"name\": \"Audit\", \"externalId\": \"A-7\"}",
        "WorkLogWritten");
    clock.advance(Duration.ofMinutes(40));
    result(document, "worklog-stop", "{}", "WorkLogWritten");
    result(document, "lunch-start", "{\"sourceType\": \"terminal\"}", "Lunch");
    clock.advance(Duration.ofMinutes(30));
    result(document, "lunch-end", "{}", "Lunch");
    clock.advance(Duration.ofHours(5));
    result(
        document,
        "clock-out",
        "{\"date\": \"2024-10-09 16:30:00\", \"timezone\": \"Asia/Jerusalem\"}",
        "ExtendedSession");
    String period = "{\"startDate\": \"2024-10-08\", \"endDate\": \"2024-10-10\"}";
    assertThat(result(document, "sessions", period, "SessionsResult")).hasSize(1);
    result(document, "lunches", "[\"2024-10-08\", \"2024-10-10\"]", "LunchesResult");
    result(document, "timesheet", period, "TimesheetResult");
    result(document, "extended-sessions", period, "ExtendedSessionsResult");
    result(document, "employees", "[]", "EmployeesResult");

    JsonNode batch =
        call(
            document,
            "[{\"jsonrpc\": \"2.0\", \"id\": \"a\", \"method\": \"employees\"},"
                + " {\"jsonrpc\": \"2.0\", \"method\": \"employees\"},"
                + " {\"jsonrpc\": \"2.0\", \"id\": 2, \"method\": \"nope\"}]",
            token,
            200);
    assertThat(batch).hasSize(2);
    assertThat(batch.get(1).at("/error/code").asInt()).isEqualTo(-32601);
    call(document, "{\"jsonrpc\": \"2.0\", \"method\": \"employees\"}", token, 204);
    JsonNode invalid =
        call(
            document,
            "{\"jsonrpc\": \"2.0\", \"id\": 3, \"method\": \"sessions\","
                + " \"params\": {\"startDate\": \"yesterday\", \"endDate\": \"2024-10-10\"}}",
            token,
            200);
    assertThat(invalid.at("/error/code").asInt()).isEqualTo(-32602);
    JsonNode refused =
        call(document, "{\"jsonrpc\": \"2.0\", \"id\": 4, \"method\": \"clock-out\"}", token, 200);
    assertThat(refused.at("/error/code").asInt()).isEqualTo(-32010);
    assertThat(call(document, "{\"jsonrpc\": ", token, 200).at("/error/code").asInt())
        .isEqualTo(-32700);
    assertThat(
            call(
                    document,
                    "{\"jsonrpc\": \"2.0\", \"id\": 5, \"method\": \"employees\"}",
                    null,
                    401)
                .at("/error/code")
                .asInt())
        .isEqualTo(-32000);
  }

  /** Calls one method; its answer must be documented and its result of the method's own shape. */
  private JsonNode result(DocumentedAnswers document, String method, String params, String shape)
      throws Exception {
    JsonNode answer =
        call(
            document,
            "{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \""
                + method
                + "\", \"params\": "
                + params
                + "}",
            token,
            200);
    assertThat(answer.has("result")).as(method + ": " + answer).isTrue();
    document.assertMatchesSchema(shape, answer.get("result").toString());
    return answer.get("result");
  }

  private JsonNode call(DocumentedAnswers document, String body, String key, int status)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + JsonRpcEndpoint.PATH))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    HttpResponse<byte[]> answer =
        http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(answer.statusCode())
        .as(body + " answered " + new String(answer.body(), StandardCharsets.UTF_8))
        .isEqualTo(status);
    document.assertDocuments(
        CALL,
        answer.statusCode(),
        answer.headers().firstValue("Content-Type").orElse(null),
        answer.body());
    return answer.body().length == 0 ? JSON.createObjectNode() : JSON.readTree(answer.body());
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
