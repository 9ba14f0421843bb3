package org.worktime.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.vavr.collection.List;
import io.vavr.control.Option;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.worktime.application.port.Stores;
import org.worktime.application.port.Versioned;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.employee.Role;
import org.worktime.domain.id.BreakId;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.Id;
import org.worktime.domain.id.PolicyId;
import org.worktime.domain.id.TenantId;
import org.worktime.domain.id.WorkdayId;
import org.worktime.domain.place.Origin;
import org.worktime.domain.place.SourceType;
import org.worktime.domain.policy.SchedulePolicy;
import org.worktime.domain.time.Punch;
import org.worktime.domain.workday.Approval;
import org.worktime.domain.workday.Break;
import org.worktime.domain.workday.ClosedWorkday;
import org.worktime.domain.workday.OpenedWorkday;
import org.worktime.domain.workday.PausedWorkday;
import org.worktime.domain.workday.RunningBreak;
import org.worktime.domain.workday.Workday;

/**
 * An installation whose days were written before {@code workday_breaks} existed: its schema stands
 * at V4 with days and breaks in it; the upgrade (V5 and the Java backfill 5.1) makes every one of
 * those breaks findable by its id, in its own tenant only. On H2 and on PostgreSQL.
 */
class WorkdayBreaksBackfillTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final Instant MONDAY = Instant.parse("2025-03-03T07:00:00.123456789Z");

  @TempDir Path dataDir;

  @Test
  void theBreaksOfAnH2DatabaseAtVersion4AreFoundAfterTheUpgrade() {
    try (HikariDataSource h2 = JdbcDataSources.h2File(dataDir)) {
      upgradeFindsEveryBreak(h2);
    }
  }

  @Test
  void theBreaksOfAPostgresDatabaseAtVersion4AreFoundAfterTheUpgrade() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.start();
        HikariDataSource pool =
            JdbcDataSources.fromUrl(
                postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres")) {
      upgradeFindsEveryBreak(pool);
    }
  }

  private static void upgradeFindsEveryBreak(DataSource dataSource) {
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .target("4")
        .load()
        .migrate();
    Stores stores = JdbcStores.over(dataSource);
    TenantId tenant = tenantIn(stores);
    TenantId other = tenantIn(stores);
    EmployeeId ana = hire(stores, tenant, 1);
    EmployeeId ben = hire(stores, tenant, 2);
    EmployeeId cy = hire(stores, other, 1);
    ClosedWorkday done =
        new ClosedWorkday(
            WorkdayId.of(newId()),
            tenant,
            ana,
            punch(MONDAY),
            List.of(
                breakOf(MONDAY.plusSeconds(3 * 3600), Duration.ofMinutes(30)),
                breakOf(MONDAY.plusSeconds(5 * 3600), Duration.ofMinutes(5))),
            punch(MONDAY.plusSeconds(8 * 3600)),
            Approval.APPROVED,
            Option.none());
    PausedWorkday onBreak =
        new PausedWorkday(
            WorkdayId.of(newId()),
            tenant,
            ben,
            punch(MONDAY),
            List.of(breakOf(MONDAY.plusSeconds(3600), Duration.ofMinutes(15))),
            new RunningBreak(BreakId.of(newId()), punch(MONDAY.plusSeconds(7200))),
            Approval.PENDING);
    OpenedWorkday noBreaks =
        new OpenedWorkday(
            WorkdayId.of(newId()), other, cy, punch(MONDAY), List.empty(), Approval.APPROVED);
    insertAsVersion4Did(dataSource, done);
    insertAsVersion4Did(dataSource, onBreak);
    insertAsVersion4Did(dataSource, noBreaks);

    // V5, the backfill 5.1, and V6 (company accounts) after it.
    assertThat(JdbcStores.migrate(dataSource)).isEqualTo(3);

    for (Break finished : done.breaks()) {
      assertThat(stores.workdays().findByBreak(tenant, finished.id()))
          .isEqualTo(Option.some(new Versioned<Workday>(done, 1)));
    }
    assertThat(stores.workdays().findByBreak(tenant, onBreak.breaks().head().id()))
        .isEqualTo(Option.some(new Versioned<Workday>(onBreak, 1)));
    assertThat(stores.workdays().findByBreak(tenant, onBreak.running().id()))
        .isEqualTo(Option.some(new Versioned<Workday>(onBreak, 1)));
    assertThat(stores.workdays().findByBreak(other, done.breaks().head().id())).isEmpty();
    assertThat(JdbcStores.migrate(dataSource)).isZero();
  }

  /** The row the workday store of schema version 4 wrote: columns and document, no break rows. */
  private static void insertAsVersion4Did(DataSource dataSource, Workday day) {
    boolean closed = day instanceof ClosedWorkday;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO workdays (tenant_id, id, employee_id, state, start_at, start_zone,"
                    + " end_at, end_zone, open_marker, approval, verified, document, version)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, 1)")) {
      insert.setObject(1, day.tenant().value().toUuid());
      insert.setObject(2, day.id().value().toUuid());
      insert.setObject(3, day.employee().value().toUuid());
      insert.setString(4, Documents.stateOf(day));
      insert.setObject(5, Sql.micros(day.start().at()).atOffset(ZoneOffset.UTC));
      insert.setString(6, day.start().zone().getId());
      if (closed) {
        Punch end = ((ClosedWorkday) day).finish();
        insert.setObject(7, Sql.micros(end.at()).atOffset(ZoneOffset.UTC));
        insert.setString(8, end.zone().getId());
        insert.setNull(9, Types.SMALLINT);
      } else {
        insert.setNull(7, Types.TIMESTAMP_WITH_TIMEZONE);
        insert.setNull(8, Types.VARCHAR);
        insert.setShort(9, (short) 1);
      }
      insert.setString(10, day.approval().name());
      insert.setString(11, Documents.workday(day));
      insert.executeUpdate();
    } catch (SQLException failed) {
      throw new IllegalStateException(failed);
    }
  }

  private static Id newId() {
    return Id.of(UUID.randomUUID());
  }

  private static TenantId tenantIn(Stores stores) {
    TenantId tenant = TenantId.of(newId());
    stores.policies().save(tenant, PolicyId.of(tenant.value()), SchedulePolicy.flexible());
    return tenant;
  }

  private static EmployeeId hire(Stores stores, TenantId tenant, long number) {
    Employee employee =
        new Employee(
            EmployeeId.of(newId()),
            tenant,
            number,
            "person" + number + "@example.org",
            "Person " + number,
            BERLIN,
            Role.EMPLOYEE,
            PolicyId.of(tenant.value()),
            Option.none());
    return stores.employees().save(employee).get().id();
  }

  private static Punch punch(Instant at) {
    return Punch.live(at, BERLIN, Origin.of(SourceType.WEB));
  }

  private static Break breakOf(Instant start, Duration length) {
    return new Break(BreakId.of(newId()), punch(start), punch(start.plus(length)));
  }
}
