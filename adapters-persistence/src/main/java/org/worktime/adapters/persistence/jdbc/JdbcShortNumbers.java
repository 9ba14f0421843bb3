package org.worktime.adapters.persistence.jdbc;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.worktime.application.port.ShortNumbers;
import org.worktime.domain.id.Id;
import org.worktime.domain.id.TenantId;

/**
 * Short numbers in {@code short_numbers}: an insert-if-absent. The first server to insert an id's
 * row wins; a loser's insert hits the unique key on {@code (tenant_id, id)} and reads the winner's
 * number instead.
 */
final class JdbcShortNumbers implements ShortNumbers {

  /** A lost race is followed by a read that must see the winner; more rounds mean a bug. */
  private static final int ROUNDS = 3;

  private final JdbcDatabase database;

  JdbcShortNumbers(JdbcDatabase database) {
    this.database = database;
  }

  @Override
  public long numberOf(TenantId tenant, Id id) {
    for (int round = 0; round < ROUNDS; round++) {
      Option<Long> known = find(tenant, id);
      if (known.isDefined()) {
        return known.get();
      }
      Either<?, Long> inserted =
          database.write(
              "the short number",
              handle -> {
                handle
                    .createUpdate("INSERT INTO short_numbers (tenant_id, id) VALUES (:tenant, :id)")
                    .bind("tenant", Sql.uuid(tenant.value()))
                    .bind("id", Sql.uuid(id))
                    .execute();
                return Either.right(
                    handle
                        .createQuery(
                            "SELECT number FROM short_numbers"
                                + " WHERE tenant_id = :tenant AND id = :id")
                        .bind("tenant", Sql.uuid(tenant.value()))
                        .bind("id", Sql.uuid(id))
                        .mapTo(Long.class)
                        .one());
              });
      if (inserted.isRight()) {
        return inserted.get();
      }
    }
    throw new IllegalStateException("no short number could be assigned");
  }

  @Override
  public Option<Id> idOf(TenantId tenant, long number) {
    return database.read(
        handle ->
            Option.ofOptional(
                handle
                    .createQuery(
                        "SELECT id FROM short_numbers WHERE tenant_id = :tenant AND number = :number")
                    .bind("tenant", Sql.uuid(tenant.value()))
                    .bind("number", number)
                    .map((row, context) -> Sql.id(row, "id"))
                    .findOne()));
  }

  private Option<Long> find(TenantId tenant, Id id) {
    return database.read(
        handle ->
            Option.ofOptional(
                handle
                    .createQuery(
                        "SELECT number FROM short_numbers WHERE tenant_id = :tenant AND id = :id")
                    .bind("tenant", Sql.uuid(tenant.value()))
                    .bind("id", Sql.uuid(id))
                    .mapTo(Long.class)
                    .findOne()));
  }
}
