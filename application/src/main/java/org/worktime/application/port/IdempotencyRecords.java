package org.worktime.application.port;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.worktime.application.IdempotencyKey;
import org.worktime.application.Refusal;
import org.worktime.domain.id.Id;
import org.worktime.domain.id.TenantId;

/**
 * Remembers which command an idempotency key was first used for (its fingerprint) and the audit
 * entry of its outcome, so that a retry answers the first result and is not applied twice.
 */
public interface IdempotencyRecords {

  record Remembered(String fingerprint, Id auditEntry) {}

  Option<Remembered> find(TenantId tenant, IdempotencyKey key);

  /** A conflict when another request with the same key got there first. */
  Either<Refusal.Conflict, Remembered> remember(
      TenantId tenant, IdempotencyKey key, Remembered remembered);
}
