package org.worktime.adapters.cli.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** The dates a report covers, both inclusive local dates, and the periods it adds them up by. */
record ReportScope(LocalDate from, LocalDate to, PeriodUnit unit) {

  /** The longest range a report covers, in days: a leap year. */
  static final int MAXIMUM_DAYS = 366;

  ReportScope {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(unit, "unit");
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("a report ends on or after its start: " + from + " " + to);
    }
  }

  static long daysBetween(LocalDate from, LocalDate to) {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  long days() {
    return daysBetween(from, to);
  }

  boolean contains(LocalDate date) {
    return !date.isBefore(from) && !date.isAfter(to);
  }
}
