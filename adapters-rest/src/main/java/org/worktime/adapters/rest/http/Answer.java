package org.worktime.adapters.rest.http;

import java.util.Objects;

/**
 * What goes back to the client: a status code, a body that {@link Json} writes, and its media type
 * ({@link Json#CONTENT_TYPE} unless a dialect answers, say, RFC 9457 problem details).
 */
public record Answer(int status, Object body, String contentType) {

  public Answer {
    Objects.requireNonNull(contentType, "contentType");
  }

  public Answer(int status, Object body) {
    this(status, body, Json.CONTENT_TYPE);
  }

  public static Answer ok(Object body) {
    return new Answer(200, body);
  }
}
