package org.worktime.domain.timer;

import io.vavr.control.Option;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.TenantId;
import org.worktime.domain.id.TimerId;
import org.worktime.domain.place.Origin;

/**
 * A request to start a task timer. The id is chosen by the caller (from an injected id generator),
 * so that a retried request can carry the same id and the domain stays free of randomness.
 *
 * @param startTime the explicit start (TheBase {@code start_time}); none means "now"
 * @param zone the zone the owner works in, recorded with the start (and with the end of a running
 *     timer this start stops)
 * @param origin where the request came from, recorded likewise
 */
public record StartTimer(
    TimerId id,
    TenantId tenant,
    EmployeeId owner,
    TimerDetails details,
    Option<Instant> startTime,
    ZoneId zone,
    Origin origin) {

  public StartTimer {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(details, "details");
    Objects.requireNonNull(startTime, "startTime");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(origin, "origin");
  }
}
