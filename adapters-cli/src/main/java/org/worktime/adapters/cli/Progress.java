package org.worktime.adapters.cli;

/** Tells a person how far a long command has come; most commands, and all scripts, see none. */
public interface Progress extends AutoCloseable {

  /** One more item done. */
  void advance();

  /** The work is over: the last state stays on its line. */
  @Override
  void close();

  /**
   * No progress shown: for scripts, {@code --json}, {@code --quiet} and anything not a terminal.
   */
  static Progress none() {
    return new Progress() {
      @Override
      public void advance() {}

      @Override
      public void close() {}
    };
  }
}
