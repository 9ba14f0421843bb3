package org.worktime.adapters.rest.http;

import io.javalin.http.Context;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Locale;
import org.worktime.application.Actor;
import org.worktime.application.access.AuthenticateUseCase;

/**
 * The shared authentication step: a token from {@code Authorization: Bearer <token>} or, where a
 * dialect allows it, from a parameter (Bitrix {@code auth}), turned into the {@link Actor} it acts
 * as. The token is never logged nor echoed.
 */
public final class Credentials {

  /** The challenge a 401 carries where the dialect takes Bearer tokens (RFC 6750 §3). */
  public static final String BEARER_CHALLENGE = "Bearer realm=\"worktime\"";

  private static final String BEARER = "bearer ";

  private final AuthenticateUseCase authenticate;

  public Credentials(AuthenticateUseCase authenticate) {
    this.authenticate = authenticate;
  }

  /**
   * @param parameter the parameter that may carry the token, if the dialect has one
   */
  public Either<Problem, Actor> actor(Context ctx, Option<String> parameter) {
    return bearer(ctx)
        .orElse(parameter)
        .filter(token -> !token.isBlank())
        .<Either<Problem, Actor>>map(
            token -> authenticate.authenticate(token).mapLeft(Problem.Refused::new))
        .getOrElse(() -> Either.left(new Problem.NoCredentials()));
  }

  /**
   * The actor of a Bitrix24 inbound webhook, from the employee's number and the secret in its URL.
   */
  public Either<Problem, Actor> webhook(long employeeNumber, String secret) {
    return authenticate.authenticateWebhook(employeeNumber, secret).mapLeft(Problem.Refused::new);
  }

  /**
   * Whether the request carries a token before its body: a Bearer header, or the dialect's
   * parameter in the query string.
   */
  public boolean presentOutsideTheBody(Context ctx, Option<String> queryParameter) {
    return bearer(ctx).orElse(queryParameter).exists(token -> !token.isBlank());
  }

  private static Option<String> bearer(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || header.length() <= BEARER.length()) {
      return Option.none();
    }
    return header.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER)
        ? Option.some(header.substring(BEARER.length()).trim())
        : Option.none();
  }
}
