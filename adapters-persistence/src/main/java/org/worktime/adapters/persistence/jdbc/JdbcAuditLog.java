package org.worktime.adapters.persistence.jdbc;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.jdbi.v3.core.statement.StatementContext;
import org.worktime.application.Channel;
import org.worktime.application.port.AuditEntry;
import org.worktime.application.port.AuditLog;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.Id;
import org.worktime.domain.id.TenantId;
import org.worktime.domain.text.Note;

/**
 * The audit log in {@code audit_entries}: only INSERT and SELECT, never UPDATE or DELETE. Written
 * on the caller's transaction, so an entry commits or rolls back with the change it records. The
 * instant is kept as a timestamp (microseconds, for order and ranges) plus its nano-of-second, so
 * it reads back exactly.
 */
final class JdbcAuditLog implements AuditLog {

  private static final String COLUMNS =
      "SELECT tenant_id, id, subject_id, actor_id, recorded_at, recorded_nanos, action,"
          + " before_state, after_state, reason, channel, address FROM audit_entries"
          + " WHERE tenant_id = :tenant";

  private final JdbcDatabase database;

  JdbcAuditLog(JdbcDatabase database) {
    this.database = database;
  }

  @Override
  public void append(AuditEntry entry) {
    database
        .write(
            "the audit entry",
            handle ->
                io.vavr.control.Either.right(
                    handle
                        .createUpdate(
                            "INSERT INTO audit_entries (tenant_id, id, subject_id, actor_id,"
                                + " recorded_at, recorded_nanos, action, before_state,"
                                + " after_state, reason, channel, address) VALUES (:tenant, :id,"
                                + " :subject, :actor, :at, :nanos, :action, :before, :after,"
                                + " :reason, :channel, :address)")
                        .bind("tenant", Sql.uuid(entry.tenant().value()))
                        .bind("id", Sql.uuid(entry.id()))
                        .bind("subject", Sql.uuid(entry.subject()))
                        .bind("actor", Sql.uuid(entry.actor().value()))
                        .bind("at", Sql.timestamp(entry.at()))
                        .bind("nanos", entry.at().getNano())
                        .bind("action", Sql.nullableText(entry.action()))
                        .bind(
                            "before",
                            Sql.nullableText(entry.before().map(Documents::snapshot).getOrNull()))
                        .bind(
                            "after",
                            Sql.nullableText(entry.after().map(Documents::snapshot).getOrNull()))
                        .bind(
                            "reason", Sql.nullableText(entry.reason().map(Note::text).getOrNull()))
                        .bind("channel", Sql.nullableText(entry.channel().name()))
                        .bind("address", Sql.nullableText(entry.address().getOrNull()))
                        .execute()))
        .getOrElseThrow(
            taken -> new IllegalStateException("audit entries are never replaced: " + entry.id()));
  }

  @Override
  public Option<AuditEntry> find(TenantId tenant, Id entry) {
    return database.read(
        handle ->
            Option.ofOptional(
                handle
                    .createQuery(COLUMNS + " AND id = :id")
                    .bind("tenant", Sql.uuid(tenant.value()))
                    .bind("id", Sql.uuid(entry))
                    .map(JdbcAuditLog::entry)
                    .findOne()));
  }

  @Override
  public Seq<AuditEntry> historyOf(TenantId tenant, Id subject) {
    return database.read(
        handle ->
            List.ofAll(
                handle
                    .createQuery(
                        COLUMNS
                            + " AND subject_id = :subject"
                            + " ORDER BY recorded_at, recorded_nanos, seq")
                    .bind("tenant", Sql.uuid(tenant.value()))
                    .bind("subject", Sql.uuid(subject))
                    .map(JdbcAuditLog::entry)
                    .list()));
  }

  private static AuditEntry entry(ResultSet row, StatementContext context) throws SQLException {
    Instant micros = Sql.instant(row, "recorded_at");
    return new AuditEntry(
        Sql.id(row, "id"),
        TenantId.of(Sql.id(row, "tenant_id")),
        Sql.id(row, "subject_id"),
        EmployeeId.of(Sql.id(row, "actor_id")),
        Instant.ofEpochSecond(micros.getEpochSecond(), row.getInt("recorded_nanos")),
        row.getString("action"),
        Option.of(row.getString("before_state")).map(Documents::snapshot),
        Option.of(row.getString("after_state")).map(Documents::snapshot),
        Option.of(row.getString("reason")).map(Note::new),
        Channel.valueOf(row.getString("channel")),
        Option.of(row.getString("address")));
  }
}
