package org.worktime.adapters.cli.transfer;

import java.io.IOException;

/** Writes entries in one format, streaming: an employee, then that employee's days and timers. */
public interface EntryWriter extends AutoCloseable {

  void employee(Entry.EmployeeEntry employee) throws IOException;

  void day(Entry.DayEntry day) throws IOException;

  void timer(Entry.TimerEntry timer) throws IOException;

  /** Ends the document and flushes it. */
  @Override
  void close() throws IOException;
}
