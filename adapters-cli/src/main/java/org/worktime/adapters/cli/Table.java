package org.worktime.adapters.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rows in aligned columns for people, a header first. Widths count code points, so a name with an
 * emoji or in Hebrew takes the room it has characters; the last column is never padded.
 */
public final class Table {

  private final List<String[]> rows = new ArrayList<>();
  private final int columns;

  public Table(String... headers) {
    this.columns = headers.length;
    rows.add(headers.clone());
  }

  /** Adds a row; a missing value is printed as {@code -}. */
  public Table row(Object... cells) {
    if (cells.length != columns) {
      throw new IllegalArgumentException("a row has " + columns + " cells, not " + cells.length);
    }
    rows.add(
        Arrays.stream(cells)
            .map(cell -> cell == null ? "-" : cell.toString())
            .toArray(String[]::new));
    return this;
  }

  /** True when only the header is there. */
  public boolean isEmpty() {
    return rows.size() == 1;
  }

  public void print(PrintWriter out) {
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int column = 0; column < columns; column++) {
        widths[column] = Math.max(widths[column], DisplayWidth.of(row[column]));
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int column = 0; column < columns; column++) {
        line.append(row[column]);
        if (column < columns - 1) {
          line.append(" ".repeat(widths[column] - DisplayWidth.of(row[column]) + 2));
        }
      }
      out.println(line);
    }
  }
}
