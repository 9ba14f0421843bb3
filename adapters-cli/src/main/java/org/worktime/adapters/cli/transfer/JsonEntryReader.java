package org.worktime.adapters.cli.transfer;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import org.worktime.adapters.cli.Bounds;

/**
 * Reads worktime's own export document with Jackson's streaming parser: one day or timer object at
 * a time is held, never the whole file. An employee's fields come before its {@code days} and
 * {@code timers}, as the export writes them.
 */
final class JsonEntryReader implements EntryReader {

  static final Set<String> SOURCES = JsonFields.known("web", "phone", "terminal", "cli", "api");
  static final Set<String> APPROVALS = JsonFields.known("approved", "pending");
  static final Set<String> ROLES = JsonFields.known("employee", "manager", "admin");

  private static final Set<String> EMPLOYEE =
      JsonFields.known("number", "name", "email", "role", "zone", "days", "timers");
  private static final Set<String> DAY =
      JsonFields.known("zone", "start", "end", "breaks", "source", "approval", "note", "end_note");
  private static final Set<String> BREAK = JsonFields.known("start", "end");
  private static final Set<String> TIMER =
      JsonFields.known(
          "zone", "start", "end", "source", "account", "name", "external_id", "comment");

  private final ObjectMapper mapper = JsonReading.mapper();

  @Override
  public void read(Path file, Consumer<Entry> each) throws IOException, Malformed {
    try (InputStream in = Files.newInputStream(file);
        JsonParser parser = mapper.createParser(in)) {
      document(parser, each);
    } catch (JsonProcessingException unreadable) {
      throw JsonReading.malformed(unreadable);
    }
  }

  private void document(JsonParser parser, Consumer<Entry> each) throws IOException, Malformed {
    JsonToken first = parser.nextToken();
    if (first != JsonToken.START_OBJECT) {
      throw new Malformed(
          JsonReading.position(parser.currentTokenLocation()),
          first == JsonToken.START_ARRAY
              ? "an array, as Timewarrior exports: use --format timewarrior"
              : "a worktime export is a JSON object");
    }
    boolean formatSeen = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      String position = JsonReading.position(parser.currentTokenLocation());
      switch (name) {
        case "format" -> {
          if (value != JsonToken.VALUE_STRING || !parser.getText().equals(JsonEntryWriter.FORMAT)) {
            throw new Malformed(position, "\"format\" must be \"worktime\"");
          }
          formatSeen = true;
        }
        case "version" -> {
          if (value != JsonToken.VALUE_NUMBER_INT
              || parser.getLongValue() != JsonEntryWriter.VERSION) {
            throw new Malformed(
                position,
                "\"version\" "
                    + parser.getText()
                    + " is not one this worktime reads ("
                    + JsonEntryWriter.VERSION
                    + ")");
          }
        }
        case "from", "to" -> date(parser, value, name, position);
        case "employees" -> employees(parser, value, each, position);
        default -> throw new Malformed(position, "unknown field \"" + name + "\"");
      }
    }
    JsonReading.endOfDocument(parser);
    if (!formatSeen) {
      throw new Malformed("line 1", "not a worktime export: \"format\": \"worktime\" is missing");
    }
  }

  private static void date(JsonParser parser, JsonToken value, String name, String position)
      throws IOException, Malformed {
    if (value == JsonToken.VALUE_NULL) {
      return;
    }
    try {
      if (value != JsonToken.VALUE_STRING) {
        throw new DateTimeParseException("not a string", "", 0);
      }
      if (!Bounds.holds(LocalDate.parse(parser.getText()))) {
        throw new DateTimeParseException("not of years 1 to 9999", parser.getText(), 0);
      }
    } catch (DateTimeParseException notADate) {
      throw new Malformed(position, "\"" + name + "\" must be a date like 2026-03-10, or null");
    }
  }

  private void employees(JsonParser parser, JsonToken value, Consumer<Entry> each, String position)
      throws IOException, Malformed {
    if (value != JsonToken.START_ARRAY) {
      throw new Malformed(position, "\"employees\" must be an array");
    }
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      employee(parser, each);
    }
  }

  private void employee(JsonParser parser, Consumer<Entry> each) throws IOException, Malformed {
    String position = JsonReading.position(parser.currentTokenLocation());
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw new Malformed(position, "an employee must be a JSON object");
    }
    ObjectNode header = JsonNodeFactory.instance.objectNode();
    Option<Long> number = Option.none();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      String at = JsonReading.position(parser.currentTokenLocation());
      if (name.equals("days") || name.equals("timers")) {
        if (number.isEmpty()) {
          number = Option.some(emit(header, position, each));
        }
        records(parser, value, name, number.get(), each, at);
      } else if (number.isDefined()) {
        throw new Malformed(
            at, "employee: \"" + name + "\" must come before the employee's days and timers");
      } else {
        header.set(name, parser.readValueAsTree());
      }
    }
    if (number.isEmpty()) {
      emit(header, position, each);
    }
  }

  private static long emit(ObjectNode header, String position, Consumer<Entry> each)
      throws Malformed {
    JsonFields fields = JsonFields.of(header, "employee", position, EMPLOYEE);
    long number = fields.requiredPositive("number");
    Option<String> role = fields.text("role");
    if (role.isDefined() && !ROLES.contains(role.get())) {
      throw fields.malformed("\"role\" must be employee, manager or admin");
    }
    each.accept(
        new Entry.EmployeeEntry(
            number,
            fields.text("name"),
            fields.text("email"),
            role,
            fields.zone("zone"),
            position));
    return number;
  }

  private void records(
      JsonParser parser,
      JsonToken value,
      String kind,
      long employee,
      Consumer<Entry> each,
      String position)
      throws IOException, Malformed {
    if (value == JsonToken.VALUE_NULL) {
      return;
    }
    if (value != JsonToken.START_ARRAY) {
      throw new Malformed(position, "\"" + kind + "\" must be an array");
    }
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      JsonLocation start = parser.currentTokenLocation();
      JsonNode node = parser.readValueAsTree();
      String at = JsonReading.position(start);
      each.accept(kind.equals("days") ? day(node, employee, at) : timer(node, employee, at));
    }
  }

  private static Entry.DayEntry day(JsonNode node, long employee, String position)
      throws Malformed {
    JsonFields fields = JsonFields.of(node, "day", position, DAY);
    List<Entry.BreakEntry> breaks = List.empty();
    JsonNode array = fields.array("breaks");
    if (array != null) {
      for (JsonNode pause : array) {
        JsonFields times = JsonFields.of(pause, "break", position, BREAK);
        breaks =
            breaks.append(new Entry.BreakEntry(times.requiredTime("start"), times.time("end")));
      }
    }
    return new Entry.DayEntry(
        employee,
        fields.requiredZone("zone"),
        fields.requiredTime("start"),
        fields.time("end"),
        breaks,
        oneOf(fields, "source", SOURCES, "cli"),
        oneOf(fields, "approval", APPROVALS, "approved"),
        fields.text("note"),
        fields.text("end_note"),
        position);
  }

  private static Entry.TimerEntry timer(JsonNode node, long owner, String position)
      throws Malformed {
    JsonFields fields = JsonFields.of(node, "timer", position, TIMER);
    return new Entry.TimerEntry(
        owner,
        fields.requiredZone("zone"),
        fields.requiredTime("start"),
        fields.time("end"),
        oneOf(fields, "source", SOURCES, "cli"),
        fields.text("account"),
        fields.text("name"),
        fields.text("external_id"),
        fields.text("comment"),
        position);
  }

  private static String oneOf(JsonFields fields, String field, Set<String> allowed, String absent)
      throws Malformed {
    String value = fields.text(field).getOrElse(absent);
    if (!allowed.contains(value)) {
      throw fields.malformed(
          "\"" + field + "\" must be one of " + allowed.toSortedSet().mkString(", "));
    }
    return value;
  }
}
