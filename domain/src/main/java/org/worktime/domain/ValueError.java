package org.worktime.domain;

/** Why a value given from outside could not become a domain value. */
public sealed interface ValueError {

  /** A human-readable sentence for logs and for dialects without an error vocabulary. */
  String describe();

  /** Text that must name something (an account, an external id) but is empty or only spaces. */
  record BlankText() implements ValueError {
    @Override
    public String describe() {
      return "text is empty or blank; a non-blank value is required";
    }
  }

  record TextTooLong(int length, int maximum) implements ValueError {
    @Override
    public String describe() {
      return "text is " + length + " characters long; at most " + maximum + " are allowed";
    }
  }

  /** NUL cannot be stored by PostgreSQL and is never part of a note a person wrote. */
  record ForbiddenCharacter(int codePoint, int index) implements ValueError {
    @Override
    public String describe() {
      return String.format("text has the forbidden character U+%04X at index %d", codePoint, index);
    }
  }

  /** A lone surrogate: the text is not valid Unicode and would be damaged by any UTF-8 encoder. */
  record BrokenUnicode(int index) implements ValueError {
    @Override
    public String describe() {
      return "text has a lone surrogate at index " + index + ": it is not valid Unicode";
    }
  }

  record CoordinateOutOfRange(String axis, double value, double limit) implements ValueError {
    @Override
    public String describe() {
      return axis + " " + value + " is outside -" + limit + ".." + limit;
    }
  }

  record MalformedIpAddress(String text) implements ValueError {
    @Override
    public String describe() {
      return "'" + text + "' is not an IPv4 or IPv6 address";
    }
  }

  /**
   * A network range that is not one address or two of one family joined by a hyphen, the first not
   * after the last ({@code 10.0.0.0-10.255.255.255}, {@code 10.10.0.1}).
   */
  record MalformedNetworkRange(String text) implements ValueError {
    @Override
    public String describe() {
      return "'"
          + text
          + "' is not a network range: an address, or two of one family joined by '-', the"
          + " first not after the last";
    }
  }

  /** A local wall time that never happened in its zone: the clocks jumped over it (a DST gap). */
  record NonexistentLocalTime(java.time.LocalDateTime wallTime, java.time.ZoneId zone)
      implements ValueError {
    @Override
    public String describe() {
      return wallTime + " does not exist in " + zone + ": the clocks skipped it (daylight saving)";
    }
  }

  /** A company's account name that is not a lower-case DNS label (a subdomain's shape). */
  record MalformedSlug(String text) implements ValueError {
    @Override
    public String describe() {
      return "'"
          + text
          + "' is not an account name: 1 to 63 lower-case letters, digits and hyphens,"
          + " not starting or ending with a hyphen";
    }
  }
}
