package org.worktime.domain.compliance;

import io.vavr.collection.Seq;

/**
 * A named check of one employee's closed days. A rule never throws for what it finds: breaking the
 * law is a business outcome, so it returns {@link Violation}s as values; an empty result means the
 * days comply.
 *
 * <p>Callers pass the days of one employee in any order; a rule sorts them by span start when order
 * matters. Days of one employee never overlap: that is a data error caught before the days reach
 * any rule, so rules do not check it.
 */
public interface ComplianceRule {

  /** A stable name for reports and configuration, e.g. {@code "ArbZG §4 breaks"}. */
  String name();

  /** The violations found, in chronological order; empty when the days comply. */
  Seq<Violation> inspect(Seq<WorkedDay> days);
}
