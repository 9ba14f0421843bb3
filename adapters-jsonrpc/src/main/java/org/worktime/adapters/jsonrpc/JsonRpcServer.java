package org.worktime.adapters.jsonrpc;

import io.javalin.Javalin;
import java.time.Clock;
import java.util.Objects;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.worktime.application.Engine;

/**
 * The JSON-RPC endpoint alone on its own Javalin (Jetty 12) server. To serve it beside the REST
 * dialects instead, {@link JsonRpcEndpoint#register} it on that server's Javalin.
 */
public final class JsonRpcServer {

  private final JsonRpcConfig config;
  private final Javalin javalin;

  public JsonRpcServer(Engine engine, JsonRpcConfig config, Clock clock) {
    this.config = Objects.requireNonNull(config, "config");
    JsonRpcEndpoint endpoint = new JsonRpcEndpoint(engine, config, clock);
    this.javalin =
        Javalin.create(
            javalinConfig -> {
              javalinConfig.startup.showJavalinBanner = false;
              javalinConfig.startup.showOldJavalinVersionWarning = false;
              javalinConfig.http.defaultContentType = JsonRpcEndpoint.CONTENT_TYPE;
              javalinConfig.jetty.modifyServer(
                  server -> {
                    server.setStopTimeout(config.stopTimeout().toMillis());
                    server.insertHandler(new GracefulHandler());
                  });
              endpoint.register(javalinConfig.routes);
              javalinConfig.routes.exception(Exception.class, JsonRpcEndpoint::unexpected);
            });
  }

  /** Starts listening; answers the port bound (the free one chosen when the config says 0). */
  public int start() {
    javalin.start(config.host(), config.port());
    return javalin.port();
  }

  /** Stops accepting, lets running requests finish within the configured timeout, then stops. */
  public void stop() {
    javalin.stop();
  }
}
