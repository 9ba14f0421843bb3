package org.worktime.adapters.cli.transfer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;

/**
 * Writes worktime's own export document (format {@code worktime}, version {@value #VERSION}),
 * streaming, two-space indented, every field written (absent ones as {@code null}) so that the same
 * data always gives the same bytes. The layout is described in the README ("Export and import").
 */
final class JsonEntryWriter implements EntryWriter {

  static final String FORMAT = "worktime";
  static final int VERSION = 1;

  private enum Section {
    NONE,
    DAYS,
    TIMERS
  }

  private final JsonGenerator json;
  private Section section = Section.NONE;

  JsonEntryWriter(Writer out, Option<LocalDate> from, Option<LocalDate> to) throws IOException {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    this.json =
        new JsonFactory()
            .createGenerator(out)
            .setPrettyPrinter(
                new DefaultPrettyPrinter(
                        Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                            .withArrayEmptySeparator("")
                            .withObjectEmptySeparator(""))
                    .withArrayIndenter(indenter)
                    .withObjectIndenter(indenter));
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.writeStartObject();
    json.writeStringField("format", FORMAT);
    json.writeNumberField("version", VERSION);
    text("from", from.map(LocalDate::toString));
    text("to", to.map(LocalDate::toString));
    json.writeArrayFieldStart("employees");
  }

  @Override
  public void employee(Entry.EmployeeEntry employee) throws IOException {
    endEmployee();
    json.writeStartObject();
    json.writeNumberField("number", employee.number());
    text("name", employee.name());
    text("email", employee.email());
    text("role", employee.role());
    text("zone", employee.zone().map(Object::toString));
    json.writeArrayFieldStart("days");
    section = Section.DAYS;
  }

  @Override
  public void day(Entry.DayEntry day) throws IOException {
    json.writeStartObject();
    json.writeStringField("zone", day.zone().getId());
    json.writeStringField("start", Times.format(day.start()));
    text("end", day.end().map(Times::format));
    json.writeArrayFieldStart("breaks");
    for (Entry.BreakEntry pause : day.breaks()) {
      json.writeStartObject();
      json.writeStringField("start", Times.format(pause.start()));
      text("end", pause.end().map(Times::format));
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeStringField("source", day.source());
    json.writeStringField("approval", day.approval());
    text("note", day.note());
    text("end_note", day.endNote());
    json.writeEndObject();
  }

  @Override
  public void timer(Entry.TimerEntry timer) throws IOException {
    if (section == Section.DAYS) {
      json.writeEndArray();
      json.writeArrayFieldStart("timers");
      section = Section.TIMERS;
    }
    json.writeStartObject();
    json.writeStringField("zone", timer.zone().getId());
    json.writeStringField("start", Times.format(timer.start()));
    text("end", timer.end().map(Times::format));
    json.writeStringField("source", timer.source());
    text("account", timer.account());
    text("name", timer.name());
    text("external_id", timer.externalId());
    text("comment", timer.comment());
    json.writeEndObject();
  }

  @Override
  public void close() throws IOException {
    endEmployee();
    json.writeEndArray();
    json.writeEndObject();
    json.writeRaw('\n');
    json.close();
  }

  private void endEmployee() throws IOException {
    if (section == Section.DAYS) {
      json.writeEndArray();
      json.writeArrayFieldStart("timers");
      section = Section.TIMERS;
    }
    if (section == Section.TIMERS) {
      json.writeEndArray();
      json.writeEndObject();
    }
    section = Section.NONE;
  }

  private void text(String field, Option<String> value) throws IOException {
    if (value.isDefined()) {
      json.writeStringField(field, value.get());
    } else {
      json.writeNullField(field);
    }
  }
}
