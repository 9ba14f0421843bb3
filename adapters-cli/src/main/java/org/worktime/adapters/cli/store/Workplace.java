package org.worktime.adapters.cli.store;

import java.time.Clock;
import org.worktime.application.Engine;

/** An open store with an engine over it: what every command but {@code serve} works on. */
public interface Workplace extends AutoCloseable {

  Engine engine();

  /** The clock the engine reads; commands use it for "now" and for the local date. */
  Clock clock();

  /** Where the data lives, fit to print (no password). */
  String store();

  /**
   * Reads every row of every table, as after an unclean stop, and says what it read, fit to print;
   * a store that cannot be read throws.
   */
  String verify();

  /** Releases the store's connections; never throws. */
  @Override
  void close();
}
