package org.worktime.adapters.rest.http;

import java.util.regex.Pattern;

/**
 * A request path as it may be shown — in the access log, a log line, an error's text — with the
 * secret that Bitrix24's inbound webhooks carry in the path ({@code /rest/<user>/<secret>/...})
 * replaced by {@code ***}. Every place that shows a path shows it through here.
 */
public final class SecretPaths {

  private static final Pattern WEBHOOK = Pattern.compile("^(/+rest/+(?:api/+)?\\d+/+)[^/]+");

  private SecretPaths() {}

  public static String masked(String path) {
    return path == null ? null : WEBHOOK.matcher(path).replaceFirst("$1***");
  }
}
