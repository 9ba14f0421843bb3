package org.worktime.adapters.persistence;

import org.worktime.application.memory.MemoryStores;
import org.worktime.application.port.Stores;

/** The contract on the in-memory stores, the reference for the databases. */
class MemoryStoreContractTest extends StoreContract {

  private static final Stores STORES = MemoryStores.create();

  @Override
  protected Stores stores() {
    return STORES;
  }

  @Override
  protected Stores secondPool() {
    return STORES;
  }
}
