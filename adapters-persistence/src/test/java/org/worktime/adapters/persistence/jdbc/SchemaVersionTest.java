package org.worktime.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command opens a current store without Flyway; anything else is migrated first. */
class SchemaVersionTest {

  @TempDir Path data;

  @TempDir Path other;

  @Test
  void theSchemaVersionIsTheNewestMigrationSqlOrJava() {
    try (HikariDataSource dataSource =
        JdbcDataSources.h2File(other, JdbcDataSources.Pool.COMMAND)) {
      JdbcStores.migrate(dataSource);

      assertThat(JdbcStores.schemaState(dataSource).applied()).contains(JdbcStores.SCHEMA_VERSION);
    }
  }

  @Test
  void anEmptyStoreIsMigratedOnceAndThenOpenedAsCurrent() {
    try (HikariDataSource dataSource = JdbcDataSources.h2File(data, JdbcDataSources.Pool.COMMAND)) {
      assertThat(JdbcStores.isAtSchemaVersion(dataSource)).isFalse();
      SchemaState empty = JdbcStores.schemaState(dataSource);
      assertThat(empty.applied()).isEmpty();
      assertThat(empty.pending()).isPositive();
      assertThat(empty.isCurrent()).isFalse();

      JdbcStores.openCurrent(dataSource);

      assertThat(JdbcStores.isAtSchemaVersion(dataSource)).isTrue();
      assertThat(JdbcStores.schemaState(dataSource).isCurrent()).isTrue();
      assertThat(JdbcStores.schemaState(dataSource).applied()).contains(JdbcStores.SCHEMA_VERSION);
      assertThat(dataSource.getMaximumPoolSize()).isEqualTo(2);
      assertThat(dataSource.getMinimumIdle()).isEqualTo(1);
    }
  }

  @Test
  void versionsCompareAsNumbersPartByPart() {
    assertThat(JdbcStores.newer("10", "9")).isTrue();
    assertThat(JdbcStores.newer("4.1", "4")).isTrue();
    assertThat(JdbcStores.newer("4", "4.0")).isFalse();
    assertThat(JdbcStores.newer("3", "4")).isFalse();
  }
}
