package org.worktime.app;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.worktime.adapters.cli.store.RunningMarker;
import org.worktime.adapters.cli.store.StoreLocation;
import org.worktime.adapters.cli.store.StoreOptions;
import org.worktime.adapters.cli.store.Workplace;
import org.worktime.adapters.cli.store.Workplaces;
import org.worktime.adapters.jsonrpc.JsonRpcConfig;
import org.worktime.adapters.jsonrpc.JsonRpcEndpoint;
import org.worktime.adapters.rest.BitrixLimit;
import org.worktime.adapters.rest.RestConfig;
import org.worktime.adapters.rest.RestServer;
import org.worktime.adapters.rest.http.TrustedProxies;
import org.worktime.adapters.rest.tls.TlsIdentity;
import org.worktime.application.Actor;
import org.worktime.application.Channel;
import org.worktime.application.Engine;
import org.worktime.application.Request;
import org.worktime.application.access.ApiKeysUseCase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code worktime serve}: the HTTP service on the embedded H2 file under the data directory, or on
 * PostgreSQL by JDBC URL; HTTPS only when given a certificate and key. On the first start with an
 * empty store it creates the company and its administrator and prints an admin key once, with two
 * commands that work as printed. It runs until stopped (Ctrl-C or SIGTERM), then lets requests in
 * flight finish.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description =
        "Serve the REST dialects and the JSON-RPC service over HTTP (HTTPS with --tls-cert and"
            + " --tls-key), on the embedded store or PostgreSQL.")
final class ServeCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @CommandLine.Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for all).")
  private String host;

  @CommandLine.Option(
      names = "--port",
      defaultValue = "8080",
      description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  private int port;

  @Mixin private StoreOptions storeOptions;

  @Mixin private TlsOptions tlsOptions;

  @Mixin private ProxyOptions proxyOptions;

  @Mixin private BitrixLimitOptions bitrixLimitOptions;

  private final String version;
  private final Workplaces workplaces;

  ServeCommand(String version, Workplaces workplaces) {
    this.version = version;
    this.workplaces = workplaces;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (port < 0 || port > 65535) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0 to 65535");
    }
    // Checked before the store is opened: a wrong file or range changes nothing anywhere.
    Map<String, String> environment = System.getenv();
    Option<TlsIdentity> tls = orRefuse(tlsOptions.identity(environment));
    TrustedProxies proxies = orRefuse(proxyOptions.proxies(environment));
    BitrixLimit bitrixLimit = orRefuse(bitrixLimitOptions.limit(environment));
    RestConfig plain =
        RestConfig.loopback()
            .withHost(host)
            .withPort(port)
            .withTrustedProxies(proxies)
            .withBitrixLimit(bitrixLimit);
    RestConfig rest = tls.map(plain::withTls).getOrElse(plain);
    StoreLocation location = storeOptions.location();
    Option<String> unclean = RunningMarker.leftBehind(location.data());
    Workplace place = workplaces.open(location);
    if (unclean.isDefined()) {
      String checked;
      try {
        checked = place.verify();
      } catch (RuntimeException unreadable) {
        place.close();
        throw unreadable;
      }
      out.println(
          "worktime: the last serve of this store did not stop cleanly ("
              + unclean.get()
              + "); checked the store: "
              + checked);
    }
    Engine engine = place.engine();
    RestServer server =
        new RestServer(
            engine,
            rest,
            List.of(
                new JsonRpcMount(
                    new JsonRpcEndpoint(engine, JsonRpcConfig.loopback(), place.clock()))));
    int bound;
    try {
      bound = server.start();
    } catch (RuntimeException notStarted) {
      place.close();
      throw notStarted;
    }
    String base = (tls.isDefined() ? "https://" : "http://") + printable(host) + ":" + bound;
    out.println("worktime " + version + " serving " + base + " (store: " + place.store() + ")");
    tls.forEach(identity -> out.println(certificateLine(identity, place.clock().instant())));
    if (!proxies.isEmpty()) {
      out.println("Client addresses from X-Forwarded-For or Forwarded of proxies in: " + proxies);
    }
    if (engine.tenantSetup().isNewInstallation()) {
      greet(out, engine, base);
    }
    out.flush();
    RunningMarker running = RunningMarker.claim(location.data(), place.clock().instant());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.stop();
                  place.close();
                  running.release();
                  stopped.countDown();
                },
                "worktime-shutdown"));
    try {
      stopped.await();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  /** The first start: a company, its administrator, a key shown once, two commands to try. */
  private static void greet(PrintWriter out, Engine engine, String base) {
    Actor admin =
        engine
            .tenantSetup()
            .createTenant("admin@localhost", "Administrator", ZoneId.systemDefault())
            .getOrElseThrow(refusal -> new IllegalStateException(refusal.describe()));
    ApiKeysUseCase.Issued key =
        engine
            .apiKeys()
            .issue(
                Request.of(admin, Channel.CLI), admin.employee(), "first admin key", Option.none())
            .getOrElseThrow(refusal -> new IllegalStateException(refusal.describe()));
    out.println();
    out.println("First start: created the company and its administrator (employee number 1).");
    out.println("Admin API key, shown only this once; keep it safe:");
    out.println("  " + key.token());
    out.println();
    out.println("Try:");
    out.println("  curl -s '" + base + "/rest/timeman.status?auth=" + key.token() + "'");
    out.println(
        "  curl -s -X POST -H 'Authorization: Bearer "
            + key.token()
            + "' '"
            + base
            + "/rest/timeman.open'");
  }

  private <T> T orRefuse(Either<String, T> checked) {
    return checked.getOrElseThrow(
        why -> new CommandLine.ParameterException(spec.commandLine(), why));
  }

  /** Whom the certificate names and until when, so that an expired or wrong one shows at once. */
  private static String certificateLine(TlsIdentity identity, Instant now) {
    return "HTTPS only, certificate "
        + identity.subject()
        + (identity.notAfter().isBefore(now) ? ", EXPIRED on " : ", valid until ")
        + identity.notAfter();
  }

  private static String printable(String host) {
    return host.equals("0.0.0.0") ? "127.0.0.1" : host.contains(":") ? "[" + host + "]" : host;
  }
}
