package org.worktime.adapters.rest;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Map;
import java.util.Objects;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.worktime.adapters.rest.bitrix.BitrixDialect;
import org.worktime.adapters.rest.health.ReadinessProbe;
import org.worktime.adapters.rest.http.AccessLog;
import org.worktime.adapters.rest.http.Answer;
import org.worktime.adapters.rest.http.BodyIntake;
import org.worktime.adapters.rest.http.ClientAddress;
import org.worktime.adapters.rest.http.Credentials;
import org.worktime.adapters.rest.http.Json;
import org.worktime.adapters.rest.http.PlainAnswers;
import org.worktime.adapters.rest.http.Problem;
import org.worktime.adapters.rest.http.RequestReader;
import org.worktime.adapters.rest.http.Responder;
import org.worktime.adapters.rest.http.SecretPaths;
import org.worktime.adapters.rest.management.ManagementDialect;
import org.worktime.adapters.rest.metrics.Metrics;
import org.worktime.adapters.rest.openapi.ApiDocs;
import org.worktime.adapters.rest.openapi.ApiDocument;
import org.worktime.adapters.rest.openapi.Operation;
import org.worktime.adapters.rest.staffomatic.RateLimit;
import org.worktime.adapters.rest.staffomatic.StaffomaticDialect;
import org.worktime.adapters.rest.thebase.OAuthTokenEndpoint;
import org.worktime.adapters.rest.thebase.TheBaseDialect;
import org.worktime.adapters.rest.tls.TlsIdentity;
import org.worktime.application.Engine;

/**
 * The engine over HTTP: every dialect under its own path prefix, on one Javalin (Jetty 12) server.
 * Answers are JSON in UTF-8; whatever a handler did not expect becomes a 500 in the dialect's shape
 * that tells the client nothing more. Nothing here logs a request's parameters or headers, so
 * tokens never reach a log.
 */
public final class RestServer {

  private final RestConfig config;
  private final List<Dialect> dialects;
  private final List<Mount> mounts;
  private final ReadinessProbe readiness;
  private final AccessLog accessLog;
  private final Metrics metrics;
  private final Seq<ApiDocument> documents;
  private final Javalin javalin;

  public RestServer(Engine engine, RestConfig config) {
    this(engine, config, List.empty());
  }

  /** The dialects and, beside them, routes of other adapters that the composition root mounts. */
  public RestServer(Engine engine, RestConfig config, List<Mount> mounts) {
    this(engine, config, mounts, AccessLog.toSlf4j());
  }

  /** As above, with the access log written where the caller says. */
  public RestServer(Engine engine, RestConfig config, List<Mount> mounts, AccessLog accessLog) {
    this.accessLog = Objects.requireNonNull(accessLog, "accessLog");
    this.config = Objects.requireNonNull(config, "config");
    this.mounts = Objects.requireNonNull(mounts, "mounts");
    this.readiness = new ReadinessProbe(engine.readiness());
    this.metrics = new Metrics(engine.operations());
    RequestReader reader = new RequestReader(config.maxBodyBytes());
    Credentials credentials = new Credentials(engine.authenticate());
    this.dialects =
        List.of(
            new BitrixDialect(engine, reader, credentials, config.clock(), config.bitrixLimit()),
            new TheBaseDialect(engine, reader, credentials),
            new StaffomaticDialect(engine, reader, credentials, RateLimit.of(config)),
            new OAuthTokenEndpoint(engine.authenticate(), reader),
            new ManagementDialect(engine, reader, credentials));
    this.documents = documents(dialects, mounts);
    this.javalin = create();
  }

  /**
   * The OpenAPI documents served at {@code /openapi}: the dialects' (shipped as resources of this
   * module, one per document name), then the mounts', each with the operations it describes.
   */
  private static Seq<ApiDocument> documents(List<Dialect> dialects, List<Mount> mounts) {
    return dialects
        .map(Dialect::apiDocumentName)
        .distinct()
        .map(
            name ->
                new ApiDocument(
                    name,
                    ApiDocument.resource(RestServer.class, "/openapi/" + name + ".json"),
                    dialects
                        .filter(dialect -> dialect.apiDocumentName().equals(name))
                        .flatMap(Dialect::operations)))
        .appendAll(mounts.flatMap(Mount::apiDocument));
  }

  /** The API documents served, each with the operations of this server it describes. */
  public Seq<ApiDocument> apiDocuments() {
    return documents;
  }

  /**
   * Every route Javalin holds for an HTTP method, as registered (a path pattern such as {@code
   * /rest/<call>}), so that nothing can be served that no document describes.
   */
  public Seq<Operation> routes() {
    return List.ofAll(javalin.unsafe.internalRouter.allHttpHandlers())
        .map(route -> route.endpoint)
        .filter(endpoint -> endpoint.method.isHttpMethod())
        .map(endpoint -> new Operation(endpoint.method, endpoint.path));
  }

  /** Starts listening; answers the port bound (the free one chosen when the config says 0). */
  public int start() {
    javalin.start();
    return javalin.port();
  }

  /** Stops accepting, lets running requests finish within the configured timeout, then stops. */
  public void stop() {
    javalin.stop();
    metrics.close();
    readiness.close();
  }

  private Javalin create() {
    return Javalin.create(
        javalinConfig -> {
          javalinConfig.startup.showJavalinBanner = false;
          javalinConfig.startup.showOldJavalinVersionWarning = false;
          javalinConfig.http.maxRequestSize = config.maxBodyBytes();
          javalinConfig.http.defaultContentType = Json.CONTENT_TYPE;
          javalinConfig.jetty.modifyServer(
              server -> {
                server.setStopTimeout(config.stopTimeout().toMillis());
                BodyIntake.install(server, config.maxBodyBytes());
                server.insertHandler(new GracefulHandler());
                ClientAddress.install(server, config.trustedProxies());
              });
          // The one listener, HTTPS when the config has a certificate, else plain HTTP.
          javalinConfig.jetty.addConnector(this::connector);
          javalinConfig.routes.before(accessLog::assignRequestId);
          // One hook after each answer: the access log line, then the request timer.
          javalinConfig.requestLogger.http(
              (ctx, millis) -> {
                accessLog.served(ctx, millis);
                metrics.requests().served(ctx, millis);
              });
          dialects.forEach(dialect -> dialect.register(javalinConfig.routes));
          mounts.forEach(mount -> mount.register(javalinConfig.routes));
          // Metrics and health, for scrapers, load balancers and orchestrators: no credentials,
          // no tenant data, and not for the public (see Metrics).
          metrics.register(javalinConfig.routes);
          new ApiDocs(documents).register(javalinConfig.routes);
          javalinConfig.routes.get(
              "/health/live", ctx -> Json.send(ctx, new Answer(200, Map.of("status", "UP"))));
          javalinConfig.routes.get(
              "/health/ready",
              ctx ->
                  Json.send(
                      ctx,
                      readiness.ready()
                          ? new Answer(200, Map.of("status", "UP", "store", "UP"))
                          : new Answer(503, Map.of("status", "DOWN", "store", "DOWN"))));
          javalinConfig.routes.exception(
              Exception.class,
              (exception, ctx) -> {
                Option<Mount> mount = mounts.find(m -> ctx.path().startsWith(m.pathPrefix()));
                if (mount.isDefined()) {
                  mount.get().unexpected(exception, ctx);
                  return;
                }
                if (exception instanceof HttpResponseException refused
                    && refused.getStatus() < 500) {
                  // Javalin's own refusals (e.g. its body limit): the client's fault, not a bug.
                  Json.send(
                      ctx,
                      answer(
                          ctx,
                          refused.getStatus() == 413
                              ? new Problem.TooLarge(config.maxBodyBytes())
                              : new Problem.Malformed("the request could not be read")));
                  return;
                }
                // A route outside the dialects' own guards: an outage or a bug, answered as there.
                Json.send(
                    ctx,
                    new Responder(problem -> answer(ctx, problem), Option.none())
                        .failure(ctx, exception));
              });
          javalinConfig.routes.error(
              404,
              ctx -> {
                if (ctx.attribute(Json.ANSWERED) == null) {
                  Json.send(
                      ctx,
                      answer(ctx, new Problem.UnknownOperation(SecretPaths.masked(ctx.path()))));
                }
              });
        });
  }

  /**
   * Where the server listens. With a certificate it speaks only TLS (HTTP/1.1 inside), so that no
   * credential is ever sent in clear by mistake; probes reach {@code /health/*} over HTTPS too.
   */
  private ServerConnector connector(Server server, HttpConfiguration http) {
    ServerConnector connector =
        config
            .tls()
            .map(identity -> https(server, http, identity))
            .getOrElse(() -> new ServerConnector(server, new HttpConnectionFactory(http)));
    connector.setHost(config.host());
    connector.setPort(config.port());
    return connector;
  }

  private static ServerConnector https(
      Server server, HttpConfiguration http, TlsIdentity identity) {
    SslContextFactory.Server tls = new SslContextFactory.Server();
    tls.setKeyStore(identity.keyStore());
    tls.setKeyStorePassword(identity.password());
    HttpConfiguration secure = new HttpConfiguration(http);
    SecureRequestCustomizer customizer = new SecureRequestCustomizer();
    // One certificate for every name: the client checks it against the host it asked for, and
    // Jetty's own check would refuse a client that reaches the server by an address instead.
    customizer.setSniHostCheck(false);
    secure.addCustomizer(customizer);
    return new ServerConnector(
        server,
        new SslConnectionFactory(tls, HttpVersion.HTTP_1_1.asString()),
        new HttpConnectionFactory(secure));
  }

  /** The problem in the shape of the dialect whose prefix the path has, else a plain one. */
  private Answer answer(Context ctx, Problem problem) {
    return dialects
        .find(dialect -> dialect.claims(ctx.path()))
        .map(dialect -> dialect.answer(problem))
        .getOrElse(() -> PlainAnswers.answer(problem));
  }
}
