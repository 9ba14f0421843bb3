package org.worktime.domain.compliance;

import static org.worktime.domain.compliance.Durations.text;

import java.time.Duration;
import java.time.LocalDate;

/**
 * What a {@link ComplianceRule} found: a value with typed fields, the name of the rule that found
 * it, and a sentence for people. Dates are local dates in the zone of the day concerned.
 */
public sealed interface Violation {

  /** The {@link ComplianceRule#name()} of the rule that found this. */
  String rule();

  /** A sentence for logs, reports and dialects without a violation vocabulary. */
  String describe();

  /** Fewer counted breaks than the net time worked on {@code date} requires. */
  record BreakTooShort(
      String rule, LocalDate date, Duration netWorked, Duration breakTaken, Duration breakRequired)
      implements Violation {
    @Override
    public String describe() {
      return "On %s, %s worked needed breaks of at least %s, but only %s counted"
          .formatted(date, text(netWorked), text(breakRequired), text(breakTaken));
    }
  }

  /** More net work on {@code date} than the daily maximum. */
  record DayTooLong(String rule, LocalDate date, Duration netWorked, Duration maximum)
      implements Violation {
    @Override
    public String describe() {
      return "On %s, %s worked exceeds the daily maximum of %s"
          .formatted(date, text(netWorked), text(maximum));
    }
  }

  /** Less rest between the end of the day on {@code previousDate} and the start of the next. */
  record RestTooShort(
      String rule, LocalDate previousDate, LocalDate nextDate, Duration rest, Duration minimum)
      implements Violation {
    @Override
    public String describe() {
      return "Between the days of %s and %s, the rest of %s is shorter than the minimum of %s"
          .formatted(previousDate, nextDate, text(rest), text(minimum));
    }
  }

  /** Net work on {@code date} beyond the daily threshold, by {@code overtime}. */
  record DailyOvertime(
      String rule, LocalDate date, Duration worked, Duration threshold, Duration overtime)
      implements Violation {
    @Override
    public String describe() {
      return "On %s, %s worked is %s over the daily threshold of %s"
          .formatted(date, text(worked), text(overtime), text(threshold));
    }
  }

  /** Net work in the ISO week starting on Monday {@code weekStart} beyond the weekly threshold. */
  record WeeklyOvertime(
      String rule, LocalDate weekStart, Duration worked, Duration threshold, Duration overtime)
      implements Violation {
    @Override
    public String describe() {
      return "In the week of %s, %s worked is %s over the weekly threshold of %s"
          .formatted(weekStart, text(worked), text(overtime), text(threshold));
    }
  }
}
