package org.worktime.adapters.persistence.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 5.1: fills {@code workday_breaks} (created by V5) from the days already stored, so that
 * the breaks of an existing installation stay findable. It runs in Java because the break ids live
 * only in the JSON documents, which H2's SQL cannot unnest (see V5). It reads the documents as they
 * were written up to V5 ({@code breaks[].id} and {@code runningBreak.id}), on purpose not through
 * {@link Documents}, whose format may move on while this migration must not.
 */
final class WorkdayBreaksBackfill implements JavaMigration {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Rows read, and rows written, per round trip. */
  private static final int BATCH = 500;

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("5.1");
  }

  @Override
  public String getDescription() {
    return "workday breaks backfill";
  }

  /** None: a Java migration's text is its class, which Flyway does not checksum. */
  @Override
  public Integer getChecksum() {
    return null;
  }

  /** One transaction: a failed backfill leaves nothing behind and runs again on the next start. */
  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException, IOException {
    Connection connection = context.getConnection();
    try (PreparedStatement days =
            connection.prepareStatement("SELECT tenant_id, id, document FROM workdays");
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO workday_breaks (tenant_id, break_id, workday_id) VALUES (?, ?, ?)")) {
      days.setFetchSize(BATCH);
      int pending = 0;
      try (ResultSet row = days.executeQuery()) {
        while (row.next()) {
          UUID tenant = row.getObject("tenant_id", UUID.class);
          UUID workday = row.getObject("id", UUID.class);
          for (UUID breakId : breakIds(row.getString("document"))) {
            insert.setObject(1, tenant);
            insert.setObject(2, breakId);
            insert.setObject(3, workday);
            insert.addBatch();
            if (++pending == BATCH) {
              insert.executeBatch();
              pending = 0;
            }
          }
        }
      }
      if (pending > 0) {
        insert.executeBatch();
      }
    }
  }

  private static java.util.List<UUID> breakIds(String document) throws IOException {
    JsonNode day = JSON.readTree(document);
    java.util.List<UUID> ids = new java.util.ArrayList<>();
    JsonNode finished = day.get("breaks");
    if (finished != null) {
      for (JsonNode one : finished) {
        ids.add(UUID.fromString(one.get("id").asText()));
      }
    }
    JsonNode running = day.get("runningBreak");
    if (running != null && !running.isNull()) {
      ids.add(UUID.fromString(running.get("id").asText()));
    }
    return ids;
  }
}
