package org.worktime.adapters.cli.report;

import io.vavr.collection.Seq;
import java.util.Objects;
import org.worktime.domain.compliance.Violation;

/** One period of one employee: its label, its figures, and the compliance warnings found in it. */
record PeriodRow(String period, Figures figures, Seq<Violation> warnings) {

  PeriodRow {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(figures, "figures");
    Objects.requireNonNull(warnings, "warnings");
  }
}
