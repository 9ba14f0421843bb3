package org.worktime.domain.id;

import java.util.Objects;

/**
 * Identifies one employee; opaque outside the engine, time-ordered so that newer ids sort later.
 */
public record EmployeeId(Id value) {
  public EmployeeId {
    Objects.requireNonNull(value, "value");
  }

  public static EmployeeId of(Id value) {
    return new EmployeeId(value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
