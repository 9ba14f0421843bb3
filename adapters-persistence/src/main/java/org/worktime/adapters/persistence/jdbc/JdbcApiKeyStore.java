package org.worktime.adapters.persistence.jdbc;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import org.jdbi.v3.core.statement.StatementContext;
import org.worktime.application.access.ApiKey;
import org.worktime.application.port.ApiKeyStore;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.Id;
import org.worktime.domain.id.TenantId;

/**
 * API keys in {@code api_keys}: the secret's hash in hex, never the secret. Expiry and revocation
 * are kept as ISO instants (exact); creation as a timestamp plus nanos, for order.
 */
final class JdbcApiKeyStore implements ApiKeyStore {

  private static final String COLUMNS =
      "SELECT tenant_id, id, kind, employee_id, label, secret_hash, created_at, created_nanos,"
          + " expires_at, revoked_at FROM api_keys WHERE tenant_id = :tenant";

  private final JdbcDatabase database;

  JdbcApiKeyStore(JdbcDatabase database) {
    this.database = database;
  }

  @Override
  public void save(ApiKey key) {
    database
        .write(
            "the API key",
            handle -> {
              int changed =
                  handle
                      .createUpdate(
                          "UPDATE api_keys SET label = :label, expires_at = :expires,"
                              + " revoked_at = :revoked WHERE tenant_id = :tenant AND id = :id")
                      .bind("tenant", Sql.uuid(key.tenant().value()))
                      .bind("id", Sql.uuid(key.id()))
                      .bind("label", Sql.nullableText(key.label()))
                      .bind(
                          "expires",
                          Sql.nullableText(key.expiresAt().map(Instant::toString).getOrNull()))
                      .bind(
                          "revoked",
                          Sql.nullableText(key.revokedAt().map(Instant::toString).getOrNull()))
                      .execute();
              if (changed == 0) {
                handle
                    .createUpdate(
                        "INSERT INTO api_keys (tenant_id, id, kind, employee_id, label,"
                            + " secret_hash, created_at, created_nanos, expires_at, revoked_at)"
                            + " VALUES (:tenant, :id, :kind, :employee, :label, :hash, :created,"
                            + " :nanos, :expires, :revoked)")
                    .bind("tenant", Sql.uuid(key.tenant().value()))
                    .bind("id", Sql.uuid(key.id()))
                    .bind("kind", Sql.nullableText(key.kind().name()))
                    .bind("employee", Sql.uuid(key.employee().value()))
                    .bind("label", Sql.nullableText(key.label()))
                    .bind("hash", Sql.nullableText(HexFormat.of().formatHex(key.secretHash())))
                    .bind("created", Sql.timestamp(key.createdAt()))
                    .bind("nanos", key.createdAt().getNano())
                    .bind(
                        "expires",
                        Sql.nullableText(key.expiresAt().map(Instant::toString).getOrNull()))
                    .bind(
                        "revoked",
                        Sql.nullableText(key.revokedAt().map(Instant::toString).getOrNull()))
                    .execute();
              }
              return Either.right(key);
            })
        .getOrElseThrow(conflict -> new IllegalStateException("the API key could not be saved"));
  }

  @Override
  public Option<ApiKey> find(TenantId tenant, Id keyId) {
    return database.read(
        handle ->
            Option.ofOptional(
                handle
                    .createQuery(COLUMNS + " AND id = :id")
                    .bind("tenant", Sql.uuid(tenant.value()))
                    .bind("id", Sql.uuid(keyId))
                    .map(JdbcApiKeyStore::key)
                    .findOne()));
  }

  @Override
  public Seq<ApiKey> of(TenantId tenant) {
    return database.read(
        handle ->
            List.ofAll(
                handle
                    .createQuery(COLUMNS + " ORDER BY created_at DESC, created_nanos DESC, id")
                    .bind("tenant", Sql.uuid(tenant.value()))
                    .map(JdbcApiKeyStore::key)
                    .list()));
  }

  private static ApiKey key(ResultSet row, StatementContext context) throws SQLException {
    Instant created = Sql.instant(row, "created_at");
    return new ApiKey(
        Sql.id(row, "id"),
        ApiKey.Kind.valueOf(row.getString("kind")),
        TenantId.of(Sql.id(row, "tenant_id")),
        EmployeeId.of(Sql.id(row, "employee_id")),
        row.getString("label"),
        HexFormat.of().parseHex(row.getString("secret_hash")),
        Instant.ofEpochSecond(created.getEpochSecond(), row.getInt("created_nanos")),
        Option.of(row.getString("expires_at")).map(Instant::parse),
        Option.of(row.getString("revoked_at")).map(Instant::parse));
  }
}
