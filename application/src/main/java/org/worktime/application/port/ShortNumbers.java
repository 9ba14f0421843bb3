package org.worktime.application.port;

import io.vavr.control.Option;
import org.worktime.domain.id.Id;
import org.worktime.domain.id.TenantId;

/**
 * Small positive numbers for the engine's 128-bit ids, for dialects whose clients expect an integer
 * id (Staffomatic's {@code "id": 24856}): a 128-bit JSON number breaks JavaScript clients. Per
 * tenant, a number is assigned to an id on first use, stays the same forever and is never given to
 * another id; two servers racing to number one id agree on one number.
 */
public interface ShortNumbers {

  /** The id's number in the tenant, assigned now if it has none yet. */
  long numberOf(TenantId tenant, Id id);

  /** The id a number stands for in the tenant; none for a number never assigned there. */
  Option<Id> idOf(TenantId tenant, long number);
}
