package org.worktime.app;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.worktime.adapters.jsonrpc.JsonRpcEndpoint;
import org.worktime.adapters.rest.Mount;

/** The JSON-RPC service served beside the REST dialects, on the same server and port. */
final class JsonRpcMount implements Mount {

  private final JsonRpcEndpoint endpoint;

  JsonRpcMount(JsonRpcEndpoint endpoint) {
    this.endpoint = endpoint;
  }

  @Override
  public String pathPrefix() {
    return JsonRpcEndpoint.PATH;
  }

  @Override
  public void register(RoutesConfig routes) {
    endpoint.register(routes);
  }

  @Override
  public void unexpected(Exception exception, Context ctx) {
    JsonRpcEndpoint.unexpected(exception, ctx);
  }
}
