package org.worktime.adapters.rest;

import io.javalin.config.RoutesConfig;
import io.vavr.collection.Seq;
import org.worktime.adapters.rest.http.Answer;
import org.worktime.adapters.rest.http.Problem;
import org.worktime.adapters.rest.openapi.Operation;

/**
 * One vendor's API under its own path prefix: its routes, and the one place where every {@link
 * Problem} (the engine's refusals included) becomes that vendor's error shape.
 */
public interface Dialect {

  /** The path prefix all of this dialect's routes share, e.g. {@code /rest/}. */
  String pathPrefix();

  /**
   * Whether a path is this dialect's, so that its problems get this dialect's shape: by default
   * every path under {@link #pathPrefix()}; a dialect that shares its prefix with other routes
   * narrows it.
   */
  default boolean claims(String path) {
    return path.startsWith(pathPrefix());
  }

  void register(RoutesConfig routes);

  /**
   * The name of the OpenAPI document that describes this dialect, served at {@code
   * /openapi/{name}.json} from the resource {@code /openapi/{name}.json}; several dialects may
   * share one.
   */
  String apiDocumentName();

  /**
   * Every operation the dialect answers, taken from the same table its routes are registered or
   * dispatched by, so that its API document can be held to what it really serves.
   */
  Seq<Operation> operations();

  /** The dialect's answer to a problem: its status code and its error body. */
  Answer answer(Problem problem);
}
