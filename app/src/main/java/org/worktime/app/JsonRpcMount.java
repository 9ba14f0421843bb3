package org.worktime.app;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.worktime.adapters.jsonrpc.JsonRpcEndpoint;
import org.worktime.adapters.rest.Mount;
import org.worktime.adapters.rest.openapi.ApiDocument;
import org.worktime.adapters.rest.openapi.Operation;

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

  /** The service's own document, served at {@code /openapi/jsonrpc.json}: its one operation. */
  @Override
  public Option<ApiDocument> apiDocument() {
    return Option.some(
        new ApiDocument(
            "jsonrpc",
            JsonRpcEndpoint.apiDocument(),
            List.of(new Operation(HandlerType.POST, JsonRpcEndpoint.PATH))));
  }
}
