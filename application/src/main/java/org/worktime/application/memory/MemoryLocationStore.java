package org.worktime.application.memory;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Comparator;
import org.worktime.application.memory.MemoryDatabase.Change;
import org.worktime.application.port.LocationStore;
import org.worktime.domain.id.LocationId;
import org.worktime.domain.id.TenantId;
import org.worktime.domain.place.Location;

/** Locations in memory. */
public final class MemoryLocationStore implements LocationStore {

  private final MemoryDatabase database;

  public MemoryLocationStore(MemoryDatabase database) {
    this.database = database;
  }

  @Override
  public void save(Location location) {
    database.write(tables -> new Change<>(tables.withLocation(location), location));
  }

  @Override
  public Option<Location> find(TenantId tenant, LocationId id) {
    return database.read(
        tables -> tables.locations().get(id).filter(found -> found.tenant().equals(tenant)));
  }

  @Override
  public Seq<Location> all(TenantId tenant) {
    return database.read(
        tables ->
            tables
                .locations()
                .values()
                .filter(location -> location.tenant().equals(tenant))
                .toList()
                .sorted(Comparator.comparing(Location::name).thenComparing(l -> l.id().value())));
  }
}
