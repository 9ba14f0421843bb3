package org.worktime.domain.id;

import java.util.Objects;

/** Identifies one timer; opaque outside the engine, time-ordered so that newer ids sort later. */
public record TimerId(Id value) {
  public TimerId {
    Objects.requireNonNull(value, "value");
  }

  public static TimerId of(Id value) {
    return new TimerId(value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
