package org.worktime.application.port;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.worktime.domain.id.LocationId;
import org.worktime.domain.id.TenantId;
import org.worktime.domain.place.Location;

/** Keeps a tenant's locations. */
public interface LocationStore {

  /** Adds or replaces. */
  void save(Location location);

  Option<Location> find(TenantId tenant, LocationId id);

  /** The tenant's locations by name. */
  Seq<Location> all(TenantId tenant);
}
