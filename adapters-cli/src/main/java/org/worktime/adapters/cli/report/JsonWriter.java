package org.worktime.adapters.cli.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.worktime.domain.compliance.Violation;

/**
 * {@code --format json} (or {@code --json}): one JSON document, written as the employees are added
 * up, so a report over everyone is never held whole. Durations are whole seconds ({@code
 * *_seconds}, as {@code status --json} writes them); each period lists its warnings, each with its
 * rule, the date it belongs to and its sentence.
 */
final class JsonWriter implements ReportWriter {

  private static final JsonFactory FACTORY =
      new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private final PrintWriter out;
  private final JsonGenerator json;

  JsonWriter(PrintWriter out, ReportHeading heading) {
    this.out = out;
    try {
      this.json = FACTORY.createGenerator(out);
      json.writeStartObject();
      json.writeStringField("from", heading.scope().from().toString());
      json.writeStringField("to", heading.scope().to().toString());
      json.writeStringField("by", heading.scope().unit().optionValue());
      if (heading.rounding().isNone()) {
        json.writeNullField("round_minutes");
      } else {
        json.writeNumberField("round_minutes", heading.rounding().minutes());
      }
      json.writeNumberField("overtime_per_day_seconds", heading.overtimePerDay().toSeconds());
      json.writeNumberField("overtime_per_week_seconds", heading.overtimePerWeek().toSeconds());
      json.writeArrayFieldStart("employees");
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  @Override
  public void employee(EmployeeReport report) {
    try {
      json.writeStartObject();
      json.writeNumberField("employee", report.employee().number());
      json.writeStringField("name", report.employee().name());
      json.writeStringField("zone", report.employee().homeZone().getId());
      json.writeArrayFieldStart("periods");
      for (PeriodRow row : report.rows()) {
        json.writeStartObject();
        json.writeStringField("period", row.period());
        figures(row.figures());
        json.writeArrayFieldStart("warnings");
        for (Violation found : row.warnings()) {
          json.writeStartObject();
          json.writeStringField("rule", found.rule());
          json.writeStringField("date", Tally.dateOf(found).toString());
          json.writeStringField("message", found.describe());
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeObjectFieldStart("total");
      figures(report.total());
      json.writeEndObject();
      json.writeEndObject();
      json.flush();
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  @Override
  public void finish(Figures total) {
    try {
      json.writeEndArray();
      json.writeObjectFieldStart("total");
      figures(total);
      json.writeEndObject();
      json.writeEndObject();
      json.close();
      out.println();
      out.flush();
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  private void figures(Figures figures) throws IOException {
    json.writeNumberField("days", figures.days());
    json.writeNumberField("worked_seconds", figures.worked().toSeconds());
    json.writeNumberField("break_seconds", figures.breaks().toSeconds());
    json.writeNumberField("net_seconds", figures.net().toSeconds());
    json.writeNumberField("overtime_seconds", figures.overtime().toSeconds());
    json.writeNumberField("open_days", figures.openDays());
    json.writeNumberField("warning_count", figures.warnings());
  }
}
