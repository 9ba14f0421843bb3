package org.worktime.adapters.cli.transfer;

import java.util.List;

/**
 * The columns of worktime's CSV export, in order: one row per day, break or timer. A break row
 * belongs to the day row above it. Empty cells are absent values.
 */
final class CsvColumns {

  private CsvColumns() {}

  static final List<String> HEADER =
      List.of(
          "employee",
          "kind",
          "zone",
          "start",
          "end",
          "source",
          "approval",
          "account",
          "name",
          "external_id",
          "comment",
          "note",
          "end_note");

  static final int EMPLOYEE = 0;
  static final int KIND = 1;
  static final int ZONE = 2;
  static final int START = 3;
  static final int END = 4;
  static final int SOURCE = 5;
  static final int APPROVAL = 6;
  static final int ACCOUNT = 7;
  static final int NAME = 8;
  static final int EXTERNAL_ID = 9;
  static final int COMMENT = 10;
  static final int NOTE = 11;
  static final int END_NOTE = 12;
}
