package org.worktime.adapters.rest.openapi;

import io.javalin.http.HandlerType;
import java.util.Locale;
import java.util.Objects;

/**
 * One operation the server answers: an HTTP method on a path in OpenAPI's template form, e.g.
 * {@code PUT /v3/work_timers/{work_timer_id}.json}. Every one must be described by an API document.
 */
public record Operation(HandlerType method, String path) {

  public Operation {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("a path starts with /: " + path);
    }
  }

  /** The method as an OpenAPI path item names it: {@code get}, {@code post}, ... */
  public String methodKey() {
    return method.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return method.name() + " " + path;
  }
}
