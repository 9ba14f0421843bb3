package org.worktime.application.access;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.Id;

/**
 * Issues, lists and revokes API keys and OAuth clients; admins only. The token is shown once, in
 * the answer to {@link #issue}; afterwards only its hash exists.
 */
public interface ApiKeysUseCase {

  /** A key acting as {@code employee}; it never expires unless a validity is given. */
  Either<Refusal, Issued> issue(
      Request request, EmployeeId employee, String label, Option<Duration> validity);

  /** OAuth client credentials acting as {@code employee}: the client id and secret. */
  Either<Refusal, Issued> registerClient(Request request, EmployeeId employee, String label);

  /**
   * A Bitrix24 inbound-webhook secret acting as {@code employee}: it authenticates only in the URL
   * {@code /rest/<the employee's number>/<secret>/<method>}, until revoked.
   */
  Either<Refusal, Issued> issueWebhook(Request request, EmployeeId employee, String label);

  Either<Refusal, ApiKey> revoke(Request request, Id keyId);

  Either<Refusal, Seq<ApiKey>> list(Request request);

  /** A new credential and, once only, its token text. */
  record Issued(ApiKey key, String token) {

    /** For OAuth client credentials: the client id (the token's ids). */
    public String clientId() {
      return token.substring("wt_".length(), token.indexOf('.'));
    }

    /** For OAuth client credentials: the client secret (the token's secret). */
    public String clientSecret() {
      return token.substring(token.indexOf('.') + 1);
    }

    @Override
    public String toString() {
      return "Issued[" + key + "]";
    }
  }
}
