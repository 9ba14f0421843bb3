package org.worktime.adapters.persistence.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.argument.NamedArgumentFinder;
import org.worktime.domain.id.Id;

/** Arguments and column readers shared by the JDBC stores. */
final class Sql {

  private Sql() {}

  /** An id as the UUID column type of both databases. */
  static Argument uuid(Id id) {
    UUID value = id.toUuid();
    return (position, statement, context) -> statement.setObject(position, value);
  }

  static Argument nullableUuid(Id id) {
    return id == null
        ? (position, statement, context) -> statement.setNull(position, Types.OTHER)
        : uuid(id);
  }

  /**
   * An instant as {@code TIMESTAMP WITH TIME ZONE}, floored to the microsecond (both databases keep
   * microseconds; flooring, not the databases' rounding, keeps the order of instants and {@code
   * start <= end}). Bound as an {@link OffsetDateTime} in UTC, the JDBC 4.2 type both drivers take
   * without consulting the JVM's default zone.
   */
  static Argument timestamp(Instant instant) {
    OffsetDateTime value = micros(instant).atOffset(ZoneOffset.UTC);
    return (position, statement, context) -> statement.setObject(position, value);
  }

  static Argument nullableTimestamp(Instant instant) {
    return instant == null
        ? (position, statement, context) ->
            statement.setNull(position, Types.TIMESTAMP_WITH_TIMEZONE)
        : timestamp(instant);
  }

  static Argument nullableText(String text) {
    return (position, statement, context) -> {
      if (text == null) {
        statement.setNull(position, Types.VARCHAR);
      } else {
        statement.setString(position, text);
      }
    };
  }

  /** 1 while a row is open (a running day or timer), NULL once closed: see the unique indexes. */
  static Argument marker(boolean open) {
    return (position, statement, context) -> {
      if (open) {
        statement.setShort(position, (short) 1);
      } else {
        statement.setNull(position, Types.SMALLINT);
      }
    };
  }

  static Argument bool(boolean value) {
    return (position, statement, context) -> statement.setBoolean(position, value);
  }

  /** Named arguments from a map, for statements that share their columns. */
  static NamedArgumentFinder named(Map<String, Argument> arguments) {
    return (name, context) -> Optional.ofNullable(arguments.get(name));
  }

  static Instant micros(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }

  static Id id(ResultSet row, String column) throws SQLException {
    return Id.of(row.getObject(column, UUID.class));
  }

  static Instant instant(ResultSet row, String column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
