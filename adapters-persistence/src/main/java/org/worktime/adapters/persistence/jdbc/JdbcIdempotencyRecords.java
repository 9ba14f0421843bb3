package org.worktime.adapters.persistence.jdbc;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.worktime.application.IdempotencyKey;
import org.worktime.application.Refusal;
import org.worktime.application.port.IdempotencyRecords;
import org.worktime.domain.id.TenantId;

/**
 * Idempotency keys in {@code idempotency_records}, per tenant; the primary key lets the first
 * request with a key win, even across servers. Each record points at the audit entry of its
 * outcome, by foreign key.
 */
final class JdbcIdempotencyRecords implements IdempotencyRecords {

  private final JdbcDatabase database;

  JdbcIdempotencyRecords(JdbcDatabase database) {
    this.database = database;
  }

  @Override
  public Option<Remembered> find(TenantId tenant, IdempotencyKey key) {
    return database.read(
        handle ->
            Option.ofOptional(
                handle
                    .createQuery(
                        "SELECT fingerprint, audit_entry_id FROM idempotency_records"
                            + " WHERE tenant_id = :tenant AND idempotency_key = :key")
                    .bind("tenant", Sql.uuid(tenant.value()))
                    .bind("key", Sql.nullableText(key.value()))
                    .map(
                        (row, context) ->
                            new Remembered(
                                row.getString("fingerprint"), Sql.id(row, "audit_entry_id")))
                    .findOne()));
  }

  @Override
  public Either<Refusal.Conflict, Remembered> remember(
      TenantId tenant, IdempotencyKey key, Remembered remembered) {
    return database.write(
        "the idempotency key",
        handle -> {
          handle
              .createUpdate(
                  "INSERT INTO idempotency_records (tenant_id, idempotency_key, fingerprint,"
                      + " audit_entry_id) VALUES (:tenant, :key, :fingerprint, :entry)")
              .bind("tenant", Sql.uuid(tenant.value()))
              .bind("key", Sql.nullableText(key.value()))
              .bind("fingerprint", Sql.nullableText(remembered.fingerprint()))
              .bind("entry", Sql.uuid(remembered.auditEntry()))
              .execute();
          return Either.right(remembered);
        });
  }
}
