package org.worktime.adapters.cli.transfer;

import io.vavr.control.Option;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.worktime.adapters.cli.Bounds;

/**
 * Times in export files: RFC 3339 with the offset the zone had then, seconds always written, a
 * fraction only when there is one ({@code 2026-03-29T03:15:00+02:00}).
 */
final class Times {

  private Times() {}

  static String format(OffsetDateTime time) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
  }

  static OffsetDateTime at(Instant instant, ZoneId zone) {
    return instant.atZone(zone).toOffsetDateTime();
  }

  /** The time, or none when the text is not RFC 3339 with an offset, of years 1 to 9999. */
  static Option<OffsetDateTime> parse(String text) {
    try {
      return Option.some(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME))
          .filter(time -> Bounds.holds(time.toInstant()));
    } catch (DateTimeParseException notATime) {
      return Option.none();
    }
  }

  /** The zone, or none when this JVM's time-zone database does not know it. */
  static Option<ZoneId> zone(String id) {
    try {
      return Option.some(ZoneId.of(id));
    } catch (DateTimeException unknown) {
      return Option.none();
    }
  }
}
