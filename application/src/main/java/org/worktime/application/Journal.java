package org.worktime.application;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.worktime.application.port.AuditEntry;
import org.worktime.application.port.AuditLog;
import org.worktime.application.port.IdempotencyRecords;
import org.worktime.application.port.IdempotencyRecords.Remembered;

/**
 * The audit log and the idempotency records together, because every change writes both in its
 * transaction and every retry is answered from them: a key seen before with the same fingerprint
 * answers the audit entry of its first outcome; with another fingerprint it is refused.
 */
public final class Journal {

  private final AuditLog audit;
  private final IdempotencyRecords idempotency;

  public Journal(AuditLog audit, IdempotencyRecords idempotency) {
    this.audit = audit;
    this.idempotency = idempotency;
  }

  /** The first outcome's audit entry when the request is a retry; none for a new request. */
  public Option<Either<Refusal, AuditEntry>> replayed(Request request, String fingerprint) {
    return request
        .idempotencyKey()
        .flatMap(
            key ->
                idempotency
                    .find(request.actor().tenant(), key)
                    .map(
                        remembered ->
                            remembered.fingerprint().equals(fingerprint)
                                ? audit
                                    .find(request.actor().tenant(), remembered.auditEntry())
                                    .toEither(
                                        () ->
                                            (Refusal)
                                                new Refusal.NotFound(
                                                    "audit entry",
                                                    remembered.auditEntry().toString()))
                                : Either.left(new Refusal.IdempotencyKeyReused(key))));
  }

  /**
   * Appends an entry that answers no request by itself, e.g. a timer stopped by another's start.
   */
  public void append(AuditEntry entry) {
    audit.append(entry);
  }

  /** Appends the entry and remembers the request's key, if any, as answered by it. */
  public Either<Refusal, AuditEntry> record(Request request, String fingerprint, AuditEntry entry) {
    audit.append(entry);
    if (request.idempotencyKey().isEmpty()) {
      return Either.right(entry);
    }
    return idempotency
        .remember(
            request.actor().tenant(),
            request.idempotencyKey().get(),
            new Remembered(fingerprint, entry.id()))
        .<Refusal>mapLeft(conflict -> conflict)
        .map(ok -> entry);
  }
}
