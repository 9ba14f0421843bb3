package org.worktime.adapters.jsonrpc;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.util.RawValue;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.IOException;

/**
 * The numeric ids of a body's request objects exactly as written ({@code 2.5e-3} stays {@code
 * 2.5e-3}, not {@code 0.0025}), so that they are echoed byte for byte: a JSON tree keeps a number's
 * value, not its spelling.
 */
final class NumericIds {

  private NumericIds() {}

  /**
   * For each request object of the body (one, or each element of a batch), its id as written when
   * it is a number; the body has already been read as valid JSON.
   */
  static List<Option<String>> of(JsonFactory factory, byte[] body) throws IOException {
    try (JsonParser parser = factory.createParser(body)) {
      JsonToken token = parser.nextToken();
      if (token != JsonToken.START_ARRAY) {
        return List.of(idOf(parser, token));
      }
      List<Option<String>> ids = List.empty();
      for (token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
        ids = ids.prepend(idOf(parser, token));
      }
      return ids.reverse();
    }
  }

  /** The id as written, as a node that writes those very characters. */
  static JsonNode raw(String written) {
    return new POJONode(new RawValue(written));
  }

  /** Reads one value from its first token to its end, noting a numeric top-level {@code id}. */
  private static Option<String> idOf(JsonParser parser, JsonToken first) throws IOException {
    if (first != JsonToken.START_OBJECT) {
      parser.skipChildren();
      return Option.none();
    }
    Option<String> id = Option.none();
    for (JsonToken token = parser.nextToken();
        token != JsonToken.END_OBJECT;
        token = parser.nextToken()) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if ("id".equals(name) && value.isNumeric()) {
        id = Option.some(parser.getText());
      }
      parser.skipChildren();
    }
    return id;
  }
}
