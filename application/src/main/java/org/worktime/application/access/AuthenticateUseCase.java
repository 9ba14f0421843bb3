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

  Either<Refusal, Actor> authenticate(String token);

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
