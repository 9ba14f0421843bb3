package org.worktime.domain.compliance;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Duration;
import java.util.Objects;

/**
 * Ready-made sets of {@link ComplianceRule}s and the means to run a set of one's own. A set is a
 * plain {@link Seq}: callers append, drop or replace rules as their contracts require, e.g. {@code
 * germanWorkingTimeAct().appendAll(overtime(ofHours(8), ofHours(40)))}.
 */
public final class ComplianceRules {

  private ComplianceRules() {}

  /**
   * The German Working Time Act (Arbeitszeitgesetz): {@link MinimumBreaks#arbZG()} (§4), {@link
   * MaximumDailyWork#arbZG()} (§3) and {@link MinimumRest#arbZG()} (§5).
   */
  public static Seq<ComplianceRule> germanWorkingTimeAct() {
    return List.of(MinimumBreaks.arbZG(), MaximumDailyWork.arbZG(), MinimumRest.arbZG());
  }

  /** Daily and weekly overtime thresholds, e.g. 8 h a day and 40 h a week. */
  public static Seq<ComplianceRule> overtime(Duration perDay, Duration perWeek) {
    return List.of(new DailyOvertimeThreshold(perDay), new WeeklyOvertimeThreshold(perWeek));
  }

  /** Every rule's violations, rule by rule in the given order. */
  public static Seq<Violation> inspect(Seq<? extends ComplianceRule> rules, Seq<WorkedDay> days) {
    Objects.requireNonNull(days, "days");
    return List.ofAll(rules).flatMap(rule -> rule.inspect(days));
  }

  /** Several rules under one name, pluggable wherever one rule is expected. */
  public static ComplianceRule combined(String name, Seq<? extends ComplianceRule> rules) {
    Objects.requireNonNull(name, "name");
    return new Combined(name, List.ofAll(rules));
  }

  private record Combined(String name, Seq<ComplianceRule> rules) implements ComplianceRule {
    @Override
    public Seq<Violation> inspect(Seq<WorkedDay> days) {
      return ComplianceRules.inspect(rules, days);
    }
  }
}
