package org.worktime.domain.place;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import org.worktime.domain.ValueError;
import org.worktime.domain.text.Note;

/**
 * A block of network addresses with a name, as an office network is given (Bitrix24's {@code
 * ip_range}: {@code 10.0.0.0-10.255.255.255}, or one address): the first and last address, both of
 * one family (IPv4 or IPv6), the first not after the last. An IPv4-mapped IPv6 address counts as
 * its IPv4 address.
 */
public record NetworkRange(String name, IpAddress first, IpAddress last) {

  public NetworkRange {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    byte[] from = bytes(first);
    byte[] to = bytes(last);
    if (from.length != to.length || number(from).compareTo(number(to)) > 0) {
      throw new IllegalArgumentException("a range's ends are of one family, in order");
    }
  }

  /** The longest name, in code points, as an office network's name is a label, not a note. */
  public static final int NAME_LIMIT = 255;

  /**
   * The range written as one address or as {@code first-last}, spaces around either allowed, and
   * its name: any text a note may hold, up to {@link #NAME_LIMIT} code points, empty allowed.
   */
  public static Either<ValueError, NetworkRange> of(String text, String name) {
    ValueError malformed = new ValueError.MalformedNetworkRange(String.valueOf(text));
    if (text == null || name == null) {
      return Either.left(malformed);
    }
    Either<ValueError, Note> label = Note.of(name);
    if (label.isLeft()) {
      return Either.left(label.getLeft());
    }
    int length = name.codePointCount(0, name.length());
    if (length > NAME_LIMIT) {
      return Either.left(new ValueError.TextTooLong(length, NAME_LIMIT));
    }
    String[] ends = text.split("-", -1);
    if (ends.length > 2) {
      return Either.left(malformed);
    }
    Either<ValueError, IpAddress> from = IpAddress.of(ends[0].trim());
    Either<ValueError, IpAddress> to = ends.length == 1 ? from : IpAddress.of(ends[1].trim());
    if (from.isLeft() || to.isLeft()) {
      return Either.left(malformed);
    }
    byte[] first = bytes(from.get());
    byte[] last = bytes(to.get());
    return first.length == last.length && number(first).compareTo(number(last)) <= 0
        ? Either.right(new NetworkRange(name, from.get(), to.get()))
        : Either.left(malformed);
  }

  /** Whether the address is in the range: of its family, between its ends. */
  public boolean contains(IpAddress address) {
    byte[] candidate = bytes(address);
    byte[] from = bytes(first);
    if (candidate.length != from.length) {
      return false;
    }
    BigInteger value = number(candidate);
    return number(from).compareTo(value) <= 0 && value.compareTo(number(bytes(last))) <= 0;
  }

  /** As Bitrix writes it: one address when the range is one, else {@code first-last}. */
  public String text() {
    return first.equals(last) ? first.text() : first.text() + "-" + last.text();
  }

  /** The first of the ranges that holds the address, if any. */
  public static Option<NetworkRange> holding(Iterable<NetworkRange> ranges, IpAddress address) {
    for (NetworkRange range : ranges) {
      if (range.contains(address)) {
        return Option.some(range);
      }
    }
    return Option.none();
  }

  /**
   * The address's bytes: 4 for IPv4 (an IPv4-mapped IPv6 address included), 16 for IPv6. An {@link
   * IpAddress} is a literal already checked, so nothing is looked up.
   */
  private static byte[] bytes(IpAddress address) {
    try {
      return InetAddress.getByName(address.text()).getAddress();
    } catch (UnknownHostException impossible) {
      throw new IllegalStateException("an IpAddress is a literal address", impossible);
    }
  }

  private static BigInteger number(byte[] bytes) {
    return new BigInteger(1, bytes);
  }
}
