package org.worktime.adapters.cli.transfer;

import io.vavr.control.Option;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Writes the CSV export: the header, then a row per day, break and timer (see {@link CsvColumns}).
 */
final class CsvEntryWriter implements EntryWriter {

  private final Writer out;

  CsvEntryWriter(Writer out) throws IOException {
    this.out = out;
    Csv.writeRow(out, CsvColumns.HEADER);
  }

  @Override
  public void employee(Entry.EmployeeEntry employee) {
    // Rows name their employee by number; the CSV has no row of its own for a person.
  }

  @Override
  public void day(Entry.DayEntry day) throws IOException {
    List<String> row = row(day.employee(), "day");
    row.set(CsvColumns.ZONE, day.zone().getId());
    row.set(CsvColumns.START, Times.format(day.start()));
    row.set(CsvColumns.END, day.end().map(Times::format).getOrElse(""));
    row.set(CsvColumns.SOURCE, day.source());
    row.set(CsvColumns.APPROVAL, day.approval());
    row.set(CsvColumns.NOTE, day.note().getOrElse(""));
    row.set(CsvColumns.END_NOTE, day.endNote().getOrElse(""));
    Csv.writeRow(out, row);
    for (Entry.BreakEntry pause : day.breaks()) {
      List<String> breakRow = row(day.employee(), "break");
      breakRow.set(CsvColumns.START, Times.format(pause.start()));
      breakRow.set(CsvColumns.END, pause.end().map(Times::format).getOrElse(""));
      Csv.writeRow(out, breakRow);
    }
  }

  @Override
  public void timer(Entry.TimerEntry timer) throws IOException {
    List<String> row = row(timer.owner(), "timer");
    row.set(CsvColumns.ZONE, timer.zone().getId());
    row.set(CsvColumns.START, Times.format(timer.start()));
    row.set(CsvColumns.END, timer.end().map(Times::format).getOrElse(""));
    row.set(CsvColumns.SOURCE, timer.source());
    row.set(CsvColumns.ACCOUNT, orEmpty(timer.account()));
    row.set(CsvColumns.NAME, orEmpty(timer.name()));
    row.set(CsvColumns.EXTERNAL_ID, orEmpty(timer.externalId()));
    row.set(CsvColumns.COMMENT, orEmpty(timer.comment()));
    Csv.writeRow(out, row);
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }

  private static List<String> row(long employee, String kind) {
    List<String> row = new ArrayList<>(Collections.nCopies(CsvColumns.HEADER.size(), ""));
    row.set(CsvColumns.EMPLOYEE, Long.toString(employee));
    row.set(CsvColumns.KIND, kind);
    return row;
  }

  private static String orEmpty(Option<String> value) {
    return value.getOrElse("");
  }
}
