package org.worktime.app;

import com.zaxxer.hikari.HikariDataSource;
import io.vavr.collection.List;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import org.worktime.adapters.jsonrpc.JsonRpcConfig;
import org.worktime.adapters.jsonrpc.JsonRpcEndpoint;
import org.worktime.adapters.persistence.jdbc.JdbcDataSources;
import org.worktime.adapters.persistence.jdbc.JdbcStores;
import org.worktime.adapters.rest.BitrixLimit;
import org.worktime.adapters.rest.RestConfig;
import org.worktime.adapters.rest.RestServer;
import org.worktime.application.Engine;
import org.worktime.application.EngineBuilder;
import org.worktime.domain.id.TimeOrderedIdGenerator;

/**
 * A test-only server for a forked JVM with a small heap: the REST server with the JSON-RPC mount,
 * wired as {@code serve} wires it, on the H2 file in the directory given as the first argument; a
 * second argument, if given, is the rate limit per minute, and Bitrix24's burst and drain per
 * second (for a test that sends more than a client would). It prints {@code listening <port>} once
 * it answers, and stops when its standard input closes.
 */
final class SmallHeapServer {

  private SmallHeapServer() {}

  public static void main(String[] args) throws Exception {
    HikariDataSource dataSource = JdbcDataSources.h2File(Path.of(args[0]));
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
            args.length > 1
                ? RestConfig.loopback()
                    .withPort(0)
                    .withRateLimit(Integer.parseInt(args[1]), Duration.ofMinutes(1))
                    .withBitrixLimit(
                        new BitrixLimit(
                            Integer.parseInt(args[1]),
                            Math.min(Integer.parseInt(args[1]), BitrixLimit.MAX_DRAIN_PER_SECOND)))
                : RestConfig.loopback().withPort(0),
            List.of(
                new JsonRpcMount(new JsonRpcEndpoint(engine, JsonRpcConfig.loopback(), clock))));
    int port = server.start();
    System.out.println("listening " + port + " max heap " + Runtime.getRuntime().maxMemory());
    System.out.flush();
    while (System.in.read() >= 0) {
      // Runs until the test closes our standard input (or kills us).
    }
    server.stop();
    dataSource.close();
  }
}
