package org.worktime.domain.workday;

import io.vavr.control.Option;
import java.time.ZoneId;
import java.util.Objects;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.TenantId;
import org.worktime.domain.id.WorkdayId;
import org.worktime.domain.place.Origin;
import org.worktime.domain.text.Note;

/**
 * A request to start a workday: whose, with which new id, when (the employee's home zone applies
 * unless the timing names its own), from where, with an optional note.
 */
public record Opening(
    WorkdayId id,
    TenantId tenant,
    EmployeeId employee,
    ZoneId homeZone,
    Timing timing,
    Origin origin,
    Option<Note> note) {

  public Opening {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(homeZone, "homeZone");
    Objects.requireNonNull(timing, "timing");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(note, "note");
  }
}
