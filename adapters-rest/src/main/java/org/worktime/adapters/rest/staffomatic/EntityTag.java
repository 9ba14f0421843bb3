package org.worktime.adapters.rest.staffomatic;

import io.vavr.collection.List;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A strong ETag over the bytes of an answer's body, as the vendor asks clients to use ("Use HTTP
 * caching"): the same bytes, the same tag, so an unchanged resource answers 304 to {@code
 * If-None-Match}, and any change to what the body shows (a time, a state) gives a new tag.
 */
final class EntityTag {

  private EntityTag() {}

  static String of(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every JDK has SHA-256", impossible);
    }
  }

  /**
   * Whether {@code If-None-Match} names the tag: {@code *}, or one of its comma-separated tags,
   * compared weakly as RFC 9110 §13.1.2 says for this header.
   */
  static boolean matches(String ifNoneMatch, String tag) {
    if (ifNoneMatch == null) {
      return false;
    }
    return List.of(ifNoneMatch.split(","))
        .map(String::trim)
        .exists(given -> given.equals("*") || weakless(given).equals(weakless(tag)));
  }

  private static String weakless(String tag) {
    return tag.startsWith("W/") ? tag.substring(2) : tag;
  }
}
