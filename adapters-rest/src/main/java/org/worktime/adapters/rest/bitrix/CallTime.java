package org.worktime.adapters.rest.bitrix;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bitrix24's {@code time} object, measured: when the call started and finished (epoch seconds with
 * their fraction, and as ATOM dates in UTC), how long it took, and how much of that the method
 * itself took ({@code processing}). Clients read it from every answer: b24phpsdk's {@code
 * Response/DTO/Time.php} without checking the keys, the JS SDK's limiter for {@code operating}.
 */
record CallTime(Instant start, Instant finish, Duration processing) {

  private static final DateTimeFormatter ATOM =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx").withZone(ZoneOffset.UTC);

  /** The keys every answer's and every batch command's {@code time} has. */
  Map<String, Object> fields() {
    Map<String, Object> time = new LinkedHashMap<>();
    time.put("start", seconds(start));
    time.put("finish", seconds(finish));
    time.put("duration", seconds(Duration.between(start, finish)));
    time.put("processing", seconds(processing));
    time.put("date_start", ATOM.format(start));
    time.put("date_finish", ATOM.format(finish));
    return time;
  }

  /** The whole answer's {@code time}: the fields and the method's operating time so far. */
  Map<String, Object> fields(OperatingTime.Usage usage) {
    Map<String, Object> time = fields();
    time.put("operating_reset_at", usage.resetAt().getEpochSecond());
    time.put("operating", seconds(usage.used()));
    return time;
  }

  private static double seconds(Instant instant) {
    return instant.getEpochSecond() + instant.getNano() / 1e9;
  }

  private static double seconds(Duration duration) {
    return duration.getSeconds() + duration.getNano() / 1e9;
  }
}
