package org.worktime.application.memory;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.worktime.application.IdempotencyKey;
import org.worktime.application.Refusal;
import org.worktime.application.memory.MemoryDatabase.Change;
import org.worktime.application.port.IdempotencyRecords;
import org.worktime.domain.id.TenantId;

/** Idempotency keys in memory, per tenant; the first request with a key wins. */
public final class MemoryIdempotencyRecords implements IdempotencyRecords {

  private final MemoryDatabase database;

  public MemoryIdempotencyRecords(MemoryDatabase database) {
    this.database = database;
  }

  @Override
  public Option<Remembered> find(TenantId tenant, IdempotencyKey key) {
    return database.read(tables -> tables.idempotency().get(keyOf(tenant, key)));
  }

  @Override
  public Either<Refusal.Conflict, Remembered> remember(
      TenantId tenant, IdempotencyKey key, Remembered remembered) {
    return database.write(
        tables ->
            tables.idempotency().containsKey(keyOf(tenant, key))
                ? new Change<>(tables, Either.left(new Refusal.Conflict("the idempotency key")))
                : new Change<>(
                    tables.withIdempotency(keyOf(tenant, key), remembered),
                    Either.right(remembered)));
  }

  private static String keyOf(TenantId tenant, IdempotencyKey key) {
    return tenant + " " + key.value();
  }
}
