package org.worktime.adapters.cli.store;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * What can be said about a store without changing it, for {@code worktime doctor}: its kind, where
 * it lives (never a password), whether it exists yet, why it cannot be reached, and its schema's
 * version and pending migrations where the store has a schema.
 */
public record StoreHealth(
    String kind,
    String location,
    boolean exists,
    Option<String> unreachable,
    Option<String> schemaVersion,
    int pendingMigrations) {

  public StoreHealth {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(unreachable, "unreachable");
    Objects.requireNonNull(schemaVersion, "schemaVersion");
  }
}
