package org.worktime.adapters.rest.management;

import io.vavr.control.Option;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.worktime.adapters.rest.http.Bounds;
import org.worktime.adapters.rest.http.Text;
import org.worktime.domain.id.Id;

/**
 * The forms of text the management API reads ({@code @Text(Forms.Zone.class)}), each with the
 * message that explains it.
 */
final class Forms {

  private static final Pattern WALL_TIME = Pattern.compile("\\d{2}:\\d{2}(:\\d{2})?");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@\\S+");

  private Forms() {}

  /** An IANA zone name such as {@code Asia/Jerusalem}; an offset is not a zone. */
  static final class Zone extends Text.Parses {
    Zone() {
      super(
          text -> ZoneId.getAvailableZoneIds().contains(text),
          "must be an IANA time zone name like Europe/Berlin");
    }
  }

  /** An id in its UUID form. */
  static final class Uuid extends Text.Parses {
    Uuid() {
      super(text -> Id.fromUuid(text).isDefined(), "must be an id in UUID form");
    }
  }

  /** A local wall time, {@code HH:MM} or {@code HH:MM:SS}. */
  static final class WallTime extends Text.Parses {
    WallTime() {
      super(Forms::isWallTime, "must be a local time like 09:30");
    }
  }

  /** An ISO-8601 duration such as {@code PT8H}, not negative, within the {@link Bounds}. */
  static final class Span implements Text.Rule {
    @Override
    public Option<String> brokenBy(String text) {
      return duration(text, Duration.ZERO, "must be a duration like PT8H or PT30M, not negative");
    }
  }

  /**
   * An ISO-8601 duration longer than zero, such as a key's {@code P30D}, within the {@link Bounds}.
   */
  static final class Validity implements Text.Rule {
    @Override
    public Option<String> brokenBy(String text) {
      return duration(text, Duration.ofNanos(1), "must be a duration like P30D, longer than zero");
    }
  }

  /** A weekday's name, {@code MONDAY} to {@code SUNDAY}, in any case. */
  static final class Weekday extends Text.Parses {
    Weekday() {
      super(text -> weekday(text) != null, "is not a weekday; the weekdays are MONDAY to SUNDAY");
    }
  }

  /** An {@code @} after at least one character, something after it, and no white space. */
  static final class Email extends Text.Parses {
    Email() {
      super(text -> EMAIL.matcher(text).matches(), "must be an email address like ada@example.com");
    }
  }

  /** The weekday the name means, in any case; null for none. */
  static DayOfWeek weekday(String name) {
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.name().equals(name.toUpperCase(Locale.ROOT))) {
        return day;
      }
    }
    return null;
  }

  private static boolean isWallTime(String text) {
    try {
      return WALL_TIME.matcher(text).matches() && LocalTime.parse(text) != null;
    } catch (DateTimeParseException invalid) {
      return false;
    }
  }

  /** Why the text is not an ISO-8601 duration from {@code least} to the longest one read. */
  private static Option<String> duration(String text, Duration least, String expected) {
    Duration duration;
    try {
      duration = Duration.parse(text);
    } catch (DateTimeParseException invalid) {
      return Option.some(expected);
    }
    return duration.compareTo(least) < 0 ? Option.some(expected) : Bounds.duration(duration);
  }
}
