package org.worktime.adapters.persistence.jdbc;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.worktime.application.Refusal;
import org.worktime.application.port.Versioned;
import org.worktime.application.port.WorkdayStore;
import org.worktime.domain.id.BreakId;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.TenantId;
import org.worktime.domain.id.WorkdayId;
import org.worktime.domain.time.Punch;
import org.worktime.domain.workday.Break;
import org.worktime.domain.workday.ClosedWorkday;
import org.worktime.domain.workday.RunningBreak;
import org.worktime.domain.workday.Workday;

/**
 * Workdays in the {@code workdays} table: key, state and times as columns (for the keys, the
 * one-open-day index and periods), the whole day as a JSON document (read back exactly); and each
 * break's day in {@code workday_breaks}, written with the document.
 */
final class JdbcWorkdayStore implements WorkdayStore {

  /** Rows fetched per round trip while streaming a period. */
  static final int FETCH_SIZE = 500;

  private final JdbcDatabase database;

  JdbcWorkdayStore(JdbcDatabase database) {
    this.database = database;
  }

  @Override
  public Option<Versioned<Workday>> find(TenantId tenant, WorkdayId id) {
    return database.read(
        handle ->
            Option.ofOptional(
                handle
                    .createQuery(
                        "SELECT document, version FROM workdays WHERE tenant_id = :tenant AND id ="
                            + " :id")
                    .bind("tenant", Sql.uuid(tenant.value()))
                    .bind("id", Sql.uuid(id.value()))
                    .map(
                        (row, context) ->
                            new Versioned<>(
                                Documents.workday(row.getString("document")),
                                row.getLong("version")))
                    .findOne()));
  }

  /**
   * {@code workday_breaks} names the day that holds the break; the day's document, read in the same
   * statement, confirms it.
   */
  @Override
  public Option<Versioned<Workday>> findByBreak(TenantId tenant, BreakId breakId) {
    return database.read(
        handle ->
            Option.ofOptional(
                    handle
                        .createQuery(
                            "SELECT w.document, w.version FROM workday_breaks b"
                                + " JOIN workdays w ON w.tenant_id = b.tenant_id"
                                + " AND w.id = b.workday_id"
                                + " WHERE b.tenant_id = :tenant AND b.break_id = :break")
                        .bind("tenant", Sql.uuid(tenant.value()))
                        .bind("break", Sql.uuid(breakId.value()))
                        .map(
                            (row, context) ->
                                new Versioned<>(
                                    Documents.workday(row.getString("document")),
                                    row.getLong("version")))
                        .findOne())
                .filter(day -> breakIdsOf(day.value()).contains(breakId)));
  }

  @Override
  public Option<Versioned<Workday>> latestOf(TenantId tenant, EmployeeId employee) {
    return database.read(
        handle ->
            Option.ofOptional(
                handle
                    .createQuery(
                        "SELECT document, version FROM workdays"
                            + " WHERE tenant_id = :tenant AND employee_id = :employee"
                            + " ORDER BY start_at DESC, id DESC LIMIT 1")
                    .bind("tenant", Sql.uuid(tenant.value()))
                    .bind("employee", Sql.uuid(employee.value()))
                    .map(
                        (row, context) ->
                            new Versioned<>(
                                Documents.workday(row.getString("document")),
                                row.getLong("version")))
                    .findOne()));
  }

  @Override
  public Seq<Workday> touching(TenantId tenant, EmployeeId employee, Instant from, Instant until) {
    // The columns hold microseconds: select a little wide, then decide exactly on the documents.
    return database.read(
        handle ->
            List.ofAll(
                    handle
                        .createQuery(
                            "SELECT document FROM workdays"
                                + " WHERE tenant_id = :tenant AND employee_id = :employee"
                                + " AND start_at <= :until AND (end_at IS NULL OR end_at >= :from)"
                                + " ORDER BY start_at, id")
                        .bind("tenant", Sql.uuid(tenant.value()))
                        .bind("employee", Sql.uuid(employee.value()))
                        .bind("from", Sql.timestamp(from))
                        .bind("until", Sql.timestamp(until))
                        .map((row, context) -> Documents.workday(row.getString("document")))
                        .list())
                .filter(
                    day ->
                        day.start().at().isBefore(until)
                            && day.end().map(Punch::at).forAll(end -> end.isAfter(from)))
                .sorted(Comparator.comparing(day -> day.start().at())));
  }

  /** The one-open-day marker is 1 exactly on the days that are not closed (NULL otherwise). */
  @Override
  public long countOpen() {
    return database.read(
        handle ->
            handle
                .createQuery("SELECT COUNT(*) FROM workdays WHERE open_marker = 1")
                .mapTo(Long.class)
                .one());
  }

  @Override
  public Either<Refusal.Conflict, Long> insert(Workday day) {
    return database.write(
        "the employee's open workday",
        handle -> {
          handle
              .createUpdate(
                  "INSERT INTO workdays (tenant_id, id, employee_id, state, start_at, start_zone,"
                      + " end_at, end_zone, open_marker, approval, verified, document, version)"
                      + " VALUES (:tenant, :id, :employee, :state, :start_at, :start_zone,"
                      + " :end_at, :end_zone, :open_marker, :approval, :verified, :document, 1)")
              .bind("tenant", Sql.uuid(day.tenant().value()))
              .bind("id", Sql.uuid(day.id().value()))
              .bindNamedArgumentFinder(Sql.named(columns(day)))
              .execute();
          indexBreaks(handle, day);
          return Either.right(1L);
        });
  }

  @Override
  public Either<Refusal.Conflict, Long> update(Workday day, long expectedVersion) {
    return database.write(
        "the workday",
        handle -> {
          int changed =
              handle
                  .createUpdate(
                      "UPDATE workdays SET employee_id = :employee, state = :state,"
                          + " start_at = :start_at, start_zone = :start_zone, end_at = :end_at,"
                          + " end_zone = :end_zone, open_marker = :open_marker,"
                          + " approval = :approval, verified = :verified, document = :document,"
                          + " version = version + 1"
                          + " WHERE tenant_id = :tenant AND id = :id AND version = :expected")
                  .bind("tenant", Sql.uuid(day.tenant().value()))
                  .bind("id", Sql.uuid(day.id().value()))
                  .bind("expected", expectedVersion)
                  .bindNamedArgumentFinder(Sql.named(columns(day)))
                  .execute();
          if (changed != 1) {
            return Either.left(new Refusal.Conflict("the workday"));
          }
          indexBreaks(handle, day);
          return Either.right(expectedVersion + 1);
        });
  }

  @Override
  public void forEachStartedBetween(
      TenantId tenant,
      Option<EmployeeId> employee,
      Instant from,
      Instant until,
      Consumer<Workday> consumer) {
    database.stream(
        handle ->
            periodQuery(handle, tenant, employee, from, until)
                .map((row, context) -> Documents.workday(row.getString("document")))
                .useStream(
                    days ->
                        days.filter(
                                day ->
                                    !day.start().at().isBefore(from)
                                        && day.start().at().isBefore(until))
                            .forEach(consumer)));
  }

  /**
   * Replaces the day's rows in {@code workday_breaks} with its breaks as they are now: the same
   * {@code write} as the document, so both commit or roll back together.
   */
  private static void indexBreaks(Handle handle, Workday day) {
    handle
        .createUpdate("DELETE FROM workday_breaks WHERE tenant_id = :tenant AND workday_id = :day")
        .bind("tenant", Sql.uuid(day.tenant().value()))
        .bind("day", Sql.uuid(day.id().value()))
        .execute();
    Seq<BreakId> breaks = breakIdsOf(day);
    if (breaks.isEmpty()) {
      return;
    }
    PreparedBatch insert =
        handle.prepareBatch(
            "INSERT INTO workday_breaks (tenant_id, break_id, workday_id)"
                + " VALUES (:tenant, :break, :day)");
    for (BreakId breakId : breaks) {
      insert
          .bind("tenant", Sql.uuid(day.tenant().value()))
          .bind("break", Sql.uuid(breakId.value()))
          .bind("day", Sql.uuid(day.id().value()))
          .add();
    }
    insert.execute();
  }

  /** The day's finished breaks and its running one. */
  private static Seq<BreakId> breakIdsOf(Workday day) {
    return day.breaks().map(Break::id).appendAll(day.runningBreak().map(RunningBreak::id));
  }

  private static Query periodQuery(
      Handle handle, TenantId tenant, Option<EmployeeId> employee, Instant from, Instant until) {
    Query query =
        handle
            .createQuery(
                "SELECT document FROM workdays WHERE tenant_id = :tenant"
                    + (employee.isDefined() ? " AND employee_id = :employee" : "")
                    + " AND start_at >= :from AND start_at <= :until"
                    + " ORDER BY employee_id, start_at, id")
            .bind("tenant", Sql.uuid(tenant.value()))
            .bind("from", Sql.timestamp(from))
            .bind("until", Sql.timestamp(until))
            .setFetchSize(FETCH_SIZE);
    employee.forEach(one -> query.bind("employee", Sql.uuid(one.value())));
    return query;
  }

  private static Map<String, Argument> columns(Workday day) {
    boolean closed = day instanceof ClosedWorkday;
    Map<String, Argument> columns = new HashMap<>();
    columns.put("employee", Sql.uuid(day.employee().value()));
    columns.put("state", Sql.nullableText(Documents.stateOf(day)));
    columns.put("start_at", Sql.timestamp(day.start().at()));
    columns.put("start_zone", Sql.nullableText(day.start().zone().getId()));
    columns.put("end_at", Sql.nullableTimestamp(day.end().map(Punch::at).getOrNull()));
    columns.put("end_zone", Sql.nullableText(day.end().map(p -> p.zone().getId()).getOrNull()));
    columns.put("open_marker", Sql.marker(!closed));
    columns.put("approval", Sql.nullableText(day.approval().name()));
    columns.put("verified", Sql.bool(closed && ((ClosedWorkday) day).isVerified()));
    columns.put("document", Sql.nullableText(Documents.workday(day)));
    return columns;
  }
}
