package org.worktime.adapters.persistence.jdbc;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.statement.StatementContext;
import org.worktime.application.port.LocationStore;
import org.worktime.domain.id.LocationId;
import org.worktime.domain.id.TenantId;
import org.worktime.domain.place.Location;

/** Locations in {@code locations}. */
final class JdbcLocationStore implements LocationStore {

  private final JdbcDatabase database;

  JdbcLocationStore(JdbcDatabase database) {
    this.database = database;
  }

  @Override
  public void save(Location location) {
    database
        .write(
            "the location",
            handle -> {
              int changed =
                  handle
                      .createUpdate(
                          "UPDATE locations SET name = :name WHERE tenant_id = :tenant AND id = :id")
                      .bind("tenant", Sql.uuid(location.tenant().value()))
                      .bind("id", Sql.uuid(location.id().value()))
                      .bind("name", Sql.nullableText(location.name()))
                      .execute();
              if (changed == 0) {
                handle
                    .createUpdate(
                        "INSERT INTO locations (tenant_id, id, name) VALUES (:tenant, :id, :name)")
                    .bind("tenant", Sql.uuid(location.tenant().value()))
                    .bind("id", Sql.uuid(location.id().value()))
                    .bind("name", Sql.nullableText(location.name()))
                    .execute();
              }
              return Either.right(location);
            })
        .getOrElseThrow(conflict -> new IllegalStateException("the location could not be saved"));
  }

  @Override
  public Option<Location> find(TenantId tenant, LocationId id) {
    return database.read(
        handle ->
            Option.ofOptional(
                handle
                    .createQuery(
                        "SELECT tenant_id, id, name FROM locations"
                            + " WHERE tenant_id = :tenant AND id = :id")
                    .bind("tenant", Sql.uuid(tenant.value()))
                    .bind("id", Sql.uuid(id.value()))
                    .map(JdbcLocationStore::location)
                    .findOne()));
  }

  @Override
  public Seq<Location> all(TenantId tenant) {
    return database.read(
        handle ->
            List.ofAll(
                handle
                    .createQuery(
                        "SELECT tenant_id, id, name FROM locations WHERE tenant_id = :tenant"
                            + " ORDER BY name, id")
                    .bind("tenant", Sql.uuid(tenant.value()))
                    .map(JdbcLocationStore::location)
                    .list()));
  }

  private static Location location(ResultSet row, StatementContext context) throws SQLException {
    return new Location(
        LocationId.of(Sql.id(row, "id")),
        TenantId.of(Sql.id(row, "tenant_id")),
        row.getString("name"));
  }
}
