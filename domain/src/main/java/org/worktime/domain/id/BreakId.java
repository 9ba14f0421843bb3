package org.worktime.domain.id;

import java.util.Objects;

/** Identifies one break; opaque outside the engine, time-ordered so that newer ids sort later. */
public record BreakId(Id value) {
  public BreakId {
    Objects.requireNonNull(value, "value");
  }

  public static BreakId of(Id value) {
    return new BreakId(value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
