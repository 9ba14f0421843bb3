package org.worktime.adapters.rest.bitrix;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.worktime.adapters.rest.http.Bounds;
import org.worktime.adapters.rest.http.Text;

/**
 * Bitrix's time formats: ATOM date-times ({@code 2017-04-21T07:30:00+08:00}, PHP's {@code
 * DATE_ATOM}) and durations as {@code HH:MM:SS}, whose hours may exceed 24.
 */
final class BitrixTimes {

  static final String ATOM_EXAMPLE = "2017-04-21T07:30:00+08:00";

  private static final DateTimeFormatter ATOM =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

  /**
   * Whole seconds and an offset ({@code Z} taken as {@code +00:00}). A space where the offset's
   * sign belongs is read as {@code +}: clients that forget to escape {@code +} in a query string
   * send it as a space.
   */
  private static final Pattern ATOM_TEXT =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+\\- ]\\d{2}:\\d{2})");

  private BitrixTimes() {}

  /** {@code TIME}: ATOM, spaces around it allowed, within the {@link Bounds}. */
  static final class Atom implements Text.Rule {
    @Override
    public Option<String> brokenBy(String text) {
      return parseAtom(text.trim())
          .fold(
              () -> Option.some("must be a date-time like " + ATOM_EXAMPLE),
              at -> Bounds.instant(at.toInstant()));
    }
  }

  /** The instant and its offset as the day's zone; none when the text is not ATOM. */
  static Option<ZonedDateTime> parseAtom(String text) {
    if (!ATOM_TEXT.matcher(text).matches()) {
      return Option.none();
    }
    String repaired =
        text.length() == 25 && text.charAt(19) == ' '
            ? text.substring(0, 19) + "+" + text.substring(20)
            : text;
    try {
      return Option.some(
          OffsetDateTime.parse(repaired, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toZonedDateTime());
    } catch (DateTimeParseException invalid) {
      return Option.none();
    }
  }

  static String atom(Instant at, ZoneId zone) {
    return ATOM.format(at.atZone(zone));
  }

  /** {@code HH:MM:SS}, hours unbounded, never negative. */
  static String hms(Duration duration) {
    long seconds = Math.max(0, duration.getSeconds());
    return String.format("%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
  }

  static String hms(LocalTime time) {
    return hms(Duration.ofSeconds(time.toSecondOfDay()));
  }
}
