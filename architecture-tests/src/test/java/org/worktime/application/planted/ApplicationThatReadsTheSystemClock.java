package org.worktime.application.planted;

/** Planted violation: the application measuring time by itself. */
public final class ApplicationThatReadsTheSystemClock {
  public long stamp() {
    return System.currentTimeMillis();
  }
}
