package org.worktime.adapters.rest;

import io.javalin.config.RoutesConfig;
import org.worktime.adapters.rest.http.Answer;
import org.worktime.adapters.rest.http.Problem;

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

  /** The dialect's answer to a problem: its status code and its error body. */
  Answer answer(Problem problem);
}
