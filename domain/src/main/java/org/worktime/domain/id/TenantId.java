package org.worktime.domain.id;

import java.util.Objects;

/** Identifies one tenant; opaque outside the engine, time-ordered so that newer ids sort later. */
public record TenantId(Id value) {
  public TenantId {
    Objects.requireNonNull(value, "value");
  }

  public static TenantId of(Id value) {
    return new TenantId(value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
