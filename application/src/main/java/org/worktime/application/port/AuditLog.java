package org.worktime.application.port;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.worktime.domain.id.Id;
import org.worktime.domain.id.TenantId;

/** The append-only record of every change. There is no update and no delete. */
public interface AuditLog {

  void append(AuditEntry entry);

  Option<AuditEntry> find(TenantId tenant, Id entry);

  /** Every entry about one subject, oldest first; entries of one instant in the order appended. */
  Seq<AuditEntry> historyOf(TenantId tenant, Id subject);
}
