package org.worktime.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.worktime.adapters.persistence.Fixtures.MONDAY;
import static org.worktime.adapters.persistence.Fixtures.hire;
import static org.worktime.adapters.persistence.Fixtures.opened;
import static org.worktime.adapters.persistence.Fixtures.tenantIn;

import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.worktime.adapters.persistence.jdbc.JdbcStores;
import org.worktime.application.port.Stores;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.TenantId;
import org.worktime.domain.workday.Workday;

/** What the databases add to the contract: their own integrity, below the stores. */
abstract class JdbcStoreContract extends StoreContract {

  /** The database under the stores. */
  protected abstract DataSource dataSource();

  @Test
  void migratingAgainChangesNothing() {
    assertThat(JdbcStores.migrate(dataSource())).isZero();
  }

  @Test
  void theDatabaseItselfRefusesASecondOpenDay() throws SQLException {
    Stores stores = stores();
    TenantId tenant = tenantIn(stores);
    EmployeeId ana = hire(stores, tenant, 1);
    stores.workdays().insert(opened(tenant, ana, MONDAY));

    try (Connection connection = dataSource().getConnection()) {
      assertThatThrownBy(() -> insertRaw(connection, tenant, ana, "OPENED", 1))
          .isInstanceOf(SQLException.class)
          .extracting(e -> ((SQLException) e).getSQLState())
          .isEqualTo("23505");
      // The marker cannot lie about the state either.
      assertThatThrownBy(() -> insertRaw(connection, tenant, ana, "OPENED", null))
          .isInstanceOf(SQLException.class);
    }
  }

  @Test
  void aDayOfAnUnknownEmployeeIsRefusedByItsForeignKey() {
    Stores stores = stores();
    TenantId tenant = tenantIn(stores);
    EmployeeId stranger = EmployeeId.of(Fixtures.newId());
    assertThatThrownBy(() -> stores.workdays().insert(opened(tenant, stranger, MONDAY)))
        .isInstanceOf(RuntimeException.class);
  }

  @Test
  void timeColumnsHoldTheInstantFlooredToTheMicrosecond() throws SQLException {
    Stores stores = stores();
    TenantId tenant = tenantIn(stores);
    EmployeeId ana = hire(stores, tenant, 1);
    Workday day = opened(tenant, ana, MONDAY); // ...07:00:00.123456789Z
    assertThat(stores.workdays().insert(day)).isEqualTo(Either.right(1L));

    try (Connection connection = dataSource().getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT start_at FROM workdays WHERE tenant_id = ? AND id = ?")) {
      query.setObject(1, tenant.value().toUuid());
      query.setObject(2, day.id().value().toUuid());
      try (ResultSet row = query.executeQuery()) {
        assertThat(row.next()).isTrue();
        assertThat(row.getObject(1, OffsetDateTime.class).toInstant())
            .isEqualTo(java.time.Instant.parse("2025-03-03T07:00:00.123456Z"));
      }
    }
    // The document keeps the nanoseconds.
    assertThat(stores.workdays().find(tenant, day.id()).get().value().start().at())
        .isEqualTo(MONDAY);
  }

  private static void insertRaw(
      Connection connection, TenantId tenant, EmployeeId employee, String state, Integer marker)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO workdays (tenant_id, id, employee_id, state, start_at, start_zone,"
                + " open_marker, approval, verified, document, version)"
                + " VALUES (?, ?, ?, ?, ?, 'UTC', ?, 'APPROVED', FALSE, '{}', 1)")) {
      insert.setObject(1, tenant.value().toUuid());
      insert.setObject(2, UUID.randomUUID());
      insert.setObject(3, employee.value().toUuid());
      insert.setString(4, state);
      insert.setObject(5, OffsetDateTime.parse("2025-03-04T08:00:00Z"));
      if (marker == null) {
        insert.setNull(6, java.sql.Types.SMALLINT);
      } else {
        insert.setShort(6, marker.shortValue());
      }
      insert.executeUpdate();
    }
  }
}
