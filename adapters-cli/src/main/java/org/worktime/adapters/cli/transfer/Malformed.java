package org.worktime.adapters.cli.transfer;

/**
 * A file that cannot be read as its format: the position and what was wrong there. Thrown by the
 * readers (an I/O failure, not a business outcome); the import stops before writing anything.
 */
public final class Malformed extends Exception {

  private static final long serialVersionUID = 1L;

  public Malformed(String position, String problem) {
    super(position + ": " + problem);
  }
}
