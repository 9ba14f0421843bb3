package org.worktime.adapters.rest.tls;

import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Objects;

/**
 * What the server shows in a TLS handshake: a private key and its certificate chain, held in a key
 * store that lives only in memory, under a password made for it (Jetty takes a key store, not a
 * key). Read from PEM files by {@link PemFiles}.
 */
public final class TlsIdentity {

  private final KeyStore keyStore;
  private final String password;
  private final X509Certificate certificate;

  TlsIdentity(KeyStore keyStore, String password, X509Certificate certificate) {
    this.keyStore = Objects.requireNonNull(keyStore, "keyStore");
    this.password = Objects.requireNonNull(password, "password");
    this.certificate = Objects.requireNonNull(certificate, "certificate");
  }

  public KeyStore keyStore() {
    return keyStore;
  }

  /** The in-memory store's own password: it protects nothing on disk. */
  public String password() {
    return password;
  }

  /** Whom the certificate names, e.g. {@code CN=localhost}. */
  public String subject() {
    return certificate.getSubjectX500Principal().getName();
  }

  /** When the certificate stops being valid. */
  public Instant notAfter() {
    return certificate.getNotAfter().toInstant();
  }

  /** Never the key or the password. */
  @Override
  public String toString() {
    return "TlsIdentity[" + subject() + ", until " + notAfter() + "]";
  }
}
