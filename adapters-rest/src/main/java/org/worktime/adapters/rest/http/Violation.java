package org.worktime.adapters.rest.http;

import jakarta.validation.Payload;
import java.util.Objects;

/**
 * One field of a request's input that is absent, unknown, of the wrong JSON type or not of the
 * expected form. The field is named as the client wrote it (its JSON name), nested ones by their
 * path ({@code schedule.shifts.MONDAY.start}); each dialect turns violations into its own error
 * shape.
 */
public record Violation(String field, String why, Kind kind) {

  /** The reason a {@link Kind#MISSING} field gives. */
  public static final String REQUIRED = "is required";

  /** What is wrong, so that a dialect can answer each with the vendor's own error code. */
  public enum Kind {
    /** A required field is absent (or null, or empty). */
    MISSING,
    /** A field the request does not have; only dialects that are strict about it report it. */
    UNKNOWN,
    /** A value of the wrong JSON type: text where a number belongs, an object for a value. */
    WRONG_TYPE,
    /** A date-time not in the dialect's format (its constraint has the payload {@link Time}). */
    TIME,
    /** Any other form the value breaks: a pattern, a range, a size, a valid Unicode text. */
    INVALID
  }

  /** The payload that marks a constraint on a date-time's text. */
  public interface Time extends Payload {}

  public Violation {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(why, "why");
    Objects.requireNonNull(kind, "kind");
  }

  public String describe() {
    return "parameter " + field + ": " + why;
  }
}
