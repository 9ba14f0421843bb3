package org.worktime.app;

import io.vavr.collection.List;
import java.time.Clock;
import org.worktime.adapters.jsonrpc.JsonRpcConfig;
import org.worktime.adapters.jsonrpc.JsonRpcEndpoint;
import org.worktime.adapters.rest.RestConfig;
import org.worktime.adapters.rest.RestServer;
import org.worktime.application.Engine;

/** For tests in other packages: a server as {@code serve} wires it, REST and the JSON-RPC mount. */
public final class EveryDialect {

  private EveryDialect() {}

  public static RestServer server(Engine engine, RestConfig config, Clock clock) {
    return new RestServer(
        engine,
        config,
        List.of(new JsonRpcMount(new JsonRpcEndpoint(engine, JsonRpcConfig.loopback(), clock))));
  }
}
