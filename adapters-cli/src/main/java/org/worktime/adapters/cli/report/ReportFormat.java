package org.worktime.adapters.cli.report;

import java.io.PrintWriter;
import java.util.Locale;
import org.worktime.adapters.cli.Style;

/** {@code --format}: how a report is written. */
enum ReportFormat {
  TABLE,
  CSV,
  JSON;

  ReportWriter open(PrintWriter out, ReportHeading heading, Style style) {
    return switch (this) {
      case TABLE -> new TableWriter(out, heading, style);
      case CSV -> new CsvWriter(out, heading);
      case JSON -> new JsonWriter(out, heading);
    };
  }

  String optionValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
