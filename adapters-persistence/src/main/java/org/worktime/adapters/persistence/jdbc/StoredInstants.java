package org.worktime.adapters.persistence.jdbc;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the instants of the stored documents, which {@link Instant#toString()} wrote: {@code
 * 2026-03-02T07:21:00Z}, or with a fraction of 3, 6 or 9 digits. {@link Instant#parse} reads them
 * too, but through a {@code DateTimeFormatter} that fills a {@code HashMap} for every call: reading
 * a month's timesheet back from PostgreSQL spent about 40 % of its CPU there (see
 * docs/performance.md). This reads that one form directly; any other text, valid or not, goes to
 * {@link Instant#parse}, so what is accepted and what is refused does not change.
 */
final class StoredInstants {

  private StoredInstants() {}

  static Instant parse(String text) {
    Instant fast = direct(text);
    return fast != null ? fast : Instant.parse(text);
  }

  /** The instant in {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z}, or null for any other text. */
  private static Instant direct(String text) {
    int length = text.length();
    if (length < 20
        || length > 30
        || length == 21
        || text.charAt(4) != '-'
        || text.charAt(7) != '-'
        || text.charAt(10) != 'T'
        || text.charAt(13) != ':'
        || text.charAt(16) != ':'
        || text.charAt(length - 1) != 'Z'
        || (length > 20 && text.charAt(19) != '.')) {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    int hour = digits(text, 11, 13);
    int minute = digits(text, 14, 16);
    int second = digits(text, 17, 19);
    int fraction = length > 20 ? digits(text, 20, length - 1) : 0;
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || fraction < 0) {
      return null;
    }
    if (hour > 23 || minute > 59 || second > 59) {
      return null;
    }
    long epochDay;
    try {
      epochDay = LocalDate.of(year, month, day).toEpochDay();
    } catch (DateTimeException notADate) {
      return null;
    }
    int nanos = fraction;
    for (int scale = length - 21; scale < 9 && length > 20; scale++) {
      nanos *= 10;
    }
    return Instant.ofEpochSecond(epochDay * 86_400L + hour * 3_600L + minute * 60L + second, nanos);
  }

  /** The decimal number in {@code text[from, to)}, or -1 unless it is all ASCII digits. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
