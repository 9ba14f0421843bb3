package org.worktime.application.memory;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Comparator;
import org.worktime.application.memory.MemoryDatabase.Change;
import org.worktime.application.port.AuditEntry;
import org.worktime.application.port.AuditLog;
import org.worktime.domain.id.Id;
import org.worktime.domain.id.TenantId;

/** The audit log in memory: append-only, rolled back with the change it records. */
public final class MemoryAuditLog implements AuditLog {

  private final MemoryDatabase database;

  public MemoryAuditLog(MemoryDatabase database) {
    this.database = database;
  }

  @Override
  public void append(AuditEntry entry) {
    database.write(
        tables -> {
          if (tables.audit().containsKey(entry.id())) {
            throw new IllegalStateException("audit entries are never replaced: " + entry.id());
          }
          return new Change<>(tables.withAudit(entry), entry);
        });
  }

  @Override
  public Option<AuditEntry> find(TenantId tenant, Id entry) {
    return database.read(
        tables -> tables.audit().get(entry).filter(found -> found.tenant().equals(tenant)));
  }

  @Override
  public Seq<AuditEntry> historyOf(TenantId tenant, Id subject) {
    return database.read(
        tables ->
            tables
                .audit()
                .values()
                .filter(entry -> entry.tenant().equals(tenant) && entry.subject().equals(subject))
                .toList()
                // A stable sort: entries of the same instant keep the order they were appended in
                // (their ids, random within a millisecond, would not).
                .sorted(Comparator.comparing(AuditEntry::at)));
  }
}
