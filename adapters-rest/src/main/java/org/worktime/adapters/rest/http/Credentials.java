package org.worktime.adapters.rest.http;

import io.javalin.http.Context;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.worktime.application.Actor;
import org.worktime.application.Refusal;
import org.worktime.application.access.AuthenticateUseCase;

/**
 * The shared authentication step: a token from {@code Authorization: Bearer <token>} or, where a
 * dialect allows it, from a parameter (Bitrix {@code auth}), turned into the {@link Actor} it acts
 * as. The token is never logged nor echoed.
 */
public final class Credentials {

  /** The challenge a 401 carries where the dialect takes Bearer tokens (RFC 6750 §3). */
  public static final String BEARER_CHALLENGE = "Bearer realm=\"worktime\"";

  /**
   * The challenge where a dialect takes HTTP Basic as well as Bearer tokens (Staffomatic): one
   * header naming both schemes (RFC 9110 §11.6.1).
   */
  public static final String BASIC_AND_BEARER_CHALLENGE =
      "Basic realm=\"worktime\", " + BEARER_CHALLENGE;

  private static final String BEARER = "bearer ";
  private static final String BASIC = "basic ";
  private static final String MALFORMED_BASIC =
      "the Basic credentials are not base64 of email:api-key in UTF-8";

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
   * HTTP Basic with an employee's email as the user and one of their API keys as the password, or
   * else a Bearer token as {@link #actor} takes it. The password is only ever handed to the
   * authentication, never logged nor echoed: a wrong pair answers the same refusal as a wrong
   * token.
   */
  public Either<Problem, Actor> actorByBasicOrBearer(Context ctx) {
    return basic(ctx)
        .<Either<Problem, Actor>>map(
            pair ->
                pair.<Problem>mapLeft(
                        malformed ->
                            new Problem.Refused(new Refusal.Unauthenticated(MALFORMED_BASIC)))
                    .flatMap(
                        given ->
                            authenticate
                                .authenticate(given.email(), given.password())
                                .<Problem>mapLeft(Problem.Refused::new)))
        .getOrElse(() -> actor(ctx, Option.none()));
  }

  /** An email and a password from {@code Authorization: Basic}: a record that never prints them. */
  private record BasicPair(String email, String password) {
    @Override
    public String toString() {
      return "BasicPair[hidden]";
    }
  }

  /** The Basic pair, a left when the header names Basic but is no pair; none without Basic. */
  private static Option<Either<String, BasicPair>> basic(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null
        || header.length() < BASIC.length()
        || !header.substring(0, BASIC.length()).toLowerCase(Locale.ROOT).equals(BASIC)) {
      return Option.none();
    }
    byte[] decoded;
    try {
      decoded = Base64.getDecoder().decode(header.substring(BASIC.length()).trim());
    } catch (IllegalArgumentException notBase64) {
      return Option.some(Either.<String, BasicPair>left(MALFORMED_BASIC));
    }
    Option<String> text = strictUtf8(decoded);
    int colon = text.map(t -> t.indexOf(':')).getOrElse(-1);
    if (colon <= 0) {
      return Option.some(Either.<String, BasicPair>left(MALFORMED_BASIC));
    }
    return Option.some(
        Either.<String, BasicPair>right(
            new BasicPair(text.get().substring(0, colon), text.get().substring(colon + 1))));
  }

  /** The bytes as UTF-8 text; none when they are not valid UTF-8 (text is never repaired). */
  private static Option<String> strictUtf8(byte[] bytes) {
    try {
      return Option.some(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException malformed) {
      return Option.none();
    }
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
