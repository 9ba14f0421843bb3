package org.worktime.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.vavr.control.Option;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command opens a current store without Flyway; anything else is migrated first. */
class SchemaVersionTest {

  @TempDir Path data;

  @Test
  void theSchemaVersionIsTheNewestMigration() throws IOException, URISyntaxException {
    Path migrations = Path.of(getClass().getResource("/db/migration").toURI());
    try (Stream<Path> files = Files.list(migrations)) {
      String newest =
          files
              .map(file -> file.getFileName().toString())
              .filter(name -> name.matches("V[0-9.]+__.*\\.sql"))
              .map(name -> name.substring(1, name.indexOf("__")).replace('_', '.'))
              .reduce((one, other) -> JdbcStores.newer(one, other) ? one : other)
              .orElseThrow();
      assertThat(JdbcStores.SCHEMA_VERSION).isEqualTo(newest);
    }
  }

  @Test
  void anEmptyStoreIsMigratedOnceAndThenOpenedAsCurrent() {
    try (HikariDataSource dataSource = JdbcDataSources.h2File(data, JdbcDataSources.Pool.COMMAND)) {
      assertThat(JdbcStores.isAtSchemaVersion(dataSource)).isFalse();
      assertThat(JdbcStores.schemaState(dataSource))
          .isEqualTo(new SchemaState(Option.none(), Integer.parseInt(JdbcStores.SCHEMA_VERSION)));

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
