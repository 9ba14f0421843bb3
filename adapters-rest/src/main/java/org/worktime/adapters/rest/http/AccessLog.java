package org.worktime.adapters.rest.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;
import org.worktime.domain.place.IpAddress;

/**
 * One JSON line per request: its id, method, path, status, time taken and client address (as {@link
 * ClientAddress} decides it), with the trusted proxy's address when one forwarded it. Never the
 * query string, the headers or the body, so that no token (Bitrix sends one as {@code ?auth=}) and
 * no personal text reaches a log; a webhook's secret in the path is masked ({@link SecretPaths}).
 * Every answer carries the request id in {@code X-Request-Id}: the caller's own, when it is a plain
 * token, else a new one.
 */
public final class AccessLog {

  public static final String REQUEST_ID = "X-Request-Id";

  private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Consumer<String> sink;

  public AccessLog(Consumer<String> sink) {
    this.sink = Objects.requireNonNull(sink, "sink");
  }

  /** Lines to the SLF4J logger {@code worktime.access}, at INFO. */
  public static AccessLog toSlf4j() {
    return new AccessLog(LoggerFactory.getLogger("worktime.access")::info);
  }

  /** Before a request is handled: names it. */
  public void assignRequestId(Context ctx) {
    String given = ctx.header(REQUEST_ID);
    String id =
        given != null && PLAIN_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
    ctx.attribute(REQUEST_ID, id);
    ctx.header(REQUEST_ID, id);
  }

  /** After a request was answered: logs it. */
  public void served(Context ctx, Float millis) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("requestId", Objects.requireNonNullElse(ctx.attribute(REQUEST_ID), "-"));
    line.put("method", ctx.method().name());
    line.put("path", SecretPaths.masked(ctx.path()));
    line.put("status", ctx.statusCode());
    line.put("millis", millis == null ? null : Math.round(millis * 10) / 10.0);
    line.put("remote", ClientAddress.of(ctx).map(IpAddress::text).getOrNull());
    ClientAddress.proxy(ctx).forEach(proxy -> line.put("proxy", proxy.text()));
    try {
      sink.accept(MAPPER.writeValueAsString(line));
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
