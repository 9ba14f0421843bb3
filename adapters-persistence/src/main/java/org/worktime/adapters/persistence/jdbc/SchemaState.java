package org.worktime.adapters.persistence.jdbc;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * Where a database's schema stands, as Flyway records it: the version applied last (none on an
 * empty database) and how many of this build's migrations it has not seen yet.
 */
public record SchemaState(Option<String> applied, int pending) {

  public SchemaState {
    Objects.requireNonNull(applied, "applied");
  }

  public boolean isCurrent() {
    return applied.isDefined() && pending == 0;
  }
}
