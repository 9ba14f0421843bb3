package org.worktime.adapters.persistence.jdbc;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.Query;
import org.worktime.application.Refusal;
import org.worktime.application.port.TimerStore;
import org.worktime.application.port.Versioned;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.TenantId;
import org.worktime.domain.id.TimerId;
import org.worktime.domain.timer.RunningTimer;
import org.worktime.domain.timer.StoppedTimer;
import org.worktime.domain.timer.TaskTimer;

/** Task timers in the {@code timers} table, one running timer per owner held by an index. */
final class JdbcTimerStore implements TimerStore {

  private final JdbcDatabase database;

  JdbcTimerStore(JdbcDatabase database) {
    this.database = database;
  }

  @Override
  public Option<Versioned<TaskTimer>> find(TenantId tenant, TimerId id) {
    return database.read(
        handle ->
            Option.ofOptional(
                handle
                    .createQuery(
                        "SELECT document, version FROM timers WHERE tenant_id = :tenant AND id ="
                            + " :id")
                    .bind("tenant", Sql.uuid(tenant.value()))
                    .bind("id", Sql.uuid(id.value()))
                    .map(
                        (row, context) ->
                            new Versioned<>(
                                Documents.timer(row.getString("document")), row.getLong("version")))
                    .findOne()));
  }

  @Override
  public Option<Versioned<RunningTimer>> runningOf(TenantId tenant, EmployeeId owner) {
    return database.read(
        handle ->
            Option.ofOptional(
                handle
                    .createQuery(
                        "SELECT document, version FROM timers WHERE tenant_id = :tenant"
                            + " AND owner_id = :owner AND running_marker = 1")
                    .bind("tenant", Sql.uuid(tenant.value()))
                    .bind("owner", Sql.uuid(owner.value()))
                    .map(
                        (row, context) ->
                            new Versioned<>(
                                (RunningTimer) Documents.timer(row.getString("document")),
                                row.getLong("version")))
                    .findOne()));
  }

  @Override
  public Seq<RunningTimer> running(
      TenantId tenant, Option<EmployeeId> owner, int offset, int limit) {
    if (limit <= 0) {
      return List.empty();
    }
    return database.read(
        handle -> {
          Query query =
              handle
                  .createQuery(
                      "SELECT document FROM timers WHERE tenant_id = :tenant"
                          + " AND running_marker = 1"
                          + (owner.isDefined() ? " AND owner_id = :owner" : "")
                          + " ORDER BY start_at, id LIMIT :limit OFFSET :offset")
                  .bind("tenant", Sql.uuid(tenant.value()))
                  .bind("limit", limit)
                  .bind("offset", Math.max(0, offset));
          owner.forEach(one -> query.bind("owner", Sql.uuid(one.value())));
          return List.ofAll(
              query
                  .map((row, context) -> (RunningTimer) Documents.timer(row.getString("document")))
                  .list());
        });
  }

  @Override
  public int countRunning(TenantId tenant, Option<EmployeeId> owner) {
    return database.read(
        handle -> {
          Query query =
              handle
                  .createQuery(
                      "SELECT COUNT(*) FROM timers WHERE tenant_id = :tenant"
                          + " AND running_marker = 1"
                          + (owner.isDefined() ? " AND owner_id = :owner" : ""))
                  .bind("tenant", Sql.uuid(tenant.value()));
          owner.forEach(one -> query.bind("owner", Sql.uuid(one.value())));
          return query.mapTo(Long.class).one().intValue();
        });
  }

  @Override
  public Either<Refusal.Conflict, Long> insert(TaskTimer timer) {
    return database.write(
        "the owner's running timer",
        handle -> {
          handle
              .createUpdate(
                  "INSERT INTO timers (tenant_id, id, owner_id, start_at, end_at, running_marker,"
                      + " account, external_id, document, version) VALUES (:tenant, :id, :owner,"
                      + " :start_at, :end_at, :running_marker, :account, :external_id,"
                      + " :document, 1)")
              .bind("tenant", Sql.uuid(timer.tenant().value()))
              .bind("id", Sql.uuid(timer.id().value()))
              .bindNamedArgumentFinder(Sql.named(columns(timer)))
              .execute();
          return Either.right(1L);
        });
  }

  @Override
  public Either<Refusal.Conflict, Long> update(TaskTimer timer, long expectedVersion) {
    return database.write(
        "the timer",
        handle -> {
          int changed =
              handle
                  .createUpdate(
                      "UPDATE timers SET owner_id = :owner, start_at = :start_at,"
                          + " end_at = :end_at, running_marker = :running_marker,"
                          + " account = :account, external_id = :external_id,"
                          + " document = :document, version = version + 1"
                          + " WHERE tenant_id = :tenant AND id = :id AND version = :expected")
                  .bind("tenant", Sql.uuid(timer.tenant().value()))
                  .bind("id", Sql.uuid(timer.id().value()))
                  .bind("expected", expectedVersion)
                  .bindNamedArgumentFinder(Sql.named(columns(timer)))
                  .execute();
          return changed == 1
              ? Either.right(expectedVersion + 1)
              : Either.left(new Refusal.Conflict("the timer"));
        });
  }

  @Override
  public void forEachStartedBetween(
      TenantId tenant,
      Option<EmployeeId> owner,
      Instant from,
      Instant until,
      Consumer<TaskTimer> consumer) {
    database.stream(
        handle -> {
          Query query =
              handle
                  .createQuery(
                      "SELECT document FROM timers WHERE tenant_id = :tenant"
                          + (owner.isDefined() ? " AND owner_id = :owner" : "")
                          + " AND start_at >= :from AND start_at <= :until"
                          + " ORDER BY owner_id, start_at, id")
                  .bind("tenant", Sql.uuid(tenant.value()))
                  .bind("from", Sql.timestamp(from))
                  .bind("until", Sql.timestamp(until))
                  .setFetchSize(JdbcWorkdayStore.FETCH_SIZE);
          owner.forEach(one -> query.bind("owner", Sql.uuid(one.value())));
          query
              .map((row, context) -> Documents.timer(row.getString("document")))
              .useStream(
                  timers ->
                      timers
                          .filter(
                              timer ->
                                  !timer.start().at().isBefore(from)
                                      && timer.start().at().isBefore(until))
                          .forEach(consumer));
        });
  }

  private static Map<String, Argument> columns(TaskTimer timer) {
    Map<String, Argument> columns = new HashMap<>();
    Instant end = timer instanceof StoppedTimer stopped ? stopped.end().at() : null;
    columns.put("owner", Sql.uuid(timer.owner().value()));
    columns.put("start_at", Sql.timestamp(timer.start().at()));
    columns.put("end_at", Sql.nullableTimestamp(end));
    columns.put("running_marker", Sql.marker(end == null));
    columns.put(
        "account", Sql.nullableText(timer.details().account().map(a -> a.value()).getOrNull()));
    columns.put(
        "external_id",
        Sql.nullableText(timer.details().externalId().map(e -> e.value()).getOrNull()));
    columns.put("document", Sql.nullableText(Documents.timer(timer)));
    return columns;
  }
}
