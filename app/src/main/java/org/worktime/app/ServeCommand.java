package org.worktime.app;

import io.vavr.collection.List;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.worktime.adapters.cli.store.RunningMarker;
import org.worktime.adapters.cli.store.StoreLocation;
import org.worktime.adapters.cli.store.StoreOptions;
import org.worktime.adapters.cli.store.Workplace;
import org.worktime.adapters.cli.store.Workplaces;
import org.worktime.adapters.jsonrpc.JsonRpcConfig;
import org.worktime.adapters.jsonrpc.JsonRpcEndpoint;
import org.worktime.adapters.rest.RestConfig;
import org.worktime.adapters.rest.RestServer;
import org.worktime.application.Actor;
import org.worktime.application.Channel;
import org.worktime.application.Engine;
import org.worktime.application.Request;
import org.worktime.application.access.ApiKeysUseCase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code worktime serve}: the HTTP service on the embedded H2 file under the data directory, or on
 * PostgreSQL by JDBC URL. On the first start with an empty store it creates the company and its
 * administrator and prints an admin key once, with two commands that work as printed. It runs until
 * stopped (Ctrl-C or SIGTERM), then lets requests in flight finish.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description =
        "Serve the REST dialects and the JSON-RPC service over HTTP, on the embedded store or"
            + " PostgreSQL.")
final class ServeCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for all).")
  private String host;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  private int port;

  @Mixin private StoreOptions storeOptions;

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
    StoreLocation location = storeOptions.location();
    io.vavr.control.Option<String> unclean = RunningMarker.leftBehind(location.data());
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
            RestConfig.loopback().withHost(host).withPort(port),
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
    String base = "http://" + printable(host) + ":" + bound;
    out.println("worktime " + version + " serving " + base + " (store: " + place.store() + ")");
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
                Request.of(admin, Channel.CLI),
                admin.employee(),
                "first admin key",
                io.vavr.control.Option.none())
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

  private static String printable(String host) {
    return host.equals("0.0.0.0") ? "127.0.0.1" : host.contains(":") ? "[" + host + "]" : host;
  }
}
