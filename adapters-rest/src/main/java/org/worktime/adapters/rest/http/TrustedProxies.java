package org.worktime.adapters.rest.http;

import io.vavr.collection.List;
import io.vavr.control.Either;
import java.net.InetAddress;
import java.util.regex.Pattern;
import org.eclipse.jetty.util.InetAddressSet;
import org.worktime.domain.place.IpAddress;

/**
 * The reverse proxies whose forwarding headers are believed: addresses and CIDR ranges, IPv4 or
 * IPv6 ({@code 10.0.0.0/8}, {@code 192.0.2.7}, {@code 2001:db8::/32}). None by default: a header
 * from anyone else is a claim the client makes about itself. Jetty's {@link InetAddressSet} does
 * the matching; only literal addresses are accepted, so no range ever needs a DNS lookup.
 */
public final class TrustedProxies {

  private static final Pattern BITS = Pattern.compile("\\d{1,3}");

  private final List<String> ranges;
  private final InetAddressSet set;

  private TrustedProxies(List<String> ranges) {
    this.ranges = ranges;
    this.set = new InetAddressSet();
    ranges.forEach(set::add);
  }

  /** No proxy is trusted: the client is always the socket's peer. */
  public static TrustedProxies none() {
    return new TrustedProxies(List.empty());
  }

  /** The ranges given, or the first that is not an address or a CIDR range, with why. */
  public static Either<String, TrustedProxies> of(Iterable<String> given) {
    List<String> ranges = List.ofAll(given).map(String::strip);
    for (String range : ranges) {
      if (!isRange(range)) {
        return Either.left(
            "'"
                + range
                + "' is not an IP address or CIDR range (e.g. 10.0.0.0/8, 192.0.2.7,"
                + " 2001:db8::/32)");
      }
    }
    return Either.right(new TrustedProxies(ranges));
  }

  private static boolean isRange(String range) {
    int slash = range.indexOf('/');
    String address = slash < 0 ? range : range.substring(0, slash);
    if (IpAddress.of(address).isLeft()) {
      return false;
    }
    if (slash < 0) {
      return true;
    }
    String bits = range.substring(slash + 1);
    int most = address.contains(":") ? 128 : 32;
    return BITS.matcher(bits).matches() && Integer.parseInt(bits) <= most;
  }

  public boolean isEmpty() {
    return ranges.isEmpty();
  }

  public boolean trusts(InetAddress address) {
    return set.test(address);
  }

  /** The ranges as given, for the startup line. */
  @Override
  public String toString() {
    return ranges.mkString(", ");
  }
}
