package org.worktime.adapters.rest.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import io.javalin.http.HandlerType;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.vavr.collection.List;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Holds real answers to an OpenAPI document: the status must be documented for the operation, the
 * answer's media type among the documented ones, and its body valid against the documented schema
 * (JSON Schema 2020-12 in OpenAPI 3.1's dialect). References between OpenAPI objects (path items,
 * responses) are followed here; those inside schemas by the validator, against the whole document.
 */
public final class DocumentedAnswers {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BASE = "https://worktime.invalid/openapi/";

  private final String name;
  private final JsonNode root;
  private final SchemaRegistry schemas;

  public DocumentedAnswers(String name, String document) {
    this.name = name;
    this.root = read(document);
    this.schemas =
        SchemaRegistry.withDefaultDialect(
            Dialects.getOpenApi31(), builder -> builder.schemas(Map.of(BASE + name, document)));
  }

  /** What swagger-parser says of the document: nothing, for a valid one. */
  public static SwaggerParseResult parse(String document) {
    ParseOptions options = new ParseOptions();
    options.setValidateInternalRefs(true);
    return new OpenAPIV3Parser().readContents(document, null, options);
  }

  public JsonNode root() {
    return root;
  }

  /** The methods a path item may have, as the tests send them. */
  public static final List<HandlerType> METHODS =
      List.of(
          HandlerType.GET,
          HandlerType.POST,
          HandlerType.PUT,
          HandlerType.PATCH,
          HandlerType.DELETE);

  /** Every operation the document describes: each method of each path item. */
  public List<Operation> operations() {
    List<Operation> operations = List.empty();
    Iterator<String> paths = root.path("paths").fieldNames();
    while (paths.hasNext()) {
      String path = paths.next();
      JsonNode item = root.at(follow("/paths/" + escape(path)));
      for (HandlerType method : METHODS) {
        if (item.has(method.name().toLowerCase(Locale.ROOT))) {
          operations = operations.append(new Operation(method, path));
        }
      }
    }
    return operations;
  }

  /** The one documented operation whose method and path template a real request has. */
  public Operation operationFor(String method, String path) {
    String bare = path.split("\\?", 2)[0];
    List<Operation> found =
        operations()
            .filter(operation -> operation.method().name().equals(method))
            .filter(operation -> template(operation.path()).matcher(bare).matches());
    assertThat(found).as(name + ": " + method + " " + bare).hasSize(1);
    return found.head();
  }

  /** The item of a documented path, references followed. */
  public JsonNode pathItem(String path) {
    return root.at(follow("/paths/" + escape(path)));
  }

  /** A path template as a pattern: each {@code {name}} one segment. */
  public static Pattern template(String path) {
    StringBuilder regex = new StringBuilder();
    for (String part : path.split("(?=\\{)|(?<=\\})")) {
      regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
    }
    return Pattern.compile(regex.toString());
  }

  /** Asserts that JSON text is valid against one of the document's component schemas. */
  public void assertMatchesSchema(String component, String json) {
    Schema schema =
        schemas.getSchema(
            SchemaLocation.of(BASE + name + "#/components/schemas/" + escape(component)));
    assertThat(schema.validate(json, InputFormat.JSON))
        .as(name + ": not a " + component + ":\n" + json)
        .isEmpty();
  }

  /**
   * Asserts that the answer is documented: its status for the operation, its media type, and its
   * body against the schema (no body where the response documents no content).
   */
  public void assertDocuments(Operation operation, int status, String contentType, byte[] body) {
    String where = name + ": " + operation + " answered " + status;
    String pathItem = follow("/paths/" + escape(operation.path()));
    assertThat(root.at(pathItem).isMissingNode()).as(where + ": path not documented").isFalse();
    String responses = pathItem + "/" + operation.methodKey() + "/responses";
    assertThat(root.at(responses).isMissingNode()).as(where + ": method not documented").isFalse();
    assertThat(root.at(responses).has(Integer.toString(status)))
        .as(where + ": status not documented; documented are " + fields(root.at(responses)))
        .isTrue();
    String response = follow(responses + "/" + status);
    JsonNode content = root.at(response + "/content");
    if (content.isMissingNode()) {
      assertThat(body).as(where + ": a body where none is documented").isEmpty();
      return;
    }
    String mediaType =
        contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    assertThat(content.has(mediaType))
        .as(where + ": media type " + mediaType + " not among " + fields(content))
        .isTrue();
    String pointer = response + "/content/" + escape(mediaType) + "/schema";
    Schema schema = schemas.getSchema(SchemaLocation.of(BASE + name + "#" + fragment(pointer)));
    String text = new String(body, StandardCharsets.UTF_8);
    java.util.List<Error> errors = schema.validate(text, InputFormat.JSON);
    assertThat(errors)
        .as(where + " with a body that does not match " + pointer + ":\n" + text)
        .isEmpty();
  }

  /** The pointer, or where its {@code $ref} leads (OpenAPI objects may be references). */
  private String follow(String pointer) {
    JsonNode node = root.at(pointer);
    String at = pointer;
    while (node.has("$ref")) {
      String target = node.get("$ref").asText();
      assertThat(target).as("a reference within the document").startsWith("#/");
      at = target.substring(1);
      node = root.at(at);
    }
    return at;
  }

  private static String fields(JsonNode node) {
    return String.join(", ", List.ofAll(node::fieldNames));
  }

  /** RFC 6901: {@code ~} and {@code /} in a key. */
  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  /**
   * A JSON pointer as a URI fragment: characters a fragment may not hold (the braces of a path
   * template) percent-encoded; {@code ~} and {@code /} stay, as the pointer's own escapes.
   */
  private static String fragment(String pointer) {
    StringBuilder fragment = new StringBuilder();
    for (byte b : pointer.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0)) {
        fragment.append(c);
      } else {
        fragment.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return fragment.toString();
  }

  private static JsonNode read(String document) {
    try {
      return JSON.readTree(document);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
