package org.worktime.adapters.rest.metrics;

import java.util.Locale;

/**
 * Which family a request belongs to, from its path prefix alone: the {@code dialect} tag of the
 * request timer. A handful of fixed values, so a metric never carries a raw path, which would
 * multiply the series without bound and could carry an id.
 */
public enum RequestFamily {
  BITRIX("/rest"),
  THEBASE("/v2"),
  OAUTH("/oauth"),
  STAFFOMATIC("/v3"),
  /** The JSON-RPC service the composition root mounts beside the dialects. */
  JSONRPC("/api/v1/json-rpc"),
  /** worktime's own management API; after JSON-RPC, whose path it would otherwise claim. */
  MANAGEMENT("/api/v1"),
  HEALTH("/health"),
  METRICS("/metrics"),
  /** The API documents and their browsable page. */
  OPENAPI("/openapi"),
  OTHER("");

  private final String prefix;

  RequestFamily(String prefix) {
    this.prefix = prefix;
  }

  /** The family whose prefix is the path or a whole leading segment of it; else {@link #OTHER}. */
  public static RequestFamily of(String path) {
    for (RequestFamily family : values()) {
      if (family != OTHER && (path.equals(family.prefix) || path.startsWith(family.prefix + "/"))) {
        return family;
      }
    }
    return OTHER;
  }

  /** The tag value: the family's name in lower case. */
  public String tag() {
    return name().toLowerCase(Locale.ROOT);
  }
}
