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

  /** The access token's text, valid for {@code validity}. */
  Either<Refusal, ApiKeysUseCase.Issued> exchange(
      String clientId, String clientSecret, Duration validity);
}
