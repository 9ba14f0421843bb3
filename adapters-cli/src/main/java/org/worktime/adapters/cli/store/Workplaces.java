package org.worktime.adapters.cli.store;

/**
 * Opens a store for one command. The composition root implements it over the JDBC stores; tests may
 * open an in-memory engine.
 */
@FunctionalInterface
public interface Workplaces {

  Workplace open(StoreLocation location);
}
