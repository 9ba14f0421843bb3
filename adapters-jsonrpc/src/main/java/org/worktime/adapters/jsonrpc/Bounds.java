package org.worktime.adapters.jsonrpc;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.vavr.control.Option;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedList;

/**
 * The ranges every number and date from outside is held to before it is used, for every method: a
 * number's text is checked before any {@link java.math.BigDecimal} is built from it ({@code
 * 1e1000000000} is 12 bytes, its plain digits a gigabyte), dates are years 1 to 9999. Each check
 * answers why a value is out of range, or nothing when it is in.
 */
public final class Bounds {

  /** The longest number text read, sign, point and exponent included. */
  public static final int MAX_NUMBER_LENGTH = 100;

  /** The largest exponent, either way, of a number read ({@code 1e100}, {@code 1e-100}). */
  public static final int MAX_EXPONENT = 100;

  public static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
  public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

  static final String DATE = "must be a date from 0001-01-01 to 9999-12-31";

  /** Tokens only, no length limit of its own on a number: the bound below names the number. */
  private static final JsonFactory SCANNER =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder().maxNumberLength(Integer.MAX_VALUE).build())
          .build();

  private Bounds() {}

  /**
   * Why the body cannot be read for a number whose text is out of range, naming where it is ({@code
   * params.employeeNumber}); none when every number is in range or the body is not JSON (which the
   * reading that follows answers).
   */
  static Option<String> numbersOf(byte[] body) {
    try (JsonParser parser = SCANNER.createParser(body)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token.isNumeric() && !inRange(parser.getText())) {
          String path = path(parser.getParsingContext());
          return Option.some(
              "the number at "
                  + (path.isEmpty() ? "the top level" : path)
                  + " is not read: at most "
                  + MAX_NUMBER_LENGTH
                  + " characters with an exponent from -"
                  + MAX_EXPONENT
                  + " to "
                  + MAX_EXPONENT);
        }
      }
    } catch (IOException notJson) {
      return Option.none();
    }
    return Option.none();
  }

  /** A number's text, read digit by digit and never converted, within the bounds. */
  static boolean inRange(String text) {
    if (text.length() > MAX_NUMBER_LENGTH) {
      return false;
    }
    int e = Math.max(text.indexOf('e'), text.indexOf('E'));
    long exponent = 0;
    for (int i = e + 1; e >= 0 && i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        exponent = exponent * 10 + (c - '0');
        if (exponent > MAX_EXPONENT) {
          return false;
        }
      }
    }
    return true;
  }

  /** Why a date is out of range. */
  public static Option<String> date(LocalDate date) {
    return date.isBefore(EARLIEST) || date.isAfter(LATEST) ? Option.some(DATE) : Option.none();
  }

  /** Why a wall time's date is out of range. */
  public static Option<String> wallTime(LocalDateTime at) {
    return date(at.toLocalDate());
  }

  private static String path(JsonStreamContext context) {
    LinkedList<String> parts = new LinkedList<>();
    for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
      if (at.inObject() && at.getCurrentName() != null) {
        parts.addFirst(at.getCurrentName());
      } else if (at.inArray()) {
        parts.addFirst(Integer.toString(Math.max(0, at.getCurrentIndex())));
      }
    }
    return String.join(".", parts);
  }
}
