/**
 * The JDBC stores: {@link org.worktime.adapters.persistence.jdbc.JdbcStores} over a {@link
 * javax.sql.DataSource} from {@link org.worktime.adapters.persistence.jdbc.JdbcDataSources} (an H2
 * file under the data directory, or any JDBC URL, e.g. PostgreSQL), schema by Flyway ({@code
 * db/migration}, one script for both databases, and a Java migration where SQL cannot serve both),
 * SQL by Jdbi.
 *
 * <p><b>Schema.</b> {@code policies}, {@code employees}, {@code workdays}, {@code timers}, {@code
 * audit_entries}, {@code idempotency_records}; every primary key, unique key and index starts with
 * {@code tenant_id}; ids are UUIDs; aggregates carry a {@code version} (optimistic locking: an
 * update names the version it read, and a stale one answers a {@code Conflict}); foreign keys tie
 * employees to policies, days and timers to employees, idempotency records to audit entries. {@code
 * workday_breaks} names the day of every break, written with the day's document, so that a break is
 * found by its id without reading the tenant's days. Workdays, timers and audit entries have a
 * {@code seq} identity for dialects that need small numeric ids.
 *
 * <p><b>One open day per employee, one running timer per owner.</b> A marker column is 1 while the
 * row is open and NULL once closed, kept honest by a CHECK against {@code end_at}, under a UNIQUE
 * index on {@code (tenant_id, employee_id, marker)}: NULLs never collide, two open rows do. This is
 * PostgreSQL's partial unique index {@code WHERE end_at IS NULL} in SQL that H2 accepts too, so two
 * servers racing on one database cannot both win.
 *
 * <p><b>Precision.</b> Workdays, timers and policies are kept whole as JSON documents whose
 * instants are ISO-8601 text, so they read back exactly, to the nanosecond. The time columns beside
 * them ({@code TIMESTAMP WITH TIME ZONE}) hold the instant floored to the microsecond, for keys,
 * order and ranges; period queries select by the columns a little wide and decide exactly on the
 * documents. Audit entries keep the floored timestamp and the nano-of-second. Rows whose instants
 * differ only below the microsecond are ordered by id, not by those nanoseconds.
 *
 * <p><b>Text.</b> Every text column holds the Java string as given; the drivers carry it as Unicode
 * (H2 in-process, PostgreSQL in UTF-8), and nothing here converts through another encoding.
 *
 * <p><b>Transactions.</b> Bound to the calling thread (see {@code JdbcDatabase}); periods stream
 * with a fetch size inside a transaction, as PostgreSQL's driver requires for a cursor.
 */
package org.worktime.adapters.persistence.jdbc;
