package org.worktime.domain.place;

import io.vavr.control.Either;
import java.util.regex.Pattern;
import org.worktime.domain.ValueError;

/**
 * The network address a punch came from, as text in its usual notation. Only the notation is
 * checked (IPv4 dotted quad, or IPv6 hex groups with at most one {@code ::}); nothing is resolved.
 */
public record IpAddress(String text) {

  private static final Pattern IPV4 =
      Pattern.compile(
          "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
  private static final Pattern IPV6_GROUP = Pattern.compile("[0-9a-fA-F]{1,4}");

  public IpAddress {
    if (!isValid(text)) {
      throw new IllegalArgumentException("malformed IP address; use IpAddress.of for input");
    }
  }

  public static Either<ValueError, IpAddress> of(String text) {
    return isValid(text)
        ? Either.right(new IpAddress(text))
        : Either.left(new ValueError.MalformedIpAddress(String.valueOf(text)));
  }

  private static boolean isValid(String text) {
    if (text == null || text.isEmpty() || text.length() > 45) {
      return false;
    }
    return IPV4.matcher(text).matches() || isIpv6(text);
  }

  private static boolean isIpv6(String text) {
    int compressed = text.indexOf("::");
    if (compressed != text.lastIndexOf("::")) {
      return false;
    }
    String body = text;
    int groups = 0;
    int lastColon = text.lastIndexOf(':');
    if (lastColon >= 0 && text.indexOf('.', lastColon) > 0) {
      // An embedded IPv4 tail, as in ::ffff:192.0.2.1, counts as two groups.
      if (!IPV4.matcher(text.substring(lastColon + 1)).matches()) {
        return false;
      }
      body = text.substring(0, lastColon + 1) + "0";
      groups = 1;
    }
    if (compressed >= 0) {
      String[] halves = {
        body.substring(0, body.indexOf("::")), body.substring(body.indexOf("::") + 2)
      };
      for (String half : halves) {
        if (!half.isEmpty()) {
          for (String group : half.split(":", -1)) {
            if (!IPV6_GROUP.matcher(group).matches()) {
              return false;
            }
            groups++;
          }
        }
      }
      return groups < 8;
    }
    for (String group : body.split(":", -1)) {
      if (!IPV6_GROUP.matcher(group).matches()) {
        return false;
      }
      groups++;
    }
    return groups == 8;
  }
}
