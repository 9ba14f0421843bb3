package org.worktime.adapters.cli.report;

import java.io.PrintWriter;
import java.util.Locale;

/** {@code --format}: how a report is written. */
enum ReportFormat {
  TABLE,
  CSV,
  JSON;

  ReportWriter open(PrintWriter out, ReportHeading heading, boolean colour) {
    return switch (this) {
      case TABLE -> new TableWriter(out, heading, colour);
      case CSV -> new CsvWriter(out, heading);
      case JSON -> new JsonWriter(out, heading);
    };
  }

  String optionValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
