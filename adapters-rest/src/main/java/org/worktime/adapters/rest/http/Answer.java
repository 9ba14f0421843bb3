package org.worktime.adapters.rest.http;

/** What goes back to the client: a status code and a body that {@link Json} writes. */
public record Answer(int status, Object body) {

  public static Answer ok(Object body) {
    return new Answer(200, body);
  }
}
