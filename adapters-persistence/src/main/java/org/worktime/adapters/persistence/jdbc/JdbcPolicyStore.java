package org.worktime.adapters.persistence.jdbc;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.worktime.application.port.PolicyStore;
import org.worktime.domain.id.PolicyId;
import org.worktime.domain.id.TenantId;
import org.worktime.domain.policy.SchedulePolicy;

/** Schedule policies in the {@code policies} table, each a JSON document. */
final class JdbcPolicyStore implements PolicyStore {

  private final JdbcDatabase database;

  JdbcPolicyStore(JdbcDatabase database) {
    this.database = database;
  }

  @Override
  public Option<SchedulePolicy> find(TenantId tenant, PolicyId id) {
    return database.read(
        handle ->
            Option.ofOptional(
                handle
                    .createQuery(
                        "SELECT document FROM policies WHERE tenant_id = :tenant AND id = :id")
                    .bind("tenant", Sql.uuid(tenant.value()))
                    .bind("id", Sql.uuid(id.value()))
                    .map((row, context) -> Documents.policy(row.getString("document")))
                    .findOne()));
  }

  @Override
  public Seq<Tuple2<PolicyId, SchedulePolicy>> all(TenantId tenant) {
    return database
        .read(
            handle ->
                List.ofAll(
                    handle
                        .createQuery("SELECT id, document FROM policies WHERE tenant_id = :tenant")
                        .bind("tenant", Sql.uuid(tenant.value()))
                        .map(
                            (row, context) ->
                                Tuple.of(
                                    PolicyId.of(Sql.id(row, "id")),
                                    Documents.policy(row.getString("document"))))
                        .list()))
        // Sorted here, as the ids compare: unsigned, which a database's UUID order need not be.
        .sortBy(entry -> entry._1.value());
  }

  @Override
  public void save(TenantId tenant, PolicyId id, SchedulePolicy policy) {
    String document = Documents.policy(policy);
    // Replace, else add; a racing first save of the same id is answered by replacing once more.
    Either<?, ?> saved = upsert(tenant, id, document);
    if (saved.isLeft()) {
      upsert(tenant, id, document)
          .getOrElseThrow(
              conflict -> new IllegalStateException("the policy could not be saved: " + conflict));
    }
  }

  private Either<org.worktime.application.Refusal.Conflict, PolicyId> upsert(
      TenantId tenant, PolicyId id, String document) {
    return database.write(
        "the schedule policy",
        handle -> {
          int changed =
              handle
                  .createUpdate(
                      "UPDATE policies SET document = :document, version = version + 1"
                          + " WHERE tenant_id = :tenant AND id = :id")
                  .bind("tenant", Sql.uuid(tenant.value()))
                  .bind("id", Sql.uuid(id.value()))
                  .bind("document", Sql.nullableText(document))
                  .execute();
          if (changed == 0) {
            handle
                .createUpdate(
                    "INSERT INTO policies (tenant_id, id, document, version)"
                        + " VALUES (:tenant, :id, :document, 1)")
                .bind("tenant", Sql.uuid(tenant.value()))
                .bind("id", Sql.uuid(id.value()))
                .bind("document", Sql.nullableText(document))
                .execute();
          }
          return Either.right(id);
        });
  }
}
