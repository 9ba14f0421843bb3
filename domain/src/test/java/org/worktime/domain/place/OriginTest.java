package org.worktime.domain.place;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class OriginTest {

  @Test
  void aPunchFromAPhoneKnowsNothingElseUntilTold() {
    Origin origin = Origin.of(SourceType.PHONE);

    assertThat(origin.ip()).isEmpty();
    assertThat(origin.position()).isEmpty();
    assertThat(origin.location()).isEmpty();
  }

  @Test
  void eachDetailIsAddedWithoutLosingTheOthers() {
    IpAddress ip = IpAddress.of("2001:db8::1").get();
    GeoPoint office = GeoPoint.of(32.0853, 34.7818).get();

    Origin origin =
        Origin.of(SourceType.TERMINAL)
            .withIp(ip)
            .withPosition(office)
            .withLocation(LocationType.OFFICE);

    assertThat(origin)
        .isEqualTo(
            new Origin(
                SourceType.TERMINAL,
                Option.some(ip),
                Option.some(office),
                Option.some(LocationType.OFFICE)));
  }
}
