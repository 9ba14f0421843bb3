package org.worktime.adapters.cli.store;

/**
 * Opens a store for one command. The composition root implements it over the JDBC stores; tests may
 * open an in-memory engine.
 */
@FunctionalInterface
public interface Workplaces {

  Workplace open(StoreLocation location);

  /**
   * Looks at the store without changing it. This default, for stores without a schema (in memory),
   * opens it and closes it again; the composition root asks the database itself.
   */
  default StoreHealth health(StoreLocation location) {
    try (Workplace place = open(location)) {
      return new StoreHealth(
          "in memory",
          place.store(),
          true,
          io.vavr.control.Option.none(),
          io.vavr.control.Option.none(),
          0);
    } catch (RuntimeException unreachable) {
      return new StoreHealth(
          "unknown",
          location.describe(),
          false,
          io.vavr.control.Option.some(String.valueOf(unreachable.getMessage())),
          io.vavr.control.Option.none(),
          0);
    }
  }
}
