package org.worktime.adapters.rest.bitrix;

import io.vavr.control.Either;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.worktime.adapters.rest.http.Problem;

/**
 * What a path under {@code /rest/} asks for, in Bitrix24's two URL forms: an application's {@code
 * /rest/<method>}, its token in a parameter or header; or an inbound webhook's {@code
 * /rest/<user_id>/<secret>/<method>}, the credentials in the path. The method's name is compared
 * without case and may end in {@code .json}; a trailing slash is allowed.
 */
sealed interface Target {

  /** The method's name, lower case, without {@code .json}. */
  String method();

  record Application(String method) implements Target {}

  /** Never prints the secret. */
  record Webhook(long user, String secret, String method) implements Target {
    @Override
    public String toString() {
      return "Webhook[user " + user + ", " + method + "]";
    }
  }

  Pattern APPLICATION = Pattern.compile("([^/]+)/?");
  Pattern WEBHOOK = Pattern.compile("0*([1-9]\\d{0,17})/([^/]+)/([^/]+)/?");

  /**
   * The target of the path after {@code /rest/}, repeated slashes read as one; anything else is an
   * unknown method, named without the path, which may hold a secret.
   */
  static Either<Problem, Target> of(String path) {
    // The JS SDK's OAuth client joins its endpoint ".../rest/" and "/<method>": the vendor takes
    // the doubled slash, so repeated slashes count as one.
    String rest = path.replaceAll("/{2,}", "/").replaceFirst("^/", "");
    Matcher application = APPLICATION.matcher(rest);
    if (application.matches()) {
      return Either.right(new Application(name(application.group(1))));
    }
    Matcher webhook = WEBHOOK.matcher(rest);
    if (webhook.matches()) {
      return Either.right(
          new Webhook(Long.parseLong(webhook.group(1)), webhook.group(2), name(webhook.group(3))));
    }
    return Either.left(
        new Problem.UnknownOperation(
            "at this path; call /rest/<method> or /rest/<user_id>/<webhook>/<method>"));
  }

  private static String name(String given) {
    String name = given.toLowerCase(Locale.ROOT);
    return name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
  }
}
