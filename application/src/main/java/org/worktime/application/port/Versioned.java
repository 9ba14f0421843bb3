package org.worktime.application.port;

import java.util.Objects;

/** A stored aggregate with the version it was read at; an update names it to detect a race. */
public record Versioned<T>(T value, long version) {
  public Versioned {
    Objects.requireNonNull(value, "value");
  }
}
