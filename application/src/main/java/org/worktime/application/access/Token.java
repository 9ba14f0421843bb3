package org.worktime.application.access;

import io.vavr.control.Option;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import org.worktime.domain.id.Id;
import org.worktime.domain.id.TenantId;

/**
 * The text form of a credential: {@code wt_<key id in hex>.<secret in base64url>}. The id finds the
 * key; the secret proves it. Only the secret's SHA-256 is ever stored.
 */
public final class Token {

  private static final String PREFIX = "wt_";

  private final TenantId tenant;
  private final Id keyId;
  private final byte[] secret;

  public Token(TenantId tenant, Id keyId, byte[] secret) {
    this.tenant = tenant;
    this.keyId = keyId;
    this.secret = secret.clone();
  }

  public TenantId tenant() {
    return tenant;
  }

  public Id keyId() {
    return keyId;
  }

  public static Option<Token> parse(String text) {
    if (text == null || !text.startsWith(PREFIX) || text.length() > 200) {
      return Option.none();
    }
    int dot = text.indexOf('.');
    if (dot != PREFIX.length() + 64) {
      return Option.none();
    }
    try {
      byte[] ids = HexFormat.of().parseHex(text, PREFIX.length(), dot);
      byte[] secret = Base64.getUrlDecoder().decode(text.substring(dot + 1));
      if (secret.length < 16) {
        return Option.none();
      }
      return Option.some(new Token(TenantId.of(idAt(ids, 0)), idAt(ids, 16), secret));
    } catch (IllegalArgumentException malformed) {
      return Option.none();
    }
  }

  public String text() {
    return PREFIX
        + HexFormat.of().formatHex(bytesOf(tenant.value()))
        + HexFormat.of().formatHex(bytesOf(keyId))
        + "."
        + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }

  public byte[] secretHash() {
    return sha256(secret);
  }

  /** Compares in constant time, so the answer's timing tells nothing about the stored hash. */
  public boolean matches(byte[] storedHash) {
    return MessageDigest.isEqual(secretHash(), storedHash);
  }

  static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every JDK has SHA-256", impossible);
    }
  }

  private static Id idAt(byte[] bytes, int offset) {
    long high = 0;
    long low = 0;
    for (int i = 0; i < 8; i++) {
      high = (high << 8) | (bytes[offset + i] & 0xff);
      low = (low << 8) | (bytes[offset + 8 + i] & 0xff);
    }
    return new Id(high, low);
  }

  private static byte[] bytesOf(Id id) {
    byte[] bytes = new byte[16];
    for (int i = 0; i < 8; i++) {
      bytes[i] = (byte) (id.mostSignificantBits() >>> (56 - 8 * i));
      bytes[i + 8] = (byte) (id.leastSignificantBits() >>> (56 - 8 * i));
    }
    return bytes;
  }

  /** Never prints the secret. */
  @Override
  public String toString() {
    return "Token[" + keyId + "]";
  }
}
