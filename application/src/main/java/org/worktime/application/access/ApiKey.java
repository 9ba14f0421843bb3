package org.worktime.application.access;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.Id;
import org.worktime.domain.id.TenantId;

/**
 * A credential that acts as one employee of one tenant, in that employee's role. The secret itself
 * is never kept: only its SHA-256 hash (secrets are 32 random bytes, so a slow password hash adds
 * nothing). A key may expire (OAuth access tokens do) and may be revoked; both end it for good.
 */
public record ApiKey(
    Id id,
    Kind kind,
    TenantId tenant,
    EmployeeId employee,
    String label,
    byte[] secretHash,
    Instant createdAt,
    Option<Instant> expiresAt,
    Option<Instant> revokedAt) {

  /**
   * What a credential is for: an API key and an OAuth access token authenticate requests; an OAuth
   * client's credentials only buy access tokens; a webhook secret authenticates only as part of a
   * Bitrix24 inbound-webhook URL ({@code /rest/<user>/<secret>/<method>}), together with its
   * employee's number.
   */
  public enum Kind {
    API_KEY,
    OAUTH_CLIENT,
    ACCESS_TOKEN,
    WEBHOOK
  }

  public ApiKey {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(secretHash, "secretHash");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(revokedAt, "revokedAt");
    secretHash = secretHash.clone();
  }

  @Override
  public byte[] secretHash() {
    return secretHash.clone();
  }

  public boolean isValidAt(Instant now) {
    return revokedAt.isEmpty() && expiresAt.forAll(now::isBefore);
  }

  /** Ended only by its time running out, not revoked: a new token, if one can be had, would do. */
  public boolean hasExpiredAt(Instant now) {
    return revokedAt.isEmpty() && expiresAt.exists(end -> !now.isBefore(end));
  }

  public ApiKey revokedAt(Instant now) {
    return new ApiKey(
        id, kind, tenant, employee, label, secretHash, createdAt, expiresAt, Option.some(now));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ApiKey key
        && id.equals(key.id)
        && kind == key.kind
        && tenant.equals(key.tenant)
        && employee.equals(key.employee)
        && label.equals(key.label)
        && java.util.Arrays.equals(secretHash, key.secretHash)
        && createdAt.equals(key.createdAt)
        && expiresAt.equals(key.expiresAt)
        && revokedAt.equals(key.revokedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, kind, tenant, employee, label, createdAt, expiresAt, revokedAt);
  }

  /** Never prints the hash: keys end up in logs. */
  @Override
  public String toString() {
    return "ApiKey[" + id + ", " + kind + ", " + label + ", employee " + employee + "]";
  }
}
