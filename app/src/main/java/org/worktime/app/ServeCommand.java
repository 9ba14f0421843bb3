package org.worktime.app;

import com.zaxxer.hikari.HikariDataSource;
import io.vavr.collection.List;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.worktime.adapters.jsonrpc.JsonRpcConfig;
import org.worktime.adapters.jsonrpc.JsonRpcEndpoint;
import org.worktime.adapters.persistence.jdbc.JdbcDataSources;
import org.worktime.adapters.persistence.jdbc.JdbcStores;
import org.worktime.adapters.rest.RestConfig;
import org.worktime.adapters.rest.RestServer;
import org.worktime.application.Actor;
import org.worktime.application.Channel;
import org.worktime.application.Engine;
import org.worktime.application.EngineBuilder;
import org.worktime.application.Request;
import org.worktime.application.access.ApiKeysUseCase;
import org.worktime.domain.id.TimeOrderedIdGenerator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
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

  @Option(
      names = "--data",
      description = "Directory of the embedded H2 database (default: $WORKTIME_HOME, else ./data).")
  private Path data;

  @Option(
      names = "--db",
      description = "JDBC URL of a PostgreSQL database instead (default: $WORKTIME_DB).")
  private String database;

  @Option(names = "--db-user", description = "Database user (default: $WORKTIME_DB_USER).")
  private String databaseUser;

  @Option(
      names = "--db-password",
      description = "Database password (default: $WORKTIME_DB_PASSWORD).")
  private String databasePassword;

  private final String version;

  ServeCommand(String version) {
    this.version = version;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Settings settings = Settings.from(this);
    if (settings.port() < 0 || settings.port() > 65535) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0 to 65535");
    }
    HikariDataSource dataSource = settings.dataSource();
    Clock clock = Clock.systemUTC();
    Engine engine =
        new EngineBuilder()
            .clock(clock)
            .ids(new TimeOrderedIdGenerator(clock, new SecureRandom()))
            .stores(JdbcStores.create(dataSource))
            .build();
    RestServer server =
        new RestServer(
            engine,
            RestConfig.loopback().withHost(settings.host()).withPort(settings.port()),
            List.of(
                new JsonRpcMount(new JsonRpcEndpoint(engine, JsonRpcConfig.loopback(), clock))));
    int bound = server.start();
    String base = "http://" + printable(settings.host()) + ":" + bound;
    out.println("worktime " + version + " serving " + base + " (store: " + settings.store() + ")");
    if (engine.tenantSetup().isNewInstallation()) {
      greet(out, engine, base);
    }
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.stop();
                  dataSource.close();
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

  /** The options, with the environment's defaults filled in. */
  record Settings(
      String host,
      int port,
      Path data,
      io.vavr.control.Option<String> database,
      String user,
      String password) {

    static Settings from(ServeCommand command) {
      String home = System.getenv("WORKTIME_HOME");
      Path data =
          command.data != null
              ? command.data
              : Path.of(home != null && !home.isBlank() ? home : "data");
      return new Settings(
          command.host,
          command.port,
          data,
          io.vavr.control.Option.of(command.database)
              .orElse(io.vavr.control.Option.of(System.getenv("WORKTIME_DB")))
              .filter(url -> !url.isBlank()),
          firstOf(command.databaseUser, System.getenv("WORKTIME_DB_USER"), ""),
          firstOf(command.databasePassword, System.getenv("WORKTIME_DB_PASSWORD"), ""));
    }

    HikariDataSource dataSource() {
      return database.isDefined()
          ? JdbcDataSources.fromUrl(database.get(), user, password)
          : JdbcDataSources.h2File(data);
    }

    /** Where the data lives, without the password. */
    String store() {
      return database.isDefined()
          ? "PostgreSQL " + database.get().replaceAll("password=[^&;]*", "password=***")
          : "H2 file in " + data.toAbsolutePath().normalize();
    }

    private static String firstOf(String given, String environment, String fallback) {
      if (given != null) {
        return given;
      }
      return environment != null ? environment : fallback;
    }
  }
}
