package org.worktime.application.port;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.worktime.application.Channel;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.Id;
import org.worktime.domain.id.TenantId;
import org.worktime.domain.text.Note;

/**
 * One append-only line of the audit log: who changed what, when, from what to what, why, and
 * through which channel from which address. Written in the same transaction as the change.
 */
public record AuditEntry(
    Id id,
    TenantId tenant,
    Id subject,
    EmployeeId actor,
    Instant at,
    String action,
    Option<Snapshot> before,
    Option<Snapshot> after,
    Option<Note> reason,
    Channel channel,
    Option<String> address) {

  public AuditEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(address, "address");
  }
}
