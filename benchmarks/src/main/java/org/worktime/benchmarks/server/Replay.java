package org.worktime.benchmarks.server;

import java.lang.reflect.InvocationTargetException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.worktime.domain.id.IdGenerator;

/**
 * Sends a recorded request's JDBC calls again, on a pool of the service's size, without the
 * service: no HTTP, no JSON, no engine, no Jdbi. Each id the engine made during the recorded cycle
 * is replaced by a fresh one on every replay (in parameters and inside the JSON documents), so that
 * each replayed cycle inserts a new day and new audit entries, as the service does. Every row of a
 * query is read as text, and every write must change as many rows as it did when recorded.
 */
final class Replay {

  private final DataSource pool;
  private final IdGenerator ids;

  Replay(DataSource pool, IdGenerator ids) {
    this.pool = pool;
    this.ids = ids;
  }

  /** The fresh ids for one replay of a cycle. */
  final class FreshIds {
    private final Map<UUID, UUID> uuids = new HashMap<>();
    private final Map<String, String> texts = new HashMap<>();

    FreshIds(java.util.Set<UUID> recorded) {
      for (UUID old : recorded) {
        UUID fresh = ids.next().toUuid();
        uuids.put(old, fresh);
        texts.put(old.toString(), fresh.toString());
      }
    }

    Object map(Object value) {
      if (value instanceof UUID uuid) {
        return uuids.getOrDefault(uuid, uuid);
      }
      if (value instanceof String text) {
        String mapped = text;
        for (Map.Entry<String, String> id : texts.entrySet()) {
          if (mapped.contains(id.getKey())) {
            mapped = mapped.replace(id.getKey(), id.getValue());
          }
        }
        return mapped;
      }
      return value;
    }
  }

  FreshIds freshIds(java.util.Set<UUID> recorded) {
    return new FreshIds(recorded);
  }

  /** Replays one request's calls. */
  void request(Recording.Request request, FreshIds fresh) throws SQLException {
    Map<Integer, Connection> connections = new HashMap<>();
    Map<String, Savepoint> savepoints = new HashMap<>();
    try {
      for (Recording.Call call : request.calls()) {
        if (call instanceof Recording.Borrow borrow) {
          connections.put(borrow.connection(), pool.getConnection());
        } else if (call instanceof Recording.Release release) {
          connections.remove(release.connection()).close();
        } else if (call instanceof Recording.Control control) {
          control(connections.get(control.connection()), control, savepoints);
        } else if (call instanceof Recording.Execute execute) {
          execute(connections.get(execute.connection()), execute, fresh);
        } else if (call instanceof Recording.Batch batch) {
          batch(connections.get(batch.connection()), batch, fresh);
        }
      }
    } finally {
      for (Connection left : connections.values()) {
        left.close();
      }
    }
  }

  private static void control(
      Connection connection, Recording.Control control, Map<String, Savepoint> savepoints)
      throws SQLException {
    switch (control.method()) {
      case "setAutoCommit" -> connection.setAutoCommit((Boolean) control.argument());
      case "commit" -> connection.commit();
      case "rollback" -> {
        if (control.argument() == null) {
          connection.rollback();
        } else {
          connection.rollback(savepoints.get((String) control.argument()));
        }
      }
      case "setSavepoint" -> {
        String name = (String) control.argument();
        savepoints.put(name, connection.setSavepoint(name));
      }
      case "releaseSavepoint" ->
          connection.releaseSavepoint(savepoints.remove((String) control.argument()));
      default -> throw new IllegalStateException("not replayable: " + control.method());
    }
  }

  private static void execute(Connection connection, Recording.Execute execute, FreshIds fresh)
      throws SQLException {
    if (execute.parameters().isEmpty() && !execute.how().equals("executeQuery")) {
      try (Statement statement = connection.createStatement()) {
        statement.execute(execute.sql());
        check(execute, statement);
      }
      return;
    }
    try (PreparedStatement statement = connection.prepareStatement(execute.sql())) {
      if (execute.fetchSize() != 0) {
        statement.setFetchSize(execute.fetchSize());
      }
      bind(statement, execute.parameters(), fresh);
      statement.execute();
      check(execute, statement);
    }
  }

  /** A batch as recorded, row by row; each row must change the rows it changed when recorded. */
  private static void batch(Connection connection, Recording.Batch batch, FreshIds fresh)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(batch.sql())) {
      for (java.util.List<Recording.Parameter> row : batch.rows()) {
        bind(statement, row, fresh);
        statement.addBatch();
      }
      int[] counts = statement.executeBatch();
      java.util.List<Integer> replayed = new java.util.ArrayList<>();
      for (int count : counts) {
        replayed.add(count);
      }
      if (!replayed.equals(batch.updateCounts())) {
        throw new IllegalStateException(
            "replayed batch "
                + batch.sql()
                + " changed "
                + replayed
                + " rows, recorded "
                + batch.updateCounts());
      }
    }
  }

  private static void bind(
      PreparedStatement statement, java.util.List<Recording.Parameter> parameters, FreshIds fresh)
      throws SQLException {
    for (Recording.Parameter parameter : parameters) {
      Object[] arguments = parameter.arguments().clone();
      arguments[1] = fresh.map(arguments[1]);
      try {
        parameter.setter().invoke(statement, arguments);
      } catch (IllegalAccessException | InvocationTargetException failed) {
        throw new SQLException("could not bind " + parameter.setter().getName(), failed);
      }
    }
  }

  /** Reads every row of a query as text; a write must change the rows it changed when recorded. */
  private static void check(Recording.Execute execute, Statement statement) throws SQLException {
    ResultSet rows = statement.getResultSet();
    if (rows != null) {
      try (rows) {
        int columns = rows.getMetaData().getColumnCount();
        while (rows.next()) {
          for (int column = 1; column <= columns; column++) {
            rows.getString(column);
          }
        }
      }
      return;
    }
    if (statement.getUpdateCount() != execute.updateCount()) {
      throw new IllegalStateException(
          "replayed "
              + execute.sql()
              + " changed "
              + statement.getUpdateCount()
              + " rows, recorded "
              + execute.updateCount());
    }
  }
}
