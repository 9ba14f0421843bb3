package org.worktime.adapters.persistence.jdbc;

import io.vavr.collection.List;
import io.vavr.control.Either;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.worktime.application.Refusal;
import org.worktime.application.port.OfficeNetworks;
import org.worktime.domain.id.TenantId;
import org.worktime.domain.place.IpAddress;
import org.worktime.domain.place.NetworkRange;

/** Companies' office networks in {@code office_networks}, one row per range, in order. */
final class JdbcOfficeNetworks implements OfficeNetworks {

  private final JdbcDatabase database;

  JdbcOfficeNetworks(JdbcDatabase database) {
    this.database = database;
  }

  @Override
  public List<NetworkRange> of(TenantId tenant) {
    return database.read(
        handle ->
            List.ofAll(
                handle
                    .createQuery(
                        "SELECT first_address, last_address, name FROM office_networks"
                            + " WHERE tenant_id = :tenant ORDER BY position")
                    .bind("tenant", Sql.uuid(tenant.value()))
                    .map(
                        (row, context) ->
                            new NetworkRange(
                                row.getString("name"),
                                new IpAddress(row.getString("first_address")),
                                new IpAddress(row.getString("last_address"))))
                    .list()));
  }

  /** The old rows go and the new come in one transaction, so a reader sees one set or the other. */
  @Override
  public Either<Refusal.Conflict, List<NetworkRange>> replace(
      TenantId tenant, List<NetworkRange> ranges) {
    return database.write(
        "the office networks",
        handle -> {
          handle
              .createUpdate("DELETE FROM office_networks WHERE tenant_id = :tenant")
              .bind("tenant", Sql.uuid(tenant.value()))
              .execute();
          PreparedBatch insert =
              handle.prepareBatch(
                  "INSERT INTO office_networks"
                      + " (tenant_id, position, first_address, last_address, name)"
                      + " VALUES (:tenant, :position, :first, :last, :name)");
          ranges
              .zipWithIndex()
              .forEach(
                  entry ->
                      insert
                          .bind("tenant", Sql.uuid(tenant.value()))
                          .bind("position", entry._2)
                          .bind("first", entry._1.first().text())
                          .bind("last", entry._1.last().text())
                          .bind("name", entry._1.name())
                          .add());
          if (!ranges.isEmpty()) {
            insert.execute();
          }
          return Either.right(ranges);
        });
  }
}
