package org.worktime.domain.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.worktime.domain.ValueError;

class NetworkRangeTest {

  private static IpAddress ip(String text) {
    return IpAddress.of(text).get();
  }

  @Test
  void aNameIsAnyTextANoteHoldsUpToItsLimitInCodePoints() {
    String emoji = "🏢".repeat(NetworkRange.NAME_LIMIT);
    assertThat(NetworkRange.of("10.0.0.1", emoji).get().name()).isEqualTo(emoji);
    assertThat(NetworkRange.of("10.0.0.1", "").get().name()).isEmpty();
    assertThat(NetworkRange.of("10.0.0.1", emoji + "x").getLeft())
        .isEqualTo(
            new ValueError.TextTooLong(NetworkRange.NAME_LIMIT + 1, NetworkRange.NAME_LIMIT));
    assertThat(NetworkRange.of("10.0.0.1", "a\u0000b").getLeft())
        .isInstanceOf(ValueError.ForbiddenCharacter.class);
  }

  @Test
  void anOriginIsPlacedOnlyWhenItsAddressAndTheCompanysNetworksAreKnown() {
    List<NetworkRange> offices = List.of(NetworkRange.of("10.0.0.0-10.0.0.255", "HQ").get());
    Origin inside = Origin.of(SourceType.API).withIp(ip("10.0.0.7"));
    Origin outside = Origin.of(SourceType.API).withIp(ip("10.0.1.7"));

    assertThat(inside.placedAmong(offices).network())
        .containsExactly(new NetworkPlace.Office(offices.get(0)));
    assertThat(outside.placedAmong(offices).network()).containsExactly(new NetworkPlace.Outside());
    assertThat(inside.placedAmong(List.empty()).network()).isEmpty();
    assertThat(Origin.of(SourceType.WEB).placedAmong(offices).network()).isEmpty();
    assertThat(inside.placedAmong(offices).withIp(ip("10.0.1.7")).network())
        .as("a new address is not placed yet")
        .isEmpty();
  }

  @Test
  void theVendorsExampleRangesHoldTheirAddressesAndNoOthers() {
    NetworkRange tens = NetworkRange.of("10.0.0.0-10.255.255.255", "Office Network 10.x.x.x").get();
    NetworkRange one = NetworkRange.of("10.10.0.1", "Address 10.10.0.1").get();

    assertThat(tens.contains(ip("10.10.255.255"))).isTrue();
    assertThat(tens.contains(ip("10.0.0.0"))).isTrue();
    assertThat(tens.contains(ip("10.255.255.255"))).isTrue();
    assertThat(tens.contains(ip("11.0.0.0"))).isFalse();
    assertThat(tens.contains(ip("9.255.255.255"))).isFalse();
    assertThat(one.contains(ip("10.10.0.1"))).isTrue();
    assertThat(one.contains(ip("10.10.0.2"))).isFalse();
    assertThat(tens.text()).isEqualTo("10.0.0.0-10.255.255.255");
    assertThat(one.text()).isEqualTo("10.10.0.1");
    assertThat(NetworkRange.holding(List.of(one, tens), ip("10.10.0.1"))).contains(one);
    assertThat(NetworkRange.holding(List.of(one, tens), ip("192.168.0.1"))).isEmpty();
  }

  @Test
  void anIpv6RangeHoldsIpv6AddressesAndAMappedIpv4CountsAsIpv4() {
    NetworkRange v6 = NetworkRange.of("2001:db8::-2001:db8::ffff", "lab").get();
    NetworkRange v4 = NetworkRange.of(" 192.0.2.0 - 192.0.2.255 ", "office").get();

    assertThat(v6.contains(ip("2001:db8::17"))).isTrue();
    assertThat(v6.contains(ip("2001:db8::1:0"))).isFalse();
    assertThat(v6.contains(ip("192.0.2.1"))).isFalse();
    assertThat(v4.contains(ip("::ffff:192.0.2.7"))).isTrue();
    assertThat(v4.contains(ip("2001:db8::17"))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a172.16.0.0-172.31.255.255",
        "10.0.0.9-10.0.0.1",
        "10.0.0.1-2001:db8::1",
        "10.0.0.1-10.0.0.2-10.0.0.3",
        "",
        "-",
        "10.0.0.0/8",
        "office.example.com"
      })
  void anythingElseIsAMalformedRangeNamedInItsError(String text) {
    assertThat(NetworkRange.of(text, "x").getLeft())
        .isEqualTo(new ValueError.MalformedNetworkRange(text));
  }

  @Test
  void aRangeHoldsExactlyTheAddressesBetweenItsEnds() {
    qt().forAll(integers().all(), integers().all(), integers().all())
        .checkAssert(
            (a, b, x) -> {
              long low = Math.min(Integer.toUnsignedLong(a), Integer.toUnsignedLong(b));
              long high = Math.max(Integer.toUnsignedLong(a), Integer.toUnsignedLong(b));
              long candidate = Integer.toUnsignedLong(x);
              NetworkRange range = NetworkRange.of(dotted(low) + "-" + dotted(high), "r").get();

              assertThat(range.contains(ip(dotted(candidate))))
                  .isEqualTo(low <= candidate && candidate <= high);
              assertThat(range.contains(ip(dotted(low)))).isTrue();
              assertThat(range.contains(ip(dotted(high)))).isTrue();
            });
  }

  private static String dotted(long value) {
    return (value >>> 24 & 0xff)
        + "."
        + (value >>> 16 & 0xff)
        + "."
        + (value >>> 8 & 0xff)
        + "."
        + (value & 0xff);
  }
}
