package org.worktime.adapters.cli.transfer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads a file of one format entry by entry, streaming: an employee's entry comes before that
 * employee's days and timers. Reading twice gives the same entries, so that an import can check the
 * whole file before it writes anything.
 */
public interface EntryReader {

  void read(Path file, Consumer<Entry> each) throws IOException, Malformed;
}
