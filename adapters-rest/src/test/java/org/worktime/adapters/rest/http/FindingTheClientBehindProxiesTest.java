package org.worktime.adapters.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ForwardedClient}: the client is the socket's peer unless a trusted proxy forwarded the
 * request; then the rightmost hop that is not a trusted proxy. Anything a client could have written
 * itself is never believed.
 */
class FindingTheClientBehindProxiesTest {

  private static final TrustedProxies PROXIES =
      TrustedProxies.of(List.of("10.0.0.0/8", "2001:db8:1::/48", "192.0.2.7")).get();

  private static final List<String> NONE = List.of();

  @Test
  void aForgedHeaderFromAnUntrustedPeerIsIgnored() {
    assertThat(client("203.0.113.9", List.of("198.51.100.1"), NONE)).isEqualTo(ip("203.0.113.9"));
    assertThat(client("203.0.113.9", NONE, List.of("for=198.51.100.1")))
        .isEqualTo(ip("203.0.113.9"));
  }

  @Test
  void noProxyIsTrustedByDefault() {
    assertThat(
            ForwardedClient.of(
                ip("10.0.0.1"), List.of("198.51.100.1"), NONE, TrustedProxies.none()))
        .isEqualTo(ip("10.0.0.1"));
  }

  @Test
  void throughATrustedProxyTheForwardedClientIsUsed() {
    assertThat(client("10.0.0.1", List.of("198.51.100.1"), NONE)).isEqualTo(ip("198.51.100.1"));
    assertThat(client("192.0.2.7", NONE, List.of("for=198.51.100.1;proto=https;by=192.0.2.7")))
        .isEqualTo(ip("198.51.100.1"));
  }

  @Test
  void aTrustedProxyWithoutAHeaderIsTheClient() {
    assertThat(client("10.0.0.1", NONE, NONE)).isEqualTo(ip("10.0.0.1"));
  }

  @Test
  void inAChainTheRightmostUntrustedHopIsTheClientAndWhatItClaimedIsNot() {
    // The client forged "1.1.1.1"; the outer proxy 10.0.0.2 appended the client's real address;
    // the inner proxy 10.0.0.3 appended the outer one's.
    List<String> chain = List.of("1.1.1.1, 198.51.100.1, 10.0.0.2", "10.0.0.3");

    assertThat(client("10.0.0.4", chain, NONE)).isEqualTo(ip("198.51.100.1"));
    assertThat(
            client(
                "10.0.0.4",
                NONE,
                List.of("for=1.1.1.1, for=198.51.100.1;by=10.0.0.2", "for=10.0.0.3")))
        .isEqualTo(ip("198.51.100.1"));
  }

  @Test
  void whenEveryHopIsATrustedProxyTheFarthestIsTheClient() {
    assertThat(client("10.0.0.4", List.of("10.0.0.2, 10.0.0.3"), NONE)).isEqualTo(ip("10.0.0.2"));
  }

  @Test
  void ipv6PeersAndHopsInEveryNotation() {
    assertThat(client("2001:db8:1::5", List.of("2001:db8:2::9"), NONE))
        .isEqualTo(ip("2001:db8:2::9"));
    assertThat(client("2001:db8:1::5", List.of("[2001:db8:2::9]:4711"), NONE))
        .isEqualTo(ip("2001:db8:2::9"));
    assertThat(client("2001:db8:1::5", NONE, List.of("for=\"[2001:db8:2::9]:4711\"")))
        .isEqualTo(ip("2001:db8:2::9"));
    assertThat(client("2001:db8:1::5", NONE, List.of("For=\"[2001:db8:2::9]\"")))
        .isEqualTo(ip("2001:db8:2::9"));
    assertThat(client("10.0.0.1", List.of("198.51.100.1:52000, 2001:db8:1::7"), NONE))
        .isEqualTo(ip("198.51.100.1"));
    assertThat(client("2001:db8:9::5", List.of("198.51.100.1"), NONE))
        .as("an IPv6 peer outside the trusted ranges")
        .isEqualTo(ip("2001:db8:9::5"));
  }

  @Test
  void malformedHeadersAreIgnored() {
    for (String bad :
        new String[] {
          "",
          " , ",
          "not an address",
          "unknown",
          "_hidden",
          "198.51.100.1:port",
          "198.51.100.1:123456",
          "[2001:db8::1",
          "[2001:db8::1]x",
          "300.1.1.1",
          "example.com",
          "\"unterminated"
        }) {
      assertThat(client("10.0.0.1", List.of(bad), NONE))
          .as("X-Forwarded-For: %s", bad)
          .isEqualTo(ip("10.0.0.1"));
      assertThat(client("10.0.0.1", NONE, List.of("for=" + bad)))
          .as("Forwarded: for=%s", bad)
          .isEqualTo(ip("10.0.0.1"));
    }
    assertThat(client("10.0.0.1", NONE, List.of("by=10.0.0.1;proto=https")))
        .as("an element without for=")
        .isEqualTo(ip("10.0.0.1"));
    assertThat(client("10.0.0.1", List.of("198.51.100.1;x=y"), NONE)).isEqualTo(ip("10.0.0.1"));
    assertThat(client("10.0.0.1", NONE, List.of(";;=,=;"))).isEqualTo(ip("10.0.0.1"));
  }

  @Test
  void anUnreadableHopEndsTheWalkButGarbageLeftOfTheClientDoesNot() {
    assertThat(client("10.0.0.1", List.of("198.51.100.1, garbage, 10.0.0.2"), NONE))
        .isEqualTo(ip("10.0.0.1"));
    assertThat(client("10.0.0.1", List.of("garbage, 198.51.100.1, 10.0.0.2"), NONE))
        .isEqualTo(ip("198.51.100.1"));
  }

  @Test
  void bothHeadersMustNameTheSameClientOrNeitherIsBelieved() {
    assertThat(client("10.0.0.1", List.of("198.51.100.1"), List.of("for=198.51.100.1")))
        .isEqualTo(ip("198.51.100.1"));
    // A proxy writing X-Forwarded-For passes a client's own Forwarded through unchanged.
    assertThat(client("10.0.0.1", List.of("198.51.100.1"), List.of("for=1.1.1.1")))
        .isEqualTo(ip("10.0.0.1"));
  }

  @Test
  void onlyAddressesAndCidrRangesAreTrusted() {
    assertThat(TrustedProxies.of(List.of("10.0.0.0/8", " ::1 ", "2001:db8::/128")).isRight())
        .isTrue();
    for (String bad :
        new String[] {
          "proxy.example.com", "10.0.0.0/33", "::/129", "10.0.0.0/", "10.0.0.0/x", ""
        }) {
      assertThat(TrustedProxies.of(List.of(bad)).getLeft())
          .as(bad)
          .contains("'" + bad.strip() + "' is not an IP address or CIDR range");
    }
    TrustedProxies ranges = TrustedProxies.of(List.of("10.1.0.0/16")).get();
    assertThat(ranges.trusts(ip("10.1.255.255"))).isTrue();
    assertThat(ranges.trusts(ip("10.2.0.0"))).isFalse();
  }

  private static InetAddress client(String peer, List<String> xff, List<String> forwarded) {
    return ForwardedClient.of(ip(peer), xff, forwarded, PROXIES);
  }

  private static InetAddress ip(String literal) {
    return ForwardedClient.literal(literal).getOrElseThrow(() -> new AssertionError(literal));
  }
}
