package org.worktime.benchmarks.server;

import io.javalin.Javalin;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.worktime.adapters.rest.RestConfig;

/**
 * The HTTP ceiling: {@code TrivialServer PORT}. A Javalin with the server settings worktime's
 * {@code RestServer} uses (same Javalin and Jetty, same body limit, default content type, stop
 * timeout and graceful handler, default thread pool), and one endpoint, {@code GET /trivial}, that
 * answers a constant {@code {"status":"UP"}}: no access log, no metrics, no store. Prints {@code
 * listening PORT} once it answers; runs until stopped.
 */
public final class TrivialServer {

  private TrivialServer() {}

  public static void main(String[] args) {
    Javalin javalin = start(Integer.parseInt(args[0]));
    System.out.println("listening " + javalin.port());
    System.out.flush();
  }

  /** Starts the server on the port (0: a free one); {@link Javalin#stop()} stops it. */
  static Javalin start(int port) {
    RestConfig config = RestConfig.loopback().withPort(port);
    Javalin javalin =
        Javalin.create(
            javalinConfig -> {
              javalinConfig.startup.showJavalinBanner = false;
              javalinConfig.startup.showOldJavalinVersionWarning = false;
              javalinConfig.http.maxRequestSize = config.maxBodyBytes();
              javalinConfig.http.defaultContentType = "application/json; charset=utf-8";
              javalinConfig.jetty.modifyServer(
                  server -> {
                    server.setStopTimeout(config.stopTimeout().toMillis());
                    server.insertHandler(new GracefulHandler());
                  });
              javalinConfig.routes.get("/trivial", ctx -> ctx.result("{\"status\":\"UP\"}"));
            });
    return javalin.start(config.host(), config.port());
  }
}
