package org.worktime.domain.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.worktime.domain.ValueError;

class IpAddressTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "192.0.2.1",
        "0.0.0.0",
        "255.255.255.255",
        "10.0.0.254",
        "127.0.0.1",
        "199.249.200.9"
      })
  void aDottedQuadIsAnIpv4Address(String text) {
    assertThat(IpAddress.of(text).get().text()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "::",
        "::1",
        "::ffff:192.0.2.1",
        "::FFFF:192.0.2.1",
        "1:2:3:4:5:6:7:8",
        "2001:db8::1",
        "2001:DB8:0:0:8:800:200C:417A",
        "fe80::",
        "1:2:3:4:5:6:7::",
        "::2:3:4:5:6:7:8",
        "1:2:3:4:5:6:192.0.2.1",
        "64:ff9b::192.0.2.33",
        "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"
      })
  void hexGroupsWithAtMostOneDoubleColonAreAnIpv6Address(String text) {
    assertThat(IpAddress.of(text).get().text()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "256.1.1.1",
        "1.1.1.256",
        "1.2.3",
        "1.2.3.4.5",
        "01.2.3.4",
        "1.2.3.4.",
        " 1.2.3.4",
        "1.2.3.-4",
        "1::2::3",
        ":::",
        "1:2:3:4:5:6:7:8:9",
        "1:2:3:4:5:6:7:8::",
        "1:2:3:4:5:6:7",
        ":1:2:3:4:5:6:7",
        "1:2:3:4:5:6:7:",
        "12345::",
        "g::1",
        "::ffff:256.0.2.1",
        "::ffff:192.0.2",
        "1:2:3:4:5:6:7:192.0.2.1",
        "192.0.2.1::",
        "fe80::1%eth0",
        "[::1]",
        "",
        "localhost",
        "example.com"
      })
  void anythingElseIsMalformed(String text) {
    assertThat(IpAddress.of(text).getLeft()).isEqualTo(new ValueError.MalformedIpAddress(text));
  }

  @Test
  void noAddressIsMalformed() {
    assertThat(IpAddress.of(null).getLeft()).isEqualTo(new ValueError.MalformedIpAddress("null"));
  }

  @Test
  void textLongerThanAnyAddressIsMalformed() {
    assertThat(IpAddress.of("0:0:0:0:0:0:" + "1".repeat(40)).isLeft()).isTrue();
  }

  @Test
  void aHostNameIsRefusedWithoutAskingTheNetwork() {
    // A name under .invalid can never resolve (RFC 6761): a lookup would stall until it timed out.
    long started = System.nanoTime();

    assertThat(IpAddress.of("example.com").isLeft()).isTrue();
    assertThat(IpAddress.of("no-such-host.invalid").isLeft()).isTrue();
    assertThat(IpAddress.of("www.xn--4dbrk0ce.example").isLeft()).isTrue();

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));
  }

  @Test
  void theCheckDoesNotEvenReferToTheNetworkClasses() throws IOException {
    // InetAddress.getByName would accept "example.com" after a DNS lookup; nothing may call it.
    try (InputStream bytecode = IpAddress.class.getResourceAsStream("IpAddress.class")) {
      String constants = new String(bytecode.readAllBytes(), StandardCharsets.ISO_8859_1);

      assertThat(constants).doesNotContain("java/net/");
    }
  }

  @Test
  void theConstructorGuardsTheSameInvariant() {
    assertThatThrownBy(() -> new IpAddress("example.com"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
