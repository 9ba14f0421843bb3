package org.worktime.adapters.rest.thebase;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.worktime.adapters.rest.Dialect;
import org.worktime.adapters.rest.http.Answer;
import org.worktime.adapters.rest.http.Parameters;
import org.worktime.adapters.rest.http.Problem;
import org.worktime.adapters.rest.http.RequestReader;
import org.worktime.adapters.rest.http.Responder;
import org.worktime.adapters.rest.openapi.Operation;
import org.worktime.application.access.ApiKeysUseCase;
import org.worktime.application.access.AuthenticateUseCase;

/**
 * {@code POST /oauth/token}: OAuth 2.0's client credentials grant (RFC 6749 §4.4), as TheBase
 * issues its tokens. The client authenticates with HTTP Basic {@code client_id:client_secret} or
 * with the form fields {@code client_id} and {@code client_secret} (not both, and never in the
 * query string); the answer is {@code {access_token, token_type: "bearer", expires_in: 3600}},
 * never cached. The access token works as a Bearer token on every dialect until it expires.
 *
 * <p>Errors have RFC 6749 §5.2's shape, {@code {"error", "error_description"}}; the description is
 * English because the RFC allows only ASCII there.
 */
public final class OAuthTokenEndpoint implements Dialect {

  static final Duration VALIDITY = Duration.ofHours(1);

  private static final String PREFIX = "/oauth/";
  private static final String TOKEN = PREFIX + "token";
  private static final HandlerType ISSUE = HandlerType.POST;
  private static final String GRANT_TYPE = "grant_type";
  private static final String CLIENT_CREDENTIALS = "client_credentials";
  private static final String MISSING = "is required";
  private static final String BASIC = "basic ";

  private final AuthenticateUseCase authenticate;
  private final RequestReader reader;
  // RFC 6749 §5.2: a failed client authentication by header is answered with the scheme to use.
  private final Responder responder =
      new Responder(this::answer, Option.some("Basic realm=\"worktime\""));

  public OAuthTokenEndpoint(AuthenticateUseCase authenticate, RequestReader reader) {
    this.authenticate = authenticate;
    this.reader = reader;
  }

  @Override
  public String pathPrefix() {
    return PREFIX;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.addHttpHandler(ISSUE, TOKEN, this::handle);
    for (HandlerType other :
        new HandlerType[] {
          HandlerType.GET, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE
        }) {
      routes.addHttpHandler(
          other,
          TOKEN,
          ctx -> {
            noStore(ctx);
            responder.refuse(ctx, new Problem.MethodNotAllowed(ctx.method().name()));
          });
    }
  }

  /** The token endpoint belongs to TheBase's API and is described in its document. */
  @Override
  public String apiDocumentName() {
    return "thebase";
  }

  @Override
  public Seq<Operation> operations() {
    return List.of(new Operation(ISSUE, TOKEN));
  }

  @Override
  public Answer answer(Problem problem) {
    return problem.fold(SHAPE);
  }

  private static final Shape SHAPE = new Shape();

  /** Every problem as RFC 6749 §5.2 answers it at the token endpoint. */
  private static final class Shape implements Problem.Cases<Answer> {

    @Override
    public Answer malformed(Problem.Malformed problem) {
      return error(400, "invalid_request", problem.describe());
    }

    @Override
    public Answer tooLarge(Problem.TooLarge problem) {
      return error(413, "invalid_request", problem.describe());
    }

    @Override
    public Answer noCredentials(Problem.NoCredentials problem) {
      return invalidClient();
    }

    @Override
    public Answer invalidParameter(Problem.InvalidParameter problem) {
      return problem.name().equals(GRANT_TYPE) && !problem.why().equals(MISSING)
          ? error(400, "unsupported_grant_type", "only grant_type=client_credentials is supported")
          : error(400, "invalid_request", problem.describe());
    }

    @Override
    public Answer invalidInput(Problem.InvalidInput problem) {
      return error(400, "invalid_request", problem.first().describe());
    }

    @Override
    public Answer unsupportedMediaType(Problem.UnsupportedMediaType problem) {
      return error(400, "invalid_request", problem.describe());
    }

    @Override
    public Answer unknownOperation(Problem.UnknownOperation problem) {
      return error(404, "not_found", "no such OAuth endpoint; tokens are issued at " + TOKEN);
    }

    @Override
    public Answer methodNotAllowed(Problem.MethodNotAllowed problem) {
      return error(405, "invalid_request", "the token endpoint takes POST only");
    }

    /** An unknown client, a wrong secret, a revoked client: one answer, none told apart. */
    @Override
    public Answer refused(Problem.Refused problem) {
      return invalidClient();
    }

    /** RFC 6749 §5.2 names no outage; §4.1.2.1's temporarily_unavailable is its word for one. */
    @Override
    public Answer unavailable(Problem.Unavailable problem) {
      return error(503, "temporarily_unavailable", problem.describe());
    }

    @Override
    public Answer unexpected(Problem.Unexpected problem) {
      return error(500, "server_error", problem.describe());
    }

    private static Answer invalidClient() {
      return error(401, "invalid_client", "client authentication failed");
    }
  }

  private void handle(Context ctx) {
    noStore(ctx);
    responder.respond(ctx, () -> issue(ctx).map(OAuthTokenEndpoint::granted));
  }

  private Either<Problem, ApiKeysUseCase.Issued> issue(Context ctx) {
    if (ctx.queryParam("client_secret") != null) {
      return Either.left(
          new Problem.InvalidParameter(
              "client_secret", "must not be sent in the URL, where logs keep it"));
    }
    return reader
        .parameters(ctx)
        .flatMap(Parameters::singleValues)
        .flatMap(
            p ->
                grantType(p)
                    .flatMap(ok -> client(ctx, p))
                    .flatMap(
                        client ->
                            authenticate
                                .exchange(client._1, client._2, VALIDITY)
                                .<Problem>mapLeft(Problem.Refused::new)));
  }

  private static Either<Problem, String> grantType(Parameters p) {
    return p.get(GRANT_TYPE)
        .<Problem>toEither(() -> new Problem.InvalidParameter(GRANT_TYPE, MISSING))
        .filterOrElse(
            CLIENT_CREDENTIALS::equals,
            other -> new Problem.InvalidParameter(GRANT_TYPE, "is not supported"));
  }

  /** The client's id and secret, from the Basic header or the form; RFC 6749 §2.3.1. */
  private static Either<Problem, Tuple2<String, String>> client(Context ctx, Parameters p) {
    Option<String> formId = p.get("client_id");
    Option<String> formSecret = p.get("client_secret");
    Option<String> header = Option.of(ctx.header("Authorization"));
    boolean basic =
        header.exists(
            h ->
                h.length() >= BASIC.length()
                    && h.substring(0, BASIC.length()).toLowerCase(Locale.ROOT).equals(BASIC));
    if (basic && (formId.isDefined() || formSecret.isDefined())) {
      return Either.left(
          new Problem.InvalidParameter(
              "client_id", "use one way to authenticate the client, not the header and the form"));
    }
    if (basic) {
      return basic(header.get().substring(BASIC.length()).trim())
          .toEither(Problem.NoCredentials::new);
    }
    return formId
        .flatMap(id -> formSecret.map(secret -> Tuple.of(id, secret)))
        .toEither(Problem.NoCredentials::new);
  }

  /** {@code base64(urlencoded id ":" urlencoded secret)}; none when it is not that. */
  private static Option<Tuple2<String, String>> basic(String encoded) {
    return Try.of(() -> new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8))
        .toOption()
        .filter(pair -> pair.indexOf(':') > 0)
        .flatMap(
            pair ->
                Try.of(
                        () ->
                            Tuple.of(
                                URLDecoder.decode(
                                    pair.substring(0, pair.indexOf(':')), StandardCharsets.UTF_8),
                                URLDecoder.decode(
                                    pair.substring(pair.indexOf(':') + 1), StandardCharsets.UTF_8)))
                    .toOption());
  }

  private static Answer granted(ApiKeysUseCase.Issued token) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("access_token", token.token());
    body.put("token_type", "bearer");
    body.put("expires_in", VALIDITY.toSeconds());
    return Answer.ok(body);
  }

  /** RFC 6749 §5.1: a token answer, or its refusal, is never cached. */
  private static void noStore(Context ctx) {
    ctx.header("Cache-Control", "no-store");
    ctx.header("Pragma", "no-cache");
  }

  /**
   * RFC 6749's error: {@code error_description} holds only the ASCII it allows (a field the client
   * named in other letters is written with {@code ?} for them).
   */
  private static Answer error(int status, String code, String description) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", code);
    body.put(
        "error_description", description.replaceAll("[^\\x20-\\x21\\x23-\\x5B\\x5D-\\x7E]", "?"));
    return new Answer(status, body);
  }
}
