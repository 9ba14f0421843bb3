package org.worktime.adapters.persistence.jdbc;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.StatementContext;
import org.worktime.application.Refusal;
import org.worktime.application.port.EmployeeDirectory;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.employee.Role;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.Id;
import org.worktime.domain.id.LocationId;
import org.worktime.domain.id.PolicyId;
import org.worktime.domain.id.TenantId;

/**
 * Employees in the {@code employees} table; numbers and emails (compared without case) are unique
 * within a tenant, by constraint.
 */
final class JdbcEmployeeDirectory implements EmployeeDirectory {

  private static final String COLUMNS =
      "SELECT tenant_id, id, number, email, name, home_zone, role, policy_id, location_id"
          + " FROM employees WHERE tenant_id = :tenant";

  private final JdbcDatabase database;

  JdbcEmployeeDirectory(JdbcDatabase database) {
    this.database = database;
  }

  @Override
  public Option<Employee> find(TenantId tenant, EmployeeId id) {
    return database.read(
        handle ->
            Option.ofOptional(
                handle
                    .createQuery(COLUMNS + " AND id = :id")
                    .bind("tenant", Sql.uuid(tenant.value()))
                    .bind("id", Sql.uuid(id.value()))
                    .map(JdbcEmployeeDirectory::employee)
                    .findOne()));
  }

  @Override
  public Option<Employee> byNumber(TenantId tenant, long number) {
    return database.read(
        handle ->
            Option.ofOptional(
                handle
                    .createQuery(COLUMNS + " AND number = :number")
                    .bind("tenant", Sql.uuid(tenant.value()))
                    .bind("number", number)
                    .map(JdbcEmployeeDirectory::employee)
                    .findOne()));
  }

  @Override
  public Option<Employee> byEmail(TenantId tenant, String email) {
    return database.read(
        handle ->
            Option.ofOptional(
                handle
                    .createQuery(COLUMNS + " AND email_key = :key")
                    .bind("tenant", Sql.uuid(tenant.value()))
                    .bind("key", Sql.nullableText(emailKey(email)))
                    .map(JdbcEmployeeDirectory::employee)
                    .findOne()));
  }

  @Override
  public boolean isEmpty() {
    return database.read(
        handle ->
            handle
                .createQuery("SELECT 1 FROM employees FETCH FIRST 1 ROWS ONLY")
                .mapTo(Integer.class)
                .findOne()
                .isEmpty());
  }

  @Override
  public Seq<TenantId> tenants() {
    return database.read(
        handle ->
            List.ofAll(
                handle
                    .createQuery("SELECT DISTINCT tenant_id FROM employees ORDER BY tenant_id")
                    .map((row, context) -> TenantId.of(Sql.id(row, "tenant_id")))
                    .list()));
  }

  @Override
  public Seq<Employee> all(TenantId tenant) {
    return database.read(
        handle ->
            List.ofAll(
                handle
                    .createQuery(COLUMNS + " ORDER BY number")
                    .bind("tenant", Sql.uuid(tenant.value()))
                    .map(JdbcEmployeeDirectory::employee)
                    .list()));
  }

  @Override
  public Either<Refusal.Conflict, Employee> save(Employee employee) {
    return database.write(
        "the employee number or email",
        handle -> {
          int changed =
              handle
                  .createUpdate(
                      "UPDATE employees SET number = :number, email = :email,"
                          + " email_key = :email_key, name = :name, home_zone = :home_zone,"
                          + " role = :role, policy_id = :policy, location_id = :location,"
                          + " version = version + 1 WHERE tenant_id = :tenant AND id = :id")
                  .bindNamedArgumentFinder(Sql.named(columns(employee)))
                  .execute();
          if (changed == 0) {
            handle
                .createUpdate(
                    "INSERT INTO employees (tenant_id, id, number, email, email_key, name,"
                        + " home_zone, role, policy_id, location_id, version) VALUES (:tenant,"
                        + " :id, :number, :email, :email_key, :name, :home_zone, :role, :policy,"
                        + " :location, 1)")
                .bindNamedArgumentFinder(Sql.named(columns(employee)))
                .execute();
          }
          return Either.right(employee);
        });
  }

  /**
   * The email as the unique key compares it: each code point folded the way {@link
   * String#equalsIgnoreCase} folds it (upper, then lower case), so the database and the memory
   * store agree on which emails are the same.
   */
  static String emailKey(String email) {
    StringBuilder key = new StringBuilder(email.length());
    email
        .codePoints()
        .forEach(cp -> key.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp))));
    return key.toString();
  }

  private static Employee employee(ResultSet row, StatementContext context) throws SQLException {
    UUID location = row.getObject("location_id", UUID.class);
    return new Employee(
        EmployeeId.of(Sql.id(row, "id")),
        TenantId.of(Sql.id(row, "tenant_id")),
        row.getLong("number"),
        row.getString("email"),
        row.getString("name"),
        ZoneId.of(row.getString("home_zone")),
        Role.valueOf(row.getString("role")),
        PolicyId.of(Sql.id(row, "policy_id")),
        Option.of(location).map(Id::of).map(LocationId::of));
  }

  /** Every column of an employee's row, for the insert and the update alike. */
  private static Map<String, Argument> columns(Employee employee) {
    Map<String, Argument> columns = new HashMap<>();
    columns.put("tenant", Sql.uuid(employee.tenant().value()));
    columns.put("id", Sql.uuid(employee.id().value()));
    long number = employee.number();
    columns.put("number", (position, statement, context) -> statement.setLong(position, number));
    columns.put("email", Sql.nullableText(employee.email()));
    columns.put("email_key", Sql.nullableText(emailKey(employee.email())));
    columns.put("name", Sql.nullableText(employee.name()));
    columns.put("home_zone", Sql.nullableText(employee.homeZone().getId()));
    columns.put("role", Sql.nullableText(employee.role().name()));
    columns.put("policy", Sql.uuid(employee.policy().value()));
    columns.put(
        "location", Sql.nullableUuid(employee.location().map(LocationId::value).getOrNull()));
    return columns;
  }
}
