package org.worktime.adapters.rest.management;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.worktime.adapters.rest.Dialect;
import org.worktime.adapters.rest.http.Answer;
import org.worktime.adapters.rest.http.Credentials;
import org.worktime.adapters.rest.http.Problem;
import org.worktime.adapters.rest.http.RequestBinding;
import org.worktime.adapters.rest.http.RequestBinding.UnknownFields;
import org.worktime.adapters.rest.http.RequestReader;
import org.worktime.adapters.rest.http.Requests;
import org.worktime.adapters.rest.http.Responder;
import org.worktime.adapters.rest.http.Violation;
import org.worktime.adapters.rest.openapi.Operation;
import org.worktime.application.Channel;
import org.worktime.application.Engine;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.application.access.ApiKey;
import org.worktime.application.access.ApiKeysUseCase;
import org.worktime.application.employee.ManageEmployeesUseCase.EmployeeChanges;
import org.worktime.application.employee.ManageEmployeesUseCase.NewEmployee;
import org.worktime.domain.employee.CompanySlug;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.employee.Role;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.Id;
import org.worktime.domain.id.LocationId;
import org.worktime.domain.id.PolicyId;
import org.worktime.domain.place.Location;

/**
 * Worktime's own management API under {@code /api/v1/}: employees, schedule policies, locations,
 * API keys and OAuth clients, as JSON resources, with {@code Authorization: Bearer <token>}. Reads
 * are open to everyone of the tenant (keys: admins); writes are the engine's admin rights.
 * Employees are addressed by number, everything else by its id in UUID form. Errors are RFC 9457
 * problem details, shaped by {@link ManagementProblems}.
 *
 * <p>The dialect claims only its resources' paths: {@code /api/v1/json-rpc} belongs to the JSON-RPC
 * mount and keeps that mount's own error shape.
 */
public final class ManagementDialect implements Dialect {

  private static final String PREFIX = "/api/v1/";
  private static final List<String> RESOURCES =
      List.of("employees", "policies", "locations", "keys", "oauth-clients", "webhooks");
  private static final Pattern NUMBER = Pattern.compile("[1-9]\\d{0,17}");
  private static final String NUMBER_PARAMETER = "number";
  private static final String ID_PARAMETER = "id";

  private final Engine engine;
  private final RequestReader reader;
  private final Credentials credentials;
  private final List<Resource> resources;
  private final Responder responder =
      new Responder(ManagementProblems::answer, Option.some(Credentials.BEARER_CHALLENGE));

  public ManagementDialect(Engine engine, RequestReader reader, Credentials credentials) {
    this.engine = engine;
    this.reader = reader;
    this.credentials = credentials;
    this.resources = resources();
  }

  @Override
  public String pathPrefix() {
    return PREFIX;
  }

  @Override
  public boolean claims(String path) {
    return RESOURCES.exists(
        resource -> path.equals(PREFIX + resource) || path.startsWith(PREFIX + resource + "/"));
  }

  @Override
  public Answer answer(Problem problem) {
    return ManagementProblems.answer(problem);
  }

  @Override
  public void register(RoutesConfig routes) {
    resources.forEach(resource -> route(routes, resource.path(), resource.handlers()));
  }

  @Override
  public String apiDocumentName() {
    return "management";
  }

  @Override
  public Seq<Operation> operations() {
    return resources.flatMap(
        resource ->
            List.ofAll(resource.handlers().keySet())
                .sortBy(HandlerType::name)
                .map(method -> new Operation(method, resource.path())));
  }

  /** One resource: its path and the handler of each method it takes; the others answer 405. */
  private record Resource(String path, Map<HandlerType, Handler> handlers) {}

  private List<Resource> resources() {
    return List.of(
        new Resource(
            "/api/v1/employees",
            Map.of(HandlerType.GET, this::employees, HandlerType.POST, this::addEmployee)),
        new Resource(
            "/api/v1/employees/{number}",
            Map.of(HandlerType.GET, this::employee, HandlerType.PATCH, this::editEmployee)),
        new Resource("/api/v1/employees/{number}/location", Map.of(HandlerType.PUT, this::place)),
        new Resource("/api/v1/employees/{number}/policy", Map.of(HandlerType.GET, this::policyOf)),
        new Resource(
            "/api/v1/policies",
            Map.of(HandlerType.GET, this::policies, HandlerType.POST, this::definePolicy)),
        new Resource(
            "/api/v1/policies/{id}",
            Map.of(HandlerType.GET, this::policy, HandlerType.PUT, this::redefinePolicy)),
        new Resource(
            "/api/v1/locations",
            Map.of(HandlerType.GET, this::locations, HandlerType.POST, this::defineLocation)),
        new Resource(
            "/api/v1/locations/{id}",
            Map.of(HandlerType.GET, this::location, HandlerType.PATCH, this::renameLocation)),
        new Resource(
            "/api/v1/keys", Map.of(HandlerType.GET, this::keys, HandlerType.POST, this::issueKey)),
        new Resource("/api/v1/keys/{id}", Map.of(HandlerType.DELETE, this::revokeKey)),
        new Resource("/api/v1/oauth-clients", Map.of(HandlerType.POST, this::registerClient)),
        new Resource("/api/v1/webhooks", Map.of(HandlerType.POST, this::issueWebhook)),
        new Resource(
            "/api/v1/company",
            Map.of(HandlerType.GET, this::company, HandlerType.PUT, this::setCompanySlug)));
  }

  /** A handler of an authenticated request. */
  private interface Handler {
    Either<Problem, Answer> handle(Context ctx, Request request);
  }

  private void route(RoutesConfig routes, String path, Map<HandlerType, Handler> handlers) {
    for (HandlerType type :
        new HandlerType[] {
          HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE
        }) {
      Handler handler = handlers.get(type);
      routes.addHttpHandler(
          type,
          path,
          handler == null
              ? ctx -> responder.refuse(ctx, new Problem.MethodNotAllowed(type.name()))
              : ctx ->
                  send(
                      ctx,
                      () -> authenticated(ctx).flatMap(request -> handler.handle(ctx, request))));
    }
  }

  private Either<Problem, Request> authenticated(Context ctx) {
    return credentials
        .actor(ctx, Option.none())
        .flatMap(actor -> Requests.of(ctx, actor, Channel.MANAGEMENT));
  }

  private void send(Context ctx, Supplier<Either<Problem, Answer>> outcome) {
    responder.respond(ctx, outcome);
  }

  // --- employees ---

  private Either<Problem, Answer> employees(Context ctx, Request request) {
    return refused(engine.employees().list(request))
        .map(all -> Answer.ok(items(all.map(ManagementDialect::employee))));
  }

  private Either<Problem, Answer> employee(Context ctx, Request request) {
    return employeeAt(ctx, request).map(found -> Answer.ok(employee(found)));
  }

  private Either<Problem, Answer> addEmployee(Context ctx, Request request) {
    return body(ctx, NewEmployeeBody.class)
        .flatMap(
            body ->
                built(
                    () ->
                        new NewEmployee(
                            Option.of(body.number()),
                            body.email(),
                            body.name(),
                            ZoneId.of(body.homeZone()),
                            role(body.role()).getOrElse(Role.EMPLOYEE),
                            id(body.policyId()).map(PolicyId::of))))
        .flatMap(added -> refused(engine.employees().add(request, added)))
        .map(added -> created(ctx, "/api/v1/employees/" + added.number(), employee(added)));
  }

  private Either<Problem, Answer> editEmployee(Context ctx, Request request) {
    return employeeAt(ctx, request)
        .flatMap(
            found ->
                body(ctx, EmployeeChangesBody.class)
                    .flatMap(
                        body ->
                            built(
                                () ->
                                    new EmployeeChanges(
                                        Option.of(body.email()),
                                        Option.of(body.name()),
                                        Option.of(body.homeZone()).map(ZoneId::of),
                                        role(body.role()),
                                        id(body.policyId()).map(PolicyId::of))))
                    .flatMap(
                        changes -> refused(engine.employees().edit(request, found.id(), changes))))
        .map(edited -> Answer.ok(employee(edited)));
  }

  private Either<Problem, Answer> place(Context ctx, Request request) {
    return employeeAt(ctx, request)
        .flatMap(
            found ->
                body(ctx, PlacementBody.class)
                    .map(body -> LocationId.of(id(body.locationId()).get()))
                    .flatMap(
                        location ->
                            refused(engine.locations().place(request, found.id(), location))))
        .map(placed -> Answer.ok(employee(placed)));
  }

  private Either<Problem, Answer> policyOf(Context ctx, Request request) {
    return employeeAt(ctx, request)
        .flatMap(
            found ->
                refused(engine.policies().policyOf(request, found.id()))
                    .map(policy -> Answer.ok(PolicyJson.write(found.policy(), policy))));
  }

  private Either<Problem, Employee> employeeAt(Context ctx, Request request) {
    String number = ctx.pathParam(NUMBER_PARAMETER);
    if (!NUMBER.matcher(number).matches()) {
      return Either.left(
          new Problem.InvalidParameter(
              NUMBER_PARAMETER, "must be an employee number, a whole number from 1 up"));
    }
    return refused(engine.employees().byNumber(request, Long.parseLong(number)));
  }

  private static Map<String, Object> employee(Employee employee) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("number", employee.number());
    body.put("id", employee.id().toString());
    body.put("email", employee.email());
    body.put("name", employee.name());
    body.put("homeZone", employee.homeZone().getId());
    body.put("role", employee.role().name().toLowerCase(Locale.ROOT));
    body.put("policyId", employee.policy().toString());
    body.put("locationId", employee.location().map(LocationId::toString).getOrNull());
    return body;
  }

  // --- policies ---

  private Either<Problem, Answer> policies(Context ctx, Request request) {
    return refused(engine.policies().definedPolicies(request))
        .map(
            all ->
                Answer.ok(
                    items(all.map(defined -> PolicyJson.write(defined.id(), defined.policy())))));
  }

  private Either<Problem, Answer> policy(Context ctx, Request request) {
    return idAt(ctx)
        .map(PolicyId::of)
        .flatMap(
            id ->
                refused(engine.policies().policy(request, id))
                    .map(found -> Answer.ok(PolicyJson.write(id, found))));
  }

  private Either<Problem, Answer> definePolicy(Context ctx, Request request) {
    return body(ctx, PolicyBody.class, PolicyBody.New.class)
        .flatMap(body -> built(() -> PolicyJson.read(body)))
        .flatMap(
            policy ->
                refused(engine.policies().define(request, policy))
                    .map(
                        id ->
                            created(ctx, "/api/v1/policies/" + id, PolicyJson.write(id, policy))));
  }

  private Either<Problem, Answer> redefinePolicy(Context ctx, Request request) {
    return idAt(ctx)
        .map(PolicyId::of)
        .flatMap(
            id ->
                body(ctx, PolicyBody.class)
                    .flatMap(
                        body ->
                            id(body.id()).forAll(given -> given.equals(id.value()))
                                ? built(() -> PolicyJson.read(body))
                                : Either.left(
                                    invalid("id", "must be the id in the path, or not given")))
                    .flatMap(policy -> refused(engine.policies().redefine(request, id, policy)))
                    .map(policy -> Answer.ok(PolicyJson.write(id, policy))));
  }

  // --- locations ---

  private Either<Problem, Answer> locations(Context ctx, Request request) {
    return refused(engine.locations().list(request))
        .map(all -> Answer.ok(items(all.map(ManagementDialect::location))));
  }

  private Either<Problem, Answer> location(Context ctx, Request request) {
    return idAt(ctx)
        .flatMap(
            id ->
                refused(engine.locations().list(request))
                    .flatMap(
                        all ->
                            all.find(found -> found.id().value().equals(id))
                                .<Problem>toEither(
                                    () ->
                                        new Problem.Refused(
                                            new Refusal.NotFound("location", id.toString())))))
        .map(found -> Answer.ok(location(found)));
  }

  private Either<Problem, Answer> defineLocation(Context ctx, Request request) {
    return locationName(ctx)
        .flatMap(name -> refused(engine.locations().define(request, name)))
        .map(defined -> created(ctx, "/api/v1/locations/" + defined.id(), location(defined)));
  }

  private Either<Problem, Answer> renameLocation(Context ctx, Request request) {
    return idAt(ctx)
        .flatMap(
            id ->
                locationName(ctx)
                    .flatMap(
                        name ->
                            refused(engine.locations().rename(request, LocationId.of(id), name))))
        .map(renamed -> Answer.ok(location(renamed)));
  }

  private Either<Problem, String> locationName(Context ctx) {
    return body(ctx, LocationBody.class).map(LocationBody::name);
  }

  private static Map<String, Object> location(Location location) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", location.id().toString());
    body.put("name", location.name());
    return body;
  }

  // --- the company ---

  /** {@code {"slug": "acme"}}, or {@code null} before an admin sets one. */
  private Either<Problem, Answer> company(Context ctx, Request request) {
    return refused(engine.companyAccount().slug(request))
        .map(slug -> Answer.ok(company(slug.map(CompanySlug::value).getOrNull())));
  }

  private Either<Problem, Answer> setCompanySlug(Context ctx, Request request) {
    return body(ctx, CompanyBody.class)
        .flatMap(
            in ->
                CompanySlug.of(in.slug())
                    .<Problem>mapLeft(
                        invalid -> new Problem.Refused(new Refusal.InvalidValue(invalid))))
        .flatMap(slug -> refused(engine.companyAccount().setSlug(request, slug)))
        .map(slug -> Answer.ok(company(slug.value())));
  }

  private static Map<String, Object> company(String slug) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("slug", slug);
    return body;
  }

  // --- keys and OAuth clients ---

  private Either<Problem, Answer> keys(Context ctx, Request request) {
    return refused(engine.apiKeys().list(request))
        .flatMap(
            all ->
                refused(engine.employees().list(request))
                    .map(
                        staff ->
                            Answer.ok(
                                items(
                                    all.map(
                                        listed ->
                                            key(listed, numberOf(staff, listed.employee())))))));
  }

  private Either<Problem, Answer> issueKey(Context ctx, Request request) {
    return body(ctx, KeyBody.class)
        .map(
            body ->
                new KeyOrder(
                    body.employee(), body.label(), Option.of(body.validity()).map(Duration::parse)))
        .flatMap(
            order ->
                issued(
                    ctx,
                    request,
                    order,
                    holder ->
                        engine
                            .apiKeys()
                            .issue(request, holder.id(), order.label(), order.validity()),
                    (issued, body) -> body.put("token", issued.token())));
  }

  private Either<Problem, Answer> registerClient(Context ctx, Request request) {
    return body(ctx, KeyBody.class, KeyBody.Client.class)
        .map(body -> new KeyOrder(body.employee(), body.label(), Option.none()))
        .flatMap(
            order ->
                issued(
                    ctx,
                    request,
                    order,
                    holder -> engine.apiKeys().registerClient(request, holder.id(), order.label()),
                    (issued, body) -> {
                      body.put("client_id", issued.clientId());
                      body.put("client_secret", issued.clientSecret());
                    }));
  }

  /**
   * A Bitrix24 inbound webhook: its secret, shown once, and the path a Bitrix client's base URL
   * takes after the host. Listed and revoked with the keys.
   */
  private Either<Problem, Answer> issueWebhook(Context ctx, Request request) {
    return body(ctx, KeyBody.class, KeyBody.Client.class)
        .map(body -> new KeyOrder(body.employee(), body.label(), Option.none()))
        .flatMap(
            order ->
                issued(
                    ctx,
                    request,
                    order,
                    holder -> engine.apiKeys().issueWebhook(request, holder.id(), order.label()),
                    (issued, body) -> {
                      body.put("secret", issued.token());
                      body.put("path", "/rest/" + order.employee() + "/" + issued.token() + "/");
                    }));
  }

  /**
   * A new credential for the order's employee, answered 201 once with what only this answer shows
   * ({@code secrets}, written first), then the fields it is listed with.
   */
  private Either<Problem, Answer> issued(
      Context ctx,
      Request request,
      KeyOrder order,
      Function<Employee, Either<Refusal, ApiKeysUseCase.Issued>> issue,
      BiConsumer<ApiKeysUseCase.Issued, Map<String, Object>> secrets) {
    return refused(engine.employees().byNumber(request, order.employee()))
        .flatMap(holder -> refused(issue.apply(holder)))
        .map(
            issued -> {
              Map<String, Object> body = new LinkedHashMap<>();
              body.put("id", issued.key().id().toString());
              secrets.accept(issued, body);
              body.putAll(key(issued.key(), order.employee()));
              return secret(ctx, created(ctx, "/api/v1/keys/" + issued.key().id(), body));
            });
  }

  private Either<Problem, Answer> revokeKey(Context ctx, Request request) {
    return idAt(ctx)
        .flatMap(id -> refused(engine.apiKeys().revoke(request, id)))
        .map(revoked -> new Answer(204, Map.of()));
  }

  /** What is asked of a new key or client: whom it acts as, its label, how long it lasts. */
  private record KeyOrder(long employee, String label, Option<Duration> validity) {}

  /** A key as listed: never its token or hash, which are not kept anyway. */
  private static Map<String, Object> key(ApiKey key, Option<Long> employee) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", key.id().toString());
    body.put("kind", key.kind().name().toLowerCase(Locale.ROOT));
    body.put("employee", employee.getOrNull());
    body.put("label", key.label());
    body.put("createdAt", key.createdAt().toString());
    body.put("expiresAt", key.expiresAt().map(Instant::toString).getOrNull());
    body.put("revokedAt", key.revokedAt().map(Instant::toString).getOrNull());
    return body;
  }

  private static Map<String, Object> key(ApiKey key, long employee) {
    return key(key, Option.some(employee));
  }

  private static Option<Long> numberOf(Seq<Employee> staff, EmployeeId id) {
    return staff.find(employee -> employee.id().equals(id)).map(Employee::number);
  }

  /** A token in an answer: no cache may keep it. */
  private static Answer secret(Context ctx, Answer answer) {
    ctx.header("Cache-Control", "no-store");
    return answer;
  }

  // --- shared steps ---

  /**
   * The body as the operation's DTO: JSON only (415 otherwise), within the size limit (413), every
   * field known and valid under the default checks and the groups named.
   */
  private <T> Either<Problem, T> body(Context ctx, Class<T> type, Class<?>... groups) {
    String media = RequestReader.mediaType(ctx);
    if (!media.equals("application/json") && !media.endsWith("+json")) {
      return Either.left(new Problem.UnsupportedMediaType("the body must be application/json"));
    }
    return reader
        .json(ctx)
        .flatMap(json -> RequestBinding.bind(json, type, UnknownFields.REFUSED, groups));
  }

  /**
   * The domain's value from a valid body. The domain guards its own invariants too: should a check
   * here fall behind one, its refusal is still the client's input, never a 500.
   */
  private static <T> Either<Problem, T> built(Supplier<T> build) {
    try {
      return Either.right(build.get());
    } catch (IllegalArgumentException refused) {
      return Either.left(invalid("body", refused.getMessage()));
    }
  }

  private static Problem invalid(String field, String why) {
    return Problem.InvalidInput.of(field, why, Violation.Kind.INVALID);
  }

  /** A valid body's id, if given. */
  private static Option<Id> id(String text) {
    return Option.of(text).flatMap(Id::fromUuid);
  }

  /** A valid body's role, if given. */
  private static Option<Role> role(String text) {
    return Option.of(text).map(name -> Role.valueOf(name.toUpperCase(Locale.ROOT)));
  }

  private static Either<Problem, Id> idAt(Context ctx) {
    return Id.fromUuid(ctx.pathParam(ID_PARAMETER).toLowerCase(Locale.ROOT))
        .toEither(() -> new Problem.InvalidParameter(ID_PARAMETER, "must be an id in UUID form"));
  }

  private static <T> Either<Problem, T> refused(Either<Refusal, T> outcome) {
    return outcome.mapLeft(Problem.Refused::new);
  }

  private static Map<String, Object> items(Seq<Map<String, Object>> all) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("items", all.toJavaList());
    return body;
  }

  private static Answer created(Context ctx, String location, Object body) {
    ctx.header("Location", location);
    return new Answer(201, body);
  }
}
