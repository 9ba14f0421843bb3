package org.worktime.adapters.rest.staffomatic;

import io.vavr.collection.List;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;

/**
 * {@code If-Modified-Since} (the vendor's README, "Use HTTP caching"; RFC 9110 §13.1.3) for an
 * answer that shows one resource with a modification time: its {@code updated_at}, the time the
 * body itself tells, so that the header and the body never disagree. Lists have no such time (a
 * deleted break would not move their newest {@code updated_at}), and users and locations show none;
 * their ETag is their only validator.
 */
final class LastModified {

  /** IMF-fixdate, what is sent: {@code Sun, 06 Nov 1994 08:49:37 GMT}. */
  private static final DateTimeFormatter IMF_FIXDATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
          .withZone(ZoneOffset.UTC);

  /**
   * The three forms a recipient must accept (RFC 9110 §5.6.7): IMF-fixdate, the obsolete RFC 850
   * form ({@code Sunday, 06-Nov-94 08:49:37 GMT}) and asctime's ({@code Sun Nov 6 08:49:37 1994}).
   */
  private static final List<DateTimeFormatter> READ =
      List.of(
          IMF_FIXDATE,
          new DateTimeFormatterBuilder()
              .appendPattern("EEEE, dd-MMM-")
              .appendValueReduced(ChronoField.YEAR, 2, 2, 1970)
              .appendPattern(" HH:mm:ss 'GMT'")
              .toFormatter(Locale.US)
              .withZone(ZoneOffset.UTC),
          DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US)
              .withZone(ZoneOffset.UTC));

  private LastModified() {}

  /** The {@code updated_at} of a body that shows one resource; none for anything else. */
  static Option<Instant> of(Object body) {
    return body instanceof Map<?, ?> resource
        ? Option.of(resource.get("updated_at"))
            .filter(String.class::isInstance)
            .flatMap(at -> StaffomaticTimes.parse((String) at))
        : Option.none();
  }

  static String format(Instant at) {
    return IMF_FIXDATE.format(at);
  }

  /**
   * Whether the resource is unchanged since the header's date: modified at or before it, to the
   * second (an HTTP-date's precision). A header that is no HTTP-date is ignored, as RFC 9110 asks.
   */
  static boolean unchangedSince(String ifModifiedSince, Instant modified) {
    return Option.of(ifModifiedSince)
        .map(String::trim)
        .flatMap(
            text ->
                READ.iterator()
                    .map(form -> Try.of(() -> Instant.from(form.parse(text))).toOption())
                    .find(Option::isDefined)
                    .flatMap(found -> found))
        .exists(since -> !modified.isAfter(since));
  }
}
