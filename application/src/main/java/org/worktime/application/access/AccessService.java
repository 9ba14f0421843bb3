package org.worktime.application.access;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.worktime.application.Access;
import org.worktime.application.Actor;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.application.port.ApiKeyStore;
import org.worktime.application.port.EmployeeDirectory;
import org.worktime.application.port.Secrets;
import org.worktime.application.port.Transactions;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.Id;
import org.worktime.domain.id.IdGenerator;

/** API keys, OAuth clients and their access tokens, and authentication by any of them. */
public final class AccessService implements ApiKeysUseCase, AuthenticateUseCase {

  private static final int SECRET_BYTES = 32;
  private static final String UNKNOWN = "the credentials are unknown, revoked or expired";

  private final ApiKeyStore keys;
  private final EmployeeDirectory employees;
  private final Transactions transactions;
  private final Access access;
  private final Secrets secrets;
  private final Clock clock;
  private final IdGenerator ids;

  public AccessService(
      ApiKeyStore keys,
      EmployeeDirectory employees,
      Transactions transactions,
      Access access,
      Secrets secrets,
      Clock clock,
      IdGenerator ids) {
    this.keys = keys;
    this.employees = employees;
    this.transactions = transactions;
    this.access = access;
    this.secrets = secrets;
    this.clock = clock;
    this.ids = ids;
  }

  @Override
  public Either<Refusal, Issued> issue(
      Request request, EmployeeId employee, String label, Option<Duration> validity) {
    return administered(request, employee, "issue an API key")
        .flatMap(
            found ->
                transactions.inTransaction(
                    () -> Either.right(newKey(ApiKey.Kind.API_KEY, found, label, validity))));
  }

  @Override
  public Either<Refusal, Issued> registerClient(
      Request request, EmployeeId employee, String label) {
    return administered(request, employee, "register an OAuth client")
        .flatMap(
            found ->
                transactions.inTransaction(
                    () ->
                        Either.right(
                            newKey(ApiKey.Kind.OAUTH_CLIENT, found, label, Option.none()))));
  }

  @Override
  public Either<Refusal, Issued> issueWebhook(Request request, EmployeeId employee, String label) {
    return administered(request, employee, "issue a webhook")
        .flatMap(
            found ->
                transactions.inTransaction(
                    () -> Either.right(newKey(ApiKey.Kind.WEBHOOK, found, label, Option.none()))));
  }

  @Override
  public Either<Refusal, ApiKey> revoke(Request request, Id keyId) {
    Actor actor = request.actor();
    return access
        .mayAdminister(actor, "revoke an API key")
        .flatMap(
            ok ->
                keys.find(actor.tenant(), keyId)
                    .toEither(() -> (Refusal) new Refusal.NotFound("API key", keyId.toString())))
        .flatMap(
            key ->
                transactions.inTransaction(
                    () -> {
                      ApiKey revoked =
                          key.revokedAt().isDefined() ? key : key.revokedAt(clock.instant());
                      keys.save(revoked);
                      return Either.right(revoked);
                    }));
  }

  @Override
  public Either<Refusal, Seq<ApiKey>> list(Request request) {
    return access
        .mayAdminister(request.actor(), "list API keys")
        .map(ok -> keys.of(request.actor().tenant()));
  }

  @Override
  public Either<Refusal, Actor> authenticate(String token) {
    Instant now = clock.instant();
    Option<ApiKey> presented =
        genuine(Token.parse(token))
            .filter(
                key -> key.kind() == ApiKey.Kind.API_KEY || key.kind() == ApiKey.Kind.ACCESS_TOKEN);
    if (presented.exists(key -> key.kind() == ApiKey.Kind.ACCESS_TOKEN && key.hasExpiredAt(now))) {
      return Either.left(new Refusal.CredentialExpired("the access token has expired"));
    }
    return presented
        .filter(key -> key.isValidAt(now))
        .flatMap(key -> employees.find(key.tenant(), key.employee()))
        .map(AccessService::actorOf)
        .toEither(() -> new Refusal.Unauthenticated(UNKNOWN));
  }

  @Override
  public Either<Refusal, Actor> authenticateWebhook(long employeeNumber, String secret) {
    Instant now = clock.instant();
    return valid(Token.parse(secret), now)
        .filter(key -> key.kind() == ApiKey.Kind.WEBHOOK)
        .flatMap(key -> employees.find(key.tenant(), key.employee()))
        .filter(employee -> employee.number() == employeeNumber)
        .map(AccessService::actorOf)
        .toEither(() -> new Refusal.Unauthenticated(UNKNOWN));
  }

  private static Actor actorOf(Employee employee) {
    return new Actor(employee.tenant(), employee.id(), employee.role());
  }

  public Either<Refusal, Actor> authenticate(String email, String key) {
    Instant now = clock.instant();
    return valid(Token.parse(key), now)
        .filter(
            found ->
                found.kind() == ApiKey.Kind.API_KEY || found.kind() == ApiKey.Kind.ACCESS_TOKEN)
        .flatMap(
            found ->
                employees
                    .byEmail(found.tenant(), email)
                    .filter(employee -> employee.id().equals(found.employee())))
        .map(AccessService::actorOf)
        .toEither(() -> new Refusal.Unauthenticated(UNKNOWN));
  }

  @Override
  public Either<Refusal, Issued> exchange(String clientId, String clientSecret, Duration validity) {
    Instant now = clock.instant();
    return valid(Token.parse("wt_" + clientId + "." + clientSecret), now)
        .filter(key -> key.kind() == ApiKey.Kind.OAUTH_CLIENT)
        .flatMap(client -> employees.find(client.tenant(), client.employee()))
        .toEither(() -> (Refusal) new Refusal.Unauthenticated(UNKNOWN))
        .flatMap(
            employee ->
                transactions.inTransaction(
                    () ->
                        Either.right(
                            newKey(
                                ApiKey.Kind.ACCESS_TOKEN,
                                employee,
                                "access token",
                                Option.some(validity)))));
  }

  private Option<ApiKey> valid(Option<Token> token, Instant now) {
    return genuine(token).filter(key -> key.isValidAt(now));
  }

  /** The key the token names, if its secret is that key's: valid or not. */
  private Option<ApiKey> genuine(Option<Token> token) {
    return token.flatMap(
        presented ->
            keys.find(presented.tenant(), presented.keyId())
                .filter(key -> presented.matches(key.secretHash())));
  }

  private Either<Refusal, Employee> administered(
      Request request, EmployeeId employee, String action) {
    return access
        .mayAdminister(request.actor(), action)
        .flatMap(ok -> access.find(request.actor(), employee));
  }

  private Issued newKey(
      ApiKey.Kind kind, Employee employee, String label, Option<Duration> validity) {
    Instant now = clock.instant();
    Token token = new Token(employee.tenant(), ids.next(), secrets.next(SECRET_BYTES));
    ApiKey key =
        new ApiKey(
            token.keyId(),
            kind,
            employee.tenant(),
            employee.id(),
            label,
            token.secretHash(),
            now,
            validity.map(now::plus),
            Option.none());
    keys.save(key);
    return new Issued(key, token.text());
  }
}
