package org.worktime.adapters.rest.management;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.worktime.adapters.rest.http.Problem;
import org.worktime.domain.ValueError;
import org.worktime.domain.employee.Role;
import org.worktime.domain.id.Id;
import org.worktime.domain.text.Note;

/**
 * Reads the fields of one JSON object of a request body, collecting every field's problem (named by
 * its path, e.g. {@code schedule.shifts.MONDAY.start}) instead of stopping at the first, so that a
 * client learns all that is wrong at once. A field given as {@code null} counts as not given.
 */
final class Fields {

  static final String REQUIRED = "is required";
  private static final Pattern WALL_TIME = Pattern.compile("\\d{2}:\\d{2}(:\\d{2})?");
  private static final int MAXIMUM_TEXT = 200;
  private static final int MAXIMUM_EMAIL = 254;

  private final JsonNode node;
  private final String path;
  private final Problems problems;

  private Fields(JsonNode node, String path, Problems problems) {
    this.node = node;
    this.path = path;
    this.problems = problems;
  }

  /** The body's top-level object; anything else is a malformed request. */
  static Either<Problem, Fields> of(JsonNode body) {
    return body.isObject()
        ? Either.right(new Fields(body, "", new Problems()))
        : Either.left(new Problem.Malformed("the JSON body must be an object"));
  }

  /** Every field not among the names is a problem: a typo must not be silently ignored. */
  Fields allowOnly(String... names) {
    Set<String> allowed = Set.of(names);
    Iterator<String> given = node.fieldNames();
    while (given.hasNext()) {
      String name = given.next();
      if (!allowed.contains(name)) {
        problems.add(name(name), "is not a field here; the fields are " + String.join(", ", names));
      }
    }
    return this;
  }

  boolean has(String name) {
    return node.hasNonNull(name);
  }

  /** Marks a field that must not be given here. */
  void forbid(String name, String why) {
    if (node.has(name)) {
      problems.add(name(name), why);
    }
  }

  void require(String name) {
    if (!has(name)) {
      problems.add(name(name), REQUIRED);
    }
  }

  /** Text a person wrote: 1 to 200 characters, not blank, valid Unicode, no NUL. */
  Option<String> text(String name) {
    return string(name).flatMap(text -> checked(name, text, MAXIMUM_TEXT));
  }

  Option<String> email(String name) {
    return string(name)
        .flatMap(text -> checked(name, text, MAXIMUM_EMAIL))
        .flatMap(
            text -> {
              int at = text.indexOf('@');
              if (at < 1
                  || at == text.length() - 1
                  || text.chars().anyMatch(Character::isWhitespace)) {
                problems.add(name(name), "must be an email address like ada@example.com");
                return Option.none();
              }
              return Option.some(text);
            });
  }

  /** A whole number from 1 up. */
  Option<Long> positiveNumber(String name) {
    return present(name)
        .flatMap(
            value -> {
              if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 1) {
                problems.add(name(name), "must be a whole number from 1 up");
                return Option.none();
              }
              return Option.some(value.asLong());
            });
  }

  /** A whole number from 1 up to {@code maximum}. */
  Option<Integer> count(String name, int maximum) {
    return positiveNumber(name)
        .flatMap(
            number -> {
              if (number > maximum) {
                problems.add(name(name), "must be at most " + maximum);
                return Option.none();
              }
              return Option.some(number.intValue());
            });
  }

  /** An IANA time zone name such as {@code Asia/Jerusalem}; offsets are not zones. */
  Option<ZoneId> zone(String name) {
    return string(name)
        .flatMap(
            text -> {
              if (!ZoneId.getAvailableZoneIds().contains(text)) {
                problems.add(name(name), "must be an IANA time zone name like Europe/Berlin");
                return Option.none();
              }
              return Option.some(ZoneId.of(text));
            });
  }

  Option<Role> role(String name) {
    return string(name)
        .flatMap(
            text ->
                List.of(Role.values())
                    .find(role -> role.name().toLowerCase(Locale.ROOT).equals(text))
                    .onEmpty(
                        () -> problems.add(name(name), "must be one of employee, manager, admin")));
  }

  /** An id in its UUID form. */
  Option<Id> id(String name) {
    return string(name)
        .flatMap(
            text ->
                Id.fromUuid(text)
                    .onEmpty(() -> problems.add(name(name), "must be an id in UUID form")));
  }

  /** A local wall time, {@code HH:MM} or {@code HH:MM:SS}. */
  Option<LocalTime> wallTime(String name) {
    return string(name)
        .flatMap(
            text -> {
              try {
                if (WALL_TIME.matcher(text).matches()) {
                  return Option.some(LocalTime.parse(text));
                }
              } catch (DateTimeParseException invalid) {
                // answered below, like any other text that is not a wall time
              }
              problems.add(name(name), "must be a local time like 09:30");
              return Option.none();
            });
  }

  /** An ISO-8601 duration such as {@code PT8H}, not negative. */
  Option<Duration> duration(String name) {
    return string(name)
        .flatMap(
            text -> {
              try {
                Duration duration = Duration.parse(text);
                if (!duration.isNegative()) {
                  return Option.some(duration);
                }
              } catch (DateTimeParseException invalid) {
                // answered below
              }
              problems.add(name(name), "must be a duration like PT8H or PT30M, not negative");
              return Option.none();
            });
  }

  Option<Boolean> bool(String name) {
    return present(name)
        .flatMap(
            value -> {
              if (!value.isBoolean()) {
                problems.add(name(name), "must be true or false");
                return Option.none();
              }
              return Option.some(value.asBoolean());
            });
  }

  /** A nested object, read with the same collected problems. */
  Option<Fields> object(String name) {
    return present(name)
        .flatMap(
            value -> {
              if (!value.isObject()) {
                problems.add(name(name), "must be a JSON object");
                return Option.none();
              }
              return Option.some(new Fields(value, name(name) + ".", problems));
            });
  }

  /** The names of this object's fields, in the order given. */
  List<String> names() {
    return List.ofAll(node::fieldNames);
  }

  void invalid(String name, String why) {
    problems.add(name(name), why);
  }

  /** The value built from the fields, or every problem found on the way. */
  <T> Either<Problem, T> result(Supplier<T> build) {
    if (!problems.all.isEmpty()) {
      return Either.left(new Problem.InvalidParameters(problems.all));
    }
    try {
      return Either.right(build.get());
    } catch (IllegalArgumentException refused) {
      // The domain's own guard, should a rule here fall behind it: still the client's input.
      return Either.left(
          new Problem.InvalidParameters(
              List.of(
                  new Problem.InvalidParameter(
                      path.isEmpty() ? "body" : path, refused.getMessage()))));
    }
  }

  private Option<JsonNode> present(String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? Option.none() : Option.some(value);
  }

  private Option<String> string(String name) {
    return present(name)
        .flatMap(
            value -> {
              if (!value.isTextual()) {
                problems.add(name(name), "must be a string");
                return Option.none();
              }
              return Option.some(value.asText());
            });
  }

  private Option<String> checked(String name, String text, int maximum) {
    Either<ValueError, Note> note = Note.of(text);
    if (note.isLeft()) {
      problems.add(name(name), note.getLeft().describe());
      return Option.none();
    }
    if (text.isBlank()) {
      problems.add(name(name), "must not be empty or blank");
      return Option.none();
    }
    int length = text.codePointCount(0, text.length());
    if (length > maximum) {
      problems.add(name(name), "is " + length + " characters long; at most " + maximum);
      return Option.none();
    }
    return Option.some(text);
  }

  private String name(String field) {
    return path + field;
  }

  /** The problems found so far, shared by an object and the objects nested in it. */
  private static final class Problems {
    private List<Problem.InvalidParameter> all = List.empty();

    void add(String field, String why) {
      all = all.append(new Problem.InvalidParameter(field, why));
    }
  }
}
