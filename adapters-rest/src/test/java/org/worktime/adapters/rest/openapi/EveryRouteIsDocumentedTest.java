package org.worktime.adapters.rest.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.HandlerType;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The documents and the server are held to each other from both sides: the operations each dialect
 * dispatches by are exactly those its document describes; every route Javalin holds lies under a
 * documented path; every documented operation is answered (never 404 or 405) with an answer its
 * document describes; and no other method is answered on a documented path.
 */
class EveryRouteIsDocumentedTest extends ApiFixture {

  /** Served beside the dialects, for operators and people, and not part of any vendor's API. */
  private static final List<String> UNDOCUMENTED = List.of("/health/", "/metrics", "/openapi");

  private static final Pattern PARAMETER = Pattern.compile("\\{([a-z_]+)\\}");

  private final Map<String, String> values = new HashMap<>();

  /**
   * Real records for every path parameter: Nora's day with a finished break (through Staffomatic),
   * her running timer (through TheBase), a policy, a location and a spare key.
   */
  @BeforeEach
  void recordsForEveryPathParameter() {
    long workTimer =
        send(
                "POST",
                "/v3/work_timers.json",
                adminToken,
                "application/json",
                "{\"do\": \"start\", \"user_id\": " + nora.number() + "}")
            .json()
            .get("id")
            .asLong();
    clock.advance(Duration.ofHours(2));
    long breakTimer =
        send(
                "POST",
                "/v3/break_timers.json",
                adminToken,
                "application/json",
                "{\"do\": \"start\", \"work_timer_id\": " + workTimer + "}")
            .json()
            .get("id")
            .asLong();
    clock.advance(Duration.ofMinutes(20));
    send(
        "PUT",
        "/v3/break_timers/" + breakTimer + ".json",
        adminToken,
        "application/json",
        "{\"do\": \"stop\"}");
    String timer =
        send(
                "POST",
                "/v2/timer/start",
                adminToken,
                "application/json",
                "{\"owner\": \"" + nora.id().value().toDecimal() + "\"}")
            .json()
            .get("id")
            .asText();
    String policy =
        send(
                "POST",
                "/api/v1/policies",
                adminToken,
                "application/json",
                "{\"schedule\": {\"type\": \"flexible\"}}")
            .json()
            .get("id")
            .asText();
    values.put("work_timer_id", Long.toString(workTimer));
    values.put("break_timer_id", Long.toString(breakTimer));
    values.put(
        "location_id",
        Long.toString(engine.shortNumbers().numberOf(asAdmin, werkSued.id().value())));
    values.put("timer_id", timer);
    values.put("number", Long.toString(nora.number()));
    values.put("user_id", Long.toString(nora.number()));
    values.put("/api/v1/policies/{id}", policy);
    values.put("/api/v1/locations/{id}", werkSued.id().toString());
    values.put(
        "/api/v1/keys/{id}",
        engine
            .apiKeys()
            .issue(asAdmin, nora.id(), "spare", Option.none())
            .get()
            .key()
            .id()
            .toString());
  }

  @Test
  void eachDocumentDescribesExactlyTheOperationsItsDialectsDispatchBy() {
    Map<String, DocumentedAnswers> documents = documents();
    for (ApiDocument document : server.apiDocuments()) {
      assertThat(documents.get(document.name()).operations())
          .as(document.name())
          .isNotEmpty()
          .containsExactlyInAnyOrderElementsOf(document.operations());
    }
  }

  @Test
  void everyRouteJavalinHoldsLiesUnderADocumentedPath() {
    Seq<Operation> documented =
        List.ofAll(documents().values()).flatMap(DocumentedAnswers::operations);
    Seq<Operation> routes =
        server.routes().filter(route -> UNDOCUMENTED.forAll(p -> !route.path().startsWith(p)));

    assertThat(routes).isNotEmpty();
    for (Operation route : routes) {
      Pattern pattern = route(route.path());
      assertThat(documented.exists(op -> pattern.matcher(sample(op.path())).matches()))
          .as("Javalin routes " + route + ", under no documented path")
          .isTrue();
    }
    for (Operation operation : documented) {
      assertThat(
              routes.exists(
                  route ->
                      route.method().equals(operation.method())
                          && route(route.path()).matcher(sample(operation.path())).matches()))
          .as(operation + " is documented, but no route of Javalin takes it")
          .isTrue();
    }
  }

  @Test
  void everyDocumentedOperationIsAnsweredAsItsDocumentSays() {
    for (Map.Entry<String, DocumentedAnswers> entry : documents().entrySet()) {
      DocumentedAnswers document = entry.getValue();
      // Reads first, deletions last, so that every record still exists when it is read.
      for (Operation operation :
          document.operations().sortBy(op -> DocumentedAnswers.METHODS.indexOf(op.method()))) {
        Reply reply = call(document, operation);

        assertThat(reply.status()).as(operation + " answered " + reply.text()).isNotIn(404, 405);
        document.assertDocuments(operation, reply.status(), reply.contentType(), reply.body());
      }
    }
  }

  @Test
  void noOtherMethodIsAnsweredOnADocumentedPath() {
    for (DocumentedAnswers document : documents().values()) {
      Seq<Operation> operations = document.operations();
      for (String path : operations.map(Operation::path).distinct()) {
        for (HandlerType method : DocumentedAnswers.METHODS) {
          if (!operations.contains(new Operation(method, path))) {
            Reply reply = send(method.name(), concrete(path), adminToken, null, null);

            assertThat(reply.status()).as(method + " " + path + ": " + reply.text()).isIn(404, 405);
          }
        }
      }
    }
  }

  /**
   * The operation with the admin's key and, where it takes a body, an empty one of its first media
   * type: enough for every operation to be answered by its own code, if only to refuse.
   */
  private Reply call(DocumentedAnswers document, Operation operation) {
    JsonNode item =
        document.root().at("/paths/" + operation.path().replace("~", "~0").replace("/", "~1"));
    while (item.has("$ref")) {
      item = document.root().at(item.get("$ref").asText().substring(1));
    }
    JsonNode content = item.path(operation.methodKey()).path("requestBody").path("content");
    String mediaType = content.fieldNames().hasNext() ? content.fieldNames().next() : null;
    String body = mediaType == null ? null : mediaType.endsWith("json") ? "{}" : "";
    return send(operation.method().name(), concrete(operation.path()), adminToken, mediaType, body);
  }

  /** The template with the fixture's real values. */
  private String concrete(String template) {
    Matcher parameters = PARAMETER.matcher(template);
    StringBuilder path = new StringBuilder();
    while (parameters.find()) {
      String value = values.getOrDefault(parameters.group(1), values.get(template));
      assertThat(value).as("a value for " + parameters.group() + " in " + template).isNotNull();
      parameters.appendReplacement(path, Matcher.quoteReplacement(value));
    }
    parameters.appendTail(path);
    return path.toString();
  }

  /** A Javalin path as a pattern: {@code {name}} one segment, {@code <name>} any number. */
  private static Pattern route(String path) {
    StringBuilder regex = new StringBuilder();
    for (String part : path.split("(?=[{<])|(?<=[}>])")) {
      if (part.startsWith("{")) {
        regex.append("[^/]+");
      } else if (part.startsWith("<")) {
        regex.append(".+");
      } else {
        regex.append(Pattern.quote(part));
      }
    }
    return Pattern.compile(regex.toString());
  }

  /** A documented path with each parameter filled in. */
  private static String sample(String template) {
    return PARAMETER.matcher(template).replaceAll("1");
  }
}
