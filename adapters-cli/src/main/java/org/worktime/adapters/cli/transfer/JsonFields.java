package org.worktime.adapters.cli.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Iterator;

/**
 * The fields of one JSON object of an import file, read strictly: a field of the wrong type, a time
 * without an offset, an unknown zone or an unknown field makes the file malformed at the object's
 * position.
 */
final class JsonFields {

  private final JsonNode node;
  private final String what;
  private final String position;

  private JsonFields(JsonNode node, String what, String position) {
    this.node = node;
    this.what = what;
    this.position = position;
  }

  /** The object's fields; anything but an object, or a field not in {@code known}, is malformed. */
  static JsonFields of(JsonNode node, String what, String position, Set<String> known)
      throws Malformed {
    if (node == null || !node.isObject()) {
      throw new Malformed(position, what + " must be a JSON object");
    }
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        throw new Malformed(position, what + " has an unknown field \"" + name + "\"");
      }
    }
    return new JsonFields(node, what, position);
  }

  /** The object's fields, ignoring fields it does not know (another tool's newer ones). */
  static JsonFields lenient(JsonNode node, String what, String position) throws Malformed {
    if (node == null || !node.isObject()) {
      throw new Malformed(position, what + " must be a JSON object");
    }
    return new JsonFields(node, what, position);
  }

  static Set<String> known(String... names) {
    return HashSet.of(names);
  }

  String position() {
    return position;
  }

  Option<String> text(String field) throws Malformed {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return Option.none();
    }
    if (!value.isTextual()) {
      throw malformed("\"" + field + "\" must be a string");
    }
    return Option.some(value.textValue());
  }

  String requiredText(String field) throws Malformed {
    Option<String> value = text(field);
    if (value.isEmpty()) {
      throw malformed("\"" + field + "\" is required");
    }
    return value.get();
  }

  Option<OffsetDateTime> time(String field) throws Malformed {
    Option<String> text = text(field);
    if (text.isEmpty()) {
      return Option.none();
    }
    Option<OffsetDateTime> time = Times.parse(text.get());
    if (time.isEmpty()) {
      throw malformed(
          "\""
              + field
              + "\" must be a time with an offset, like 2026-03-10T09:00:00+01:00, not '"
              + text.get()
              + "'");
    }
    return time;
  }

  OffsetDateTime requiredTime(String field) throws Malformed {
    Option<OffsetDateTime> time = time(field);
    if (time.isEmpty()) {
      throw malformed("\"" + field + "\" is required");
    }
    return time.get();
  }

  Option<ZoneId> zone(String field) throws Malformed {
    Option<String> id = text(field);
    if (id.isEmpty()) {
      return Option.none();
    }
    Option<ZoneId> zone = Times.zone(id.get());
    if (zone.isEmpty()) {
      throw malformed(
          "\"" + field + "\" names a time zone this Java does not know: '" + id.get() + "'");
    }
    return zone;
  }

  ZoneId requiredZone(String field) throws Malformed {
    Option<ZoneId> zone = zone(field);
    if (zone.isEmpty()) {
      throw malformed("\"" + field + "\" is required");
    }
    return zone.get();
  }

  long requiredPositive(String field) throws Malformed {
    JsonNode value = node.get(field);
    if (value == null || !value.canConvertToExactIntegral() || !value.canConvertToLong()) {
      throw malformed("\"" + field + "\" must be a whole number");
    }
    long number = value.asLong();
    if (number <= 0) {
      throw malformed("\"" + field + "\" must be positive");
    }
    return number;
  }

  JsonNode array(String field) throws Malformed {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isArray()) {
      throw malformed("\"" + field + "\" must be an array");
    }
    return value;
  }

  Malformed malformed(String problem) {
    return new Malformed(position, what + ": " + problem);
  }
}
