package org.worktime.adapters.cli.report;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import org.worktime.domain.compliance.WeeklyOvertimeThreshold;

/**
 * {@code --by}: the periods a report adds days up by, each named by an ISO label: a date ({@code
 * 2026-03-23}), an ISO week ({@code 2026-W13}, Monday to Sunday, numbered in its week-based year)
 * or a month ({@code 2026-03}).
 */
enum PeriodUnit {
  DAY,
  WEEK,
  MONTH;

  /** The first date of the period that holds {@code date}. */
  LocalDate startOf(LocalDate date) {
    return switch (this) {
      case DAY -> date;
      case WEEK -> WeeklyOvertimeThreshold.weekStart(date);
      case MONTH -> date.with(TemporalAdjusters.firstDayOfMonth());
    };
  }

  /** The period's label, given any date in it. */
  String label(LocalDate date) {
    return switch (this) {
      case DAY -> date.toString();
      case WEEK ->
          String.format(
              Locale.ROOT,
              "%d-W%02d",
              date.get(IsoFields.WEEK_BASED_YEAR),
              date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> String.format(Locale.ROOT, "%d-%02d", date.getYear(), date.getMonthValue());
    };
  }

  /** The widest label this unit writes (for years of four digits). */
  int labelWidth() {
    return switch (this) {
      case DAY -> 10;
      case WEEK -> 8;
      case MONTH -> 7;
    };
  }

  /** The name {@code --by} takes. */
  String optionValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
