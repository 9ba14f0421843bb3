package org.worktime.adapters.cli.transfer;

import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.function.Consumer;

/**
 * Reads worktime's CSV export (see {@link CsvColumns}), UTF-8, streaming one row at a time; a
 * leading byte-order mark is skipped. Rows of one employee need not be together, but a break row
 * must follow its day row (or another break of it).
 */
final class CsvEntryReader implements EntryReader {

  private static final Set<String> KINDS = JsonFields.known("day", "break", "timer");

  @Override
  public void read(Path file, Consumer<Entry> each) throws IOException, Malformed {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
      rows(new Csv.RowReader(in), each);
    }
  }

  private static void rows(Csv.RowReader rows, Consumer<Entry> each) throws IOException, Malformed {
    java.util.List<String> header = rows.next();
    if (header != null && !header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
      header.set(0, header.get(0).substring(1));
    }
    if (header == null || !header.equals(CsvColumns.HEADER)) {
      throw new Malformed(
          "line 1", "the first line must be the header " + String.join(",", CsvColumns.HEADER));
    }
    Entry.DayEntry day = null;
    long lastEmployee = -1;
    while (true) {
      int line = rows.line();
      java.util.List<String> row = rows.next();
      if (row == null) {
        break;
      }
      if (row.size() == 1 && row.get(0).isEmpty()) {
        continue;
      }
      Row cells = new Row(row, "line " + line);
      String kind = cells.kind();
      long employee = cells.employee();
      if (kind.equals("break")) {
        if (day == null || day.employee() != employee) {
          throw cells.malformed("a break row must follow its day's row");
        }
        day =
            new Entry.DayEntry(
                day.employee(),
                day.zone(),
                day.start(),
                day.end(),
                day.breaks()
                    .append(
                        new Entry.BreakEntry(
                            cells.requiredTime(CsvColumns.START), cells.time(CsvColumns.END))),
                day.source(),
                day.approval(),
                day.note(),
                day.endNote(),
                day.position());
        continue;
      }
      if (day != null) {
        each.accept(day);
        day = null;
      }
      if (employee != lastEmployee) {
        each.accept(
            new Entry.EmployeeEntry(
                employee,
                Option.none(),
                Option.none(),
                Option.none(),
                Option.none(),
                cells.position));
        lastEmployee = employee;
      }
      if (kind.equals("day")) {
        day =
            new Entry.DayEntry(
                employee,
                cells.zone(),
                cells.requiredTime(CsvColumns.START),
                cells.time(CsvColumns.END),
                List.empty(),
                cells.oneOf(CsvColumns.SOURCE, JsonEntryReader.SOURCES, "cli"),
                cells.oneOf(CsvColumns.APPROVAL, JsonEntryReader.APPROVALS, "approved"),
                cells.text(CsvColumns.NOTE),
                cells.text(CsvColumns.END_NOTE),
                cells.position);
      } else {
        each.accept(
            new Entry.TimerEntry(
                employee,
                cells.zone(),
                cells.requiredTime(CsvColumns.START),
                cells.time(CsvColumns.END),
                cells.oneOf(CsvColumns.SOURCE, JsonEntryReader.SOURCES, "cli"),
                cells.text(CsvColumns.ACCOUNT),
                cells.text(CsvColumns.NAME),
                cells.text(CsvColumns.EXTERNAL_ID),
                cells.text(CsvColumns.COMMENT),
                cells.position));
      }
    }
    if (day != null) {
      each.accept(day);
    }
  }

  /** One row's cells, read strictly. */
  private static final class Row {

    private final java.util.List<String> cells;
    private final String position;

    Row(java.util.List<String> cells, String position) throws Malformed {
      this.cells = cells;
      this.position = position;
      if (cells.size() != CsvColumns.HEADER.size()) {
        throw malformed(
            "has " + cells.size() + " fields, not " + CsvColumns.HEADER.size() + " as the header");
      }
    }

    String kind() throws Malformed {
      String kind = cells.get(CsvColumns.KIND);
      if (!KINDS.contains(kind)) {
        throw malformed("kind must be day, break or timer, not '" + kind + "'");
      }
      return kind;
    }

    long employee() throws Malformed {
      try {
        long number = Long.parseLong(cells.get(CsvColumns.EMPLOYEE));
        if (number > 0) {
          return number;
        }
      } catch (NumberFormatException notANumber) {
        // said below
      }
      throw malformed("employee must be a positive number");
    }

    Option<String> text(int column) {
      String value = cells.get(column);
      return value.isEmpty() ? Option.none() : Option.some(value);
    }

    Option<OffsetDateTime> time(int column) throws Malformed {
      Option<String> text = text(column);
      if (text.isEmpty()) {
        return Option.none();
      }
      Option<OffsetDateTime> time = Times.parse(text.get());
      if (time.isEmpty()) {
        throw malformed(
            CsvColumns.HEADER.get(column)
                + " must be a time with an offset, like 2026-03-10T09:00:00+01:00, not '"
                + text.get()
                + "'");
      }
      return time;
    }

    OffsetDateTime requiredTime(int column) throws Malformed {
      Option<OffsetDateTime> time = time(column);
      if (time.isEmpty()) {
        throw malformed(CsvColumns.HEADER.get(column) + " is required");
      }
      return time.get();
    }

    ZoneId zone() throws Malformed {
      Option<String> id = text(CsvColumns.ZONE);
      if (id.isEmpty()) {
        throw malformed("zone is required");
      }
      return Times.zone(id.get())
          .getOrElseThrow(
              () ->
                  malformed("zone names a time zone this Java does not know: '" + id.get() + "'"));
    }

    String oneOf(int column, Set<String> allowed, String absent) throws Malformed {
      String value = text(column).getOrElse(absent);
      if (!allowed.contains(value)) {
        throw malformed(
            CsvColumns.HEADER.get(column)
                + " must be one of "
                + allowed.toSortedSet().mkString(", "));
      }
      return value;
    }

    Malformed malformed(String problem) {
      return new Malformed(position, problem);
    }
  }
}
