package org.worktime.domain.place;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * Where a punch came from: the device kind and, when known, address, position, place and whether
 * the address was in an office network.
 */
public record Origin(
    SourceType source,
    Option<IpAddress> ip,
    Option<GeoPoint> position,
    Option<LocationType> location,
    Option<NetworkPlace> network) {

  public Origin {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(ip, "ip");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(network, "network");
  }

  /** An origin not yet placed among office networks. */
  public Origin(
      SourceType source,
      Option<IpAddress> ip,
      Option<GeoPoint> position,
      Option<LocationType> location) {
    this(source, ip, position, location, Option.none());
  }

  /** A punch from the given kind of device, with nothing else known. */
  public static Origin of(SourceType source) {
    return new Origin(source, Option.none(), Option.none(), Option.none());
  }

  public Origin withIp(IpAddress address) {
    return new Origin(source, Option.some(address), position, location, Option.none());
  }

  public Origin withPosition(GeoPoint point) {
    return new Origin(source, ip, Option.some(point), location, network);
  }

  public Origin withLocation(LocationType type) {
    return new Origin(source, ip, position, Option.some(type), network);
  }

  /**
   * The origin placed among the company's office networks: unchanged when its address is unknown or
   * the company has none, since neither says anything of where the punch was.
   */
  public Origin placedAmong(Iterable<NetworkRange> offices) {
    return ip.isEmpty() || !offices.iterator().hasNext()
        ? this
        : new Origin(
            source, ip, position, location, Option.some(NetworkPlace.of(offices, ip.get())));
  }
}
