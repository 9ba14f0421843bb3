package org.worktime.app.fuzz;

import io.vavr.Tuple2;
import io.vavr.collection.List;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * One request as bytes on the wire. The request target and the headers are byte strings (each
 * character one byte, ISO-8859-1), so that they may hold what no client library sends; {@code
 * Host}, {@code Content-Length} and {@code Connection: close} are added when written.
 *
 * @param route the valid request it was made from, for the report
 * @param mutations what was done to it, for the report
 */
record FuzzRequest(
    String route,
    String method,
    String target,
    List<Tuple2<String, String>> headers,
    byte[] body,
    List<String> mutations) {

  FuzzRequest withMethod(String other) {
    return new FuzzRequest(route, other, target, headers, body, mutations);
  }

  FuzzRequest withTarget(String other) {
    return new FuzzRequest(route, method, other, headers, body, mutations);
  }

  FuzzRequest withBody(byte[] other) {
    return new FuzzRequest(route, method, target, headers, other, mutations);
  }

  FuzzRequest withHeaders(List<Tuple2<String, String>> other) {
    return new FuzzRequest(route, method, target, other, body, mutations);
  }

  /** The headers without those of that name (any case), then the one given, if not null. */
  FuzzRequest withHeader(String name, String value) {
    List<Tuple2<String, String>> others = headers.filter(h -> !h._1.equalsIgnoreCase(name));
    return withHeaders(value == null ? others : others.append(new Tuple2<>(name, value)));
  }

  FuzzRequest noted(String mutation) {
    return new FuzzRequest(route, method, target, headers, body, mutations.append(mutation));
  }

  String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 512);
    StringBuilder head = new StringBuilder();
    head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
    head.append("Host: 127.0.0.1\r\n");
    for (Tuple2<String, String> header : headers) {
      head.append(header._1).append(": ").append(header._2).append("\r\n");
    }
    if (body.length > 0 || !method.equals("GET")) {
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    head.append("Connection: close\r\n\r\n");
    byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
    out.write(headBytes, 0, headBytes.length);
    out.write(body, 0, body.length);
    return out.toByteArray();
  }

  /** The request for a person to read and send again: long parts cut, bytes escaped. */
  String describe() {
    StringBuilder text = new StringBuilder();
    text.append("route ").append(route).append(", mutations ").append(mutations).append('\n');
    text.append(printable(method + " " + target, 2000)).append('\n');
    headers.forEach(h -> text.append(printable(h._1 + ": " + h._2, 500)).append('\n'));
    text.append("body (")
        .append(body.length)
        .append(" bytes): ")
        .append(printable(new String(body, StandardCharsets.ISO_8859_1), 4000));
    return text.toString();
  }

  /** Printable ASCII as it is, every other byte as \xNN; cut after {@code max} characters. */
  static String printable(String bytes, int max) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < bytes.length() && out.length() < max; i++) {
      char c = bytes.charAt(i);
      if (c >= 0x20 && c < 0x7f && c != '\\') {
        out.append(c);
      } else {
        out.append(String.format("\\x%02X", (int) c & 0xff));
      }
    }
    if (out.length() >= max) {
      out.append("... (").append(bytes.length()).append(" in all)");
    }
    return out.toString();
  }

  /** Text as it is, control characters escaped; cut after {@code max} characters. */
  static String readable(String text, int max) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .limit(max)
        .forEach(
            c -> {
              if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04X", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return text.length() > max ? out + "... (" + text.length() + " in all)" : out.toString();
  }
}
