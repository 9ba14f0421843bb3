package org.worktime.application.memory;

import org.worktime.application.port.Stores;

/** The in-memory stores, all over one {@link MemoryDatabase}. */
public final class MemoryStores {

  private MemoryStores() {}

  public static Stores create() {
    MemoryDatabase database = new MemoryDatabase();
    return new Stores(
        new MemoryWorkdayStore(database),
        new MemoryTimerStore(database),
        new MemoryEmployeeDirectory(database),
        new MemoryPolicyStore(database),
        new MemoryAuditLog(database),
        new MemoryIdempotencyRecords(database),
        new MemoryApiKeyStore(database),
        new MemoryLocationStore(database),
        new MemoryShortNumbers(database),
        new MemoryCompanyAccounts(database),
        new MemoryOfficeNetworks(database),
        database);
  }
}
