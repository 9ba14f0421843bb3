package org.worktime.application.access;

import io.vavr.control.Either;
import java.time.Duration;
import org.worktime.application.Actor;
import org.worktime.application.Refusal;

/**
 * Turns a presented credential into the {@link Actor} it acts as, in the employee's current role;
 * and exchanges OAuth client credentials for an expiring access token (client credentials grant).
 */
public interface AuthenticateUseCase {

  /**
   * The actor of an API key or OAuth access token. An access token whose time ran out is {@link
   * Refusal.CredentialExpired}, as its client may get a new one; anything else that does not
   * authenticate (unknown, revoked, an OAuth client's credentials, a webhook secret) is {@link
   * Refusal.Unauthenticated}.
   */
  Either<Refusal, Actor> authenticate(String token);

  /**
   * The actor of a Bitrix24 inbound webhook: its secret, and the number of the employee it was
   * issued for, both from the URL. Any other pair is {@link Refusal.Unauthenticated}.
   */
  Either<Refusal, Actor> authenticateWebhook(long employeeNumber, String secret);

  /**
   * HTTP Basic as Staffomatic clients send it: an employee's email and one of their API keys as the
   * password. The key must be that employee's own: an email of a colleague, or of no one, with a
   * valid key is refused like a wrong key, so the answer tells nothing of who exists.
   */
  Either<Refusal, Actor> authenticate(String email, String key);

  /** The access token's text, valid for {@code validity}. */
  Either<Refusal, ApiKeysUseCase.Issued> exchange(
      String clientId, String clientSecret, Duration validity);
}
