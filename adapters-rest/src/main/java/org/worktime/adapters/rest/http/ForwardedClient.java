package org.worktime.adapters.rest.http;

import io.vavr.control.Option;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.QuotedCSV;
import org.eclipse.jetty.http.QuotedCSVParser;
import org.worktime.domain.place.IpAddress;

/**
 * Who sent a request, given the peer of its socket and its forwarding headers: the peer itself,
 * unless the peer is a trusted proxy; then the rightmost hop of {@code X-Forwarded-For} or RFC
 * 7239's {@code Forwarded} ({@code for=}) that is not a trusted proxy. Each proxy appends the
 * address it received from, so everything right of the first untrusted hop was written by trusted
 * proxies, and everything left of it by whoever the client is: never believed.
 *
 * <p>A hop that is not an IP address ({@code unknown}, an obfuscated {@code _name}, garbage) ends
 * the walk: nothing beyond it can be trusted, so the header is ignored and the peer is the client.
 * When both headers are present they must name the same client, else neither is believed: a proxy
 * that writes one passes the other through from the client unchanged.
 */
public final class ForwardedClient {

  public static final String X_FORWARDED_FOR = "X-Forwarded-For";
  public static final String FORWARDED = "Forwarded";

  private static final Pattern PORT = Pattern.compile(":\\d{1,5}");

  private ForwardedClient() {}

  /** The client's address; the peer's when no trusted proxy forwarded the request. */
  public static InetAddress of(
      InetAddress peer,
      List<String> xForwardedFor,
      List<String> forwarded,
      TrustedProxies trusted) {
    if (!trusted.trusts(peer) || (xForwardedFor.isEmpty() && forwarded.isEmpty())) {
      return peer;
    }
    Option<InetAddress> byXff =
        xForwardedFor.isEmpty()
            ? Option.none()
            : parsed(() -> rightmostUntrusted(elements(xForwardedFor, false), trusted));
    Option<InetAddress> byForwarded =
        forwarded.isEmpty()
            ? Option.none()
            : parsed(() -> rightmostUntrusted(forHops(forwarded), trusted));
    if (!xForwardedFor.isEmpty() && !forwarded.isEmpty()) {
      return byXff.isDefined() && byXff.equals(byForwarded) ? byXff.get() : peer;
    }
    return byXff.orElse(byForwarded).getOrElse(peer);
  }

  /**
   * The hop nearest the client that is not a trusted proxy; the leftmost when all are trusted (a
   * request a proxy made itself); none when the list is empty or a hop reached is unreadable.
   */
  private static Option<InetAddress> rightmostUntrusted(List<String> hops, TrustedProxies trusted) {
    for (int index = hops.size() - 1; index >= 0; index--) {
      Option<InetAddress> hop = literal(hops.get(index));
      if (hop.isEmpty() || !trusted.trusts(hop.get()) || index == 0) {
        return hop;
      }
    }
    return Option.none();
  }

  /** What a header's walk found; none when Jetty's parser found it malformed (bad quotes). */
  private static Option<InetAddress> parsed(Supplier<Option<InetAddress>> walk) {
    try {
      return walk.get();
    } catch (IllegalArgumentException malformed) {
      return Option.none();
    }
  }

  /** The comma-separated elements of every line of a header, by Jetty's parser (RFC 9110). */
  private static List<String> elements(List<String> lines, boolean keepQuotes) {
    return new QuotedCSV(keepQuotes, lines.toArray(String[]::new)).getValues();
  }

  /** The {@code for=} of each element of the {@code Forwarded} headers, "" where it has none. */
  private static List<String> forHops(List<String> lines) {
    List<String> hops = new ArrayList<>();
    for (String element : elements(lines, true)) {
      ForParameter parameter = new ForParameter();
      parameter.addValue(element);
      hops.add(parameter.value);
    }
    return hops;
  }

  /**
   * An address as a hop names it: {@code 192.0.2.1}, {@code 192.0.2.1:4711}, {@code 2001:db8::1},
   * {@code [2001:db8::1]}, {@code [2001:db8::1]:4711}. Only a literal the domain's notation accepts
   * is parsed, so nothing is ever resolved. (Jetty's {@code HostPort} would split it too, but logs
   * every malformed value at WARN, and this text is the client's.)
   */
  static Option<InetAddress> literal(String hop) {
    String text = hop.strip();
    String address;
    if (text.startsWith("[")) {
      int close = text.indexOf(']');
      if (close < 0
          || !(close == text.length() - 1 || PORT.matcher(text.substring(close + 1)).matches())) {
        return Option.none();
      }
      address = text.substring(1, close);
    } else {
      int colon = text.indexOf(':');
      boolean v4WithPort = colon >= 0 && colon == text.lastIndexOf(':');
      if (v4WithPort && !PORT.matcher(text.substring(colon)).matches()) {
        return Option.none();
      }
      address = v4WithPort ? text.substring(0, colon) : text;
    }
    if (IpAddress.of(address).isLeft()) {
      return Option.none();
    }
    try {
      return Option.some(InetAddress.getByName(address));
    } catch (UnknownHostException impossible) {
      // A literal the notation check passed is parsed, never looked up.
      return Option.none();
    }
  }

  /** Jetty's parser of one element's parameters, keeping the (unquoted) value of {@code for}. */
  private static final class ForParameter extends QuotedCSVParser {
    private String value = "";

    ForParameter() {
      super(false);
    }

    @Override
    protected void parsedParam(
        StringBuilder buffer, int valueLength, int paramName, int paramValue) {
      if (paramName >= 0 && paramValue > paramName) {
        String name = buffer.substring(paramName, paramValue - 1).strip();
        if (name.toLowerCase(Locale.ROOT).equals("for")) {
          value = buffer.substring(paramValue);
        }
      }
    }
  }
}
