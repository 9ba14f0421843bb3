package org.worktime.domain.id;

import java.util.Objects;

/** Identifies one workday; opaque outside the engine, time-ordered so that newer ids sort later. */
public record WorkdayId(Id value) {
  public WorkdayId {
    Objects.requireNonNull(value, "value");
  }

  public static WorkdayId of(Id value) {
    return new WorkdayId(value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
