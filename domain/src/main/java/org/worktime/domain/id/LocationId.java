package org.worktime.domain.id;

import java.util.Objects;

/**
 * Identifies one location; opaque outside the engine, time-ordered so that newer ids sort later.
 */
public record LocationId(Id value) {
  public LocationId {
    Objects.requireNonNull(value, "value");
  }

  public static LocationId of(Id value) {
    return new LocationId(value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
