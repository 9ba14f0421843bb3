package org.worktime.application.memory;

import io.vavr.collection.List;
import io.vavr.control.Either;
import org.worktime.application.Refusal;
import org.worktime.application.memory.MemoryDatabase.Change;
import org.worktime.application.port.OfficeNetworks;
import org.worktime.domain.id.TenantId;
import org.worktime.domain.place.NetworkRange;

/** Companies' office networks in memory. */
public final class MemoryOfficeNetworks implements OfficeNetworks {

  private final MemoryDatabase database;

  public MemoryOfficeNetworks(MemoryDatabase database) {
    this.database = database;
  }

  @Override
  public List<NetworkRange> of(TenantId tenant) {
    return database.read(tables -> tables.company(tenant).officeNetworks());
  }

  @Override
  public Either<Refusal.Conflict, List<NetworkRange>> replace(
      TenantId tenant, List<NetworkRange> ranges) {
    return database.write(
        tables ->
            new Change<Either<Refusal.Conflict, List<NetworkRange>>>(
                tables.withOfficeNetworks(tenant, ranges), Either.right(ranges)));
  }
}
