package org.worktime.application;

import org.worktime.application.port.Stores;

/**
 * Supplies fresh, empty stores of one kind to the use-case tests. A store adapter's test classpath
 * registers its providers (java.util.ServiceLoader), so that these very tests run on its stores.
 */
public interface StoresProvider {

  /** The name {@code -Dworktime.stores=...} selects, e.g. {@code h2} or {@code postgres}. */
  String name();

  /** Empty stores with the schema in place; each call gives a new, separate store. */
  Stores create();
}
