package org.worktime.domain.place;

import io.vavr.control.Option;
import java.util.Objects;

/** Where a punch came from: the device kind and, when known, address, position and place. */
public record Origin(
    SourceType source,
    Option<IpAddress> ip,
    Option<GeoPoint> position,
    Option<LocationType> location) {

  public Origin {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(ip, "ip");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(location, "location");
  }

  /** A punch from the given kind of device, with nothing else known. */
  public static Origin of(SourceType source) {
    return new Origin(source, Option.none(), Option.none(), Option.none());
  }

  public Origin withIp(IpAddress address) {
    return new Origin(source, Option.some(address), position, location);
  }

  public Origin withPosition(GeoPoint point) {
    return new Origin(source, ip, Option.some(point), location);
  }

  public Origin withLocation(LocationType type) {
    return new Origin(source, ip, position, Option.some(type));
  }
}
