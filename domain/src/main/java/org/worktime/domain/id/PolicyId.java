package org.worktime.domain.id;

import java.util.Objects;

/** Identifies one policy; opaque outside the engine, time-ordered so that newer ids sort later. */
public record PolicyId(Id value) {
  public PolicyId {
    Objects.requireNonNull(value, "value");
  }

  public static PolicyId of(Id value) {
    return new PolicyId(value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
