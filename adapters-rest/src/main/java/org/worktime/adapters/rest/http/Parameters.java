package org.worktime.adapters.rest.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request's named values from the query string and the body, names compared without case ({@code
 * USER_ID} is {@code user_id}). A name given twice, in any spelling or in both places, is a
 * problem: the request is ambiguous. Values are text (a JSON number as its exact decimal text, as
 * vendors with weak typing send numbers either way); a JSON object or array is kept as it is, for
 * the request's DTO to refuse where a field expects a value, or to ignore where no field is.
 */
public final class Parameters {

  private final Map<String, JsonNode> values;

  /** Each name as it was given, by its key: for the values whose names are data (a batch's). */
  private final Map<String, String> spelling;

  private Parameters(Map<String, JsonNode> values, Map<String, String> spelling) {
    this.values = values;
    this.spelling = spelling;
  }

  public static Parameters empty() {
    return new Parameters(LinkedHashMap.empty(), LinkedHashMap.empty());
  }

  /** Adds a value; a name already present is a problem. */
  public Either<Problem, Parameters> with(String name, String value) {
    return with(name, JsonNodeFactory.instance.textNode(value));
  }

  /** Adds a JSON object or array as it is; a name already present is a problem. */
  Either<Problem, Parameters> with(String name, JsonNode value) {
    String key = keyOf(name);
    return values.containsKey(key)
        ? Either.left(new Problem.InvalidParameter(name, "given more than once"))
        : Either.right(new Parameters(values.put(key, value), spelling.put(key, name)));
  }

  /** Both sets; a name in both is a problem. */
  public Either<Problem, Parameters> and(Parameters other) {
    Either<Problem, Parameters> merged = Either.right(this);
    for (var entry : other.values) {
      merged = merged.flatMap(sum -> sum.with(entry._1, entry._2));
    }
    return merged;
  }

  /**
   * These parameters if every one is a single value, for a reader without a DTO: an object or array
   * is a problem that names it.
   */
  public Either<Problem, Parameters> singleValues() {
    return values
        .find(entry -> entry._2.isContainerNode())
        .<Either<Problem, Parameters>>map(
            entry -> Either.left(new Problem.InvalidParameter(entry._1, "must be a single value")))
        .getOrElse(Either.right(this));
  }

  /**
   * The text, if given and not empty (clients send empty values for "not given"); an object or
   * array is not a value.
   */
  public Option<String> get(String name) {
    return values
        .get(keyOf(name))
        .filter(JsonNode::isTextual)
        .map(JsonNode::asText)
        .filter(value -> !value.isEmpty());
  }

  /** The same names with each text value changed by {@code change}; objects and arrays kept. */
  public Parameters mapTexts(java.util.function.UnaryOperator<String> change) {
    return new Parameters(
        values.mapValues(
            value ->
                value.isTextual()
                    ? JsonNodeFactory.instance.textNode(change.apply(value.asText()))
                    : value),
        spelling);
  }

  /** The value as given, a JSON object or array included. */
  public Option<JsonNode> node(String name) {
    return values.get(keyOf(name));
  }

  /**
   * The values named {@code prefix[...]}, in the order given, each by what its brackets hold as
   * written (the form encoding of a map: {@code cmd[get_user]=...}). Deeper names ({@code
   * cmd[a][b]}) are not among them.
   */
  public io.vavr.collection.List<io.vavr.Tuple2<String, JsonNode>> indexed(String prefix) {
    String start = keyOf(prefix) + "[";
    return values
        .filter(
            entry ->
                entry._1.startsWith(start)
                    && entry._1.indexOf(']') == entry._1.length() - 1
                    && entry._1.indexOf('[', start.length()) < 0)
        .map(
            entry -> {
              String given = spelling.get(entry._1).getOrElse(entry._1);
              return io.vavr.Tuple.of(
                  given.substring(start.length(), given.length() - 1), entry._2);
            })
        .toList();
  }

  /**
   * The values named {@code prefix[row][field]}, the form encoding of a list of maps ({@code
   * RANGES[0][ip_range]=...}, as PHP's {@code http_build_query} writes one): one JSON object per
   * row, in the order each row first appears, its fields named in lower case. Other names under the
   * prefix are not among them.
   */
  public io.vavr.collection.List<ObjectNode> rows(String prefix) {
    Pattern cell =
        Pattern.compile(Pattern.quote(keyOf(prefix)) + "\\[([^\\[\\]]*)\\]\\[([^\\[\\]]*)\\]");
    java.util.Map<String, ObjectNode> byRow = new java.util.LinkedHashMap<>();
    for (var entry : values) {
      Matcher name = cell.matcher(entry._1);
      if (name.matches()) {
        byRow
            .computeIfAbsent(name.group(1), row -> JsonNodeFactory.instance.objectNode())
            .set(name.group(2), entry._2);
      }
    }
    return io.vavr.collection.List.ofAll(byRow.values());
  }

  /**
   * The values as one JSON object, names in lower case and empty values left out, for binding to a
   * request DTO whose fields are named in lower case.
   */
  public ObjectNode asJson() {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    values
        .filter(entry -> entry._2.isContainerNode() || !entry._2.asText().isEmpty())
        .forEach(entry -> json.set(entry._1, entry._2));
    return json;
  }

  private static String keyOf(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
