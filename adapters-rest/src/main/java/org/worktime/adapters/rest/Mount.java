package org.worktime.adapters.rest;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.vavr.control.Option;
import org.worktime.adapters.rest.openapi.ApiDocument;

/**
 * Routes another adapter serves on this server (the JSON-RPC service, say), beside the dialects.
 * The composition root adapts them, so that adapters never depend on one another; a mount answers
 * its own errors in its own shape.
 */
public interface Mount {

  /** The path prefix all of the mount's routes share. */
  String pathPrefix();

  void register(RoutesConfig routes);

  /** Answers an exception that escaped one of the mount's handlers. */
  void unexpected(Exception exception, Context ctx);

  /**
   * The OpenAPI document of the mount's routes, served beside the dialects' at {@code /openapi}.
   */
  default Option<ApiDocument> apiDocument() {
    return Option.none();
  }
}
