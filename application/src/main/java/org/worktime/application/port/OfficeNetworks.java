package org.worktime.application.port;

import io.vavr.collection.List;
import io.vavr.control.Either;
import org.worktime.application.Refusal;
import org.worktime.domain.id.TenantId;
import org.worktime.domain.place.NetworkRange;

/** Keeps each company's office networks, in the order they were given. */
public interface OfficeNetworks {

  /** The company's office networks; none until some are set. */
  List<NetworkRange> of(TenantId tenant);

  /**
   * Replaces the company's office networks with these, all at once; a conflict when another
   * replacement of them won a race.
   */
  Either<Refusal.Conflict, List<NetworkRange>> replace(TenantId tenant, List<NetworkRange> ranges);
}
