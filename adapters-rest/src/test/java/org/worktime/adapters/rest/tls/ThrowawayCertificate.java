package org.worktime.adapters.rest.tls;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.PKCS12PBEParams;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemObjectGenerator;
import org.bouncycastle.util.io.pem.PemWriter;

/**
 * A self-signed certificate made in memory for a test, as {@code openssl req -x509} makes one: for
 * {@code localhost}, {@code 127.0.0.1} and {@code ::1}, valid from yesterday for 30 days, marked as
 * a CA so that it can be its own trust anchor (Node's {@code NODE_EXTRA_CA_CERTS}, curl's {@code
 * --cacert}). Written as PEM in the forms ACME clients and openssl write; {@link #trustingIt()}
 * gives a JDK client that trusts it and nothing else.
 */
public final class ThrowawayCertificate {

  private final KeyPair keys;
  private final X509Certificate certificate;

  private ThrowawayCertificate(KeyPair keys, X509Certificate certificate) {
    this.keys = keys;
    this.certificate = certificate;
  }

  /** On a P-256 key, as certbot makes by default. */
  public static ThrowawayCertificate ec() {
    return make("EC", 256, "SHA256withECDSA", Instant.now().plus(Duration.ofDays(30)));
  }

  /** On a 2048-bit RSA key. */
  public static ThrowawayCertificate rsa() {
    return make("RSA", 2048, "SHA256withRSA", Instant.now().plus(Duration.ofDays(30)));
  }

  /** On a P-256 key, expired since yesterday. */
  public static ThrowawayCertificate expired() {
    return make("EC", 256, "SHA256withECDSA", Instant.now().minus(Duration.ofDays(1)));
  }

  private static ThrowawayCertificate make(
      String algorithm, int size, String signature, Instant notAfter) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
      generator.initialize(size);
      KeyPair keys = generator.generateKeyPair();
      X500Name name = new X500Name("CN=localhost");
      Instant now = Instant.now();
      X509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              name,
              BigInteger.valueOf(now.toEpochMilli()),
              Date.from(now.minus(Duration.ofDays(2))),
              Date.from(notAfter),
              name,
              keys.getPublic());
      builder.addExtension(
          Extension.subjectAlternativeName,
          false,
          new GeneralNames(
              new GeneralName[] {
                new GeneralName(GeneralName.dNSName, "localhost"),
                new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
                new GeneralName(GeneralName.iPAddress, "::1")
              }));
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
      X509Certificate certificate =
          new JcaX509CertificateConverter()
              .getCertificate(
                  builder.build(new JcaContentSignerBuilder(signature).build(keys.getPrivate())));
      return new ThrowawayCertificate(keys, certificate);
    } catch (GeneralSecurityException | IOException | OperatorCreationException broken) {
      throw new IllegalStateException("no throwaway certificate", broken);
    }
  }

  public X509Certificate certificate() {
    return certificate;
  }

  /** The certificate as PEM ({@code BEGIN CERTIFICATE}), then any others given, as a chain. */
  public Path writeCertificate(Path file, X509Certificate... rest) {
    StringBuilder chain = new StringBuilder(pem(certificate));
    for (X509Certificate next : rest) {
      chain.append(pem(next));
    }
    return write(file, chain.toString());
  }

  /** The key as PKCS#8 ({@code BEGIN PRIVATE KEY}), as certbot writes it. */
  public Path writePkcs8Key(Path file) {
    try {
      PemObjectGenerator pkcs8 = new JcaPKCS8Generator(keys.getPrivate(), null);
      StringWriter text = new StringWriter();
      try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
        writer.writeObject(pkcs8);
      }
      return write(file, text.toString());
    } catch (IOException broken) {
      throw new UncheckedIOException(broken);
    }
  }

  /**
   * The key in OpenSSL's own form: {@code BEGIN RSA PRIVATE KEY} (PKCS#1), or {@code BEGIN EC
   * PRIVATE KEY} (SEC 1) naming its curve, as {@code openssl ecparam -genkey} writes it.
   */
  public Path writeTraditionalKey(Path file) {
    if (!keys.getPrivate().getAlgorithm().equals("EC")) {
      return write(file, pem(keys.getPrivate()));
    }
    try {
      // The JDK's PKCS#8 names the curve outside the SEC 1 structure; OpenSSL's has it inside.
      PrivateKeyInfo info = PrivateKeyInfo.getInstance(keys.getPrivate().getEncoded());
      ECPrivateKey inner = ECPrivateKey.getInstance(info.parsePrivateKey());
      ECPrivateKey sec1 =
          new ECPrivateKey(256, inner.getKey(), info.getPrivateKeyAlgorithm().getParameters());
      return write(file, pem(new PemObject("EC PRIVATE KEY", sec1.getEncoded())));
    } catch (IOException broken) {
      throw new UncheckedIOException(broken);
    }
  }

  /**
   * A key as encrypted PKCS#8 ({@code BEGIN ENCRYPTED PRIVATE KEY}, as {@code openssl pkcs8 -topk8}
   * writes): the structure is real, the ciphertext random, for nobody decrypts it here.
   */
  public Path writeEncryptedKey(Path file) {
    byte[] salt = new byte[16];
    byte[] ciphertext = new byte[128];
    new SecureRandom().nextBytes(salt);
    new SecureRandom().nextBytes(ciphertext);
    EncryptedPrivateKeyInfo info =
        new EncryptedPrivateKeyInfo(
            new AlgorithmIdentifier(
                PKCSObjectIdentifiers.pbeWithSHAAnd3_KeyTripleDES_CBC,
                new PKCS12PBEParams(salt, 2048)),
            ciphertext);
    try {
      return write(file, pem(new PemObject("ENCRYPTED PRIVATE KEY", info.getEncoded())));
    } catch (IOException broken) {
      throw new UncheckedIOException(broken);
    }
  }

  /** A JDK TLS context that trusts this certificate alone. */
  public SSLContext trustingIt() {
    try {
      KeyStore trusted = KeyStore.getInstance("PKCS12");
      trusted.load(null, null);
      trusted.setCertificateEntry("throwaway", certificate);
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(trusted);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException | IOException broken) {
      throw new IllegalStateException("no TLS context", broken);
    }
  }

  private static String pem(PemObject object) {
    StringWriter text = new StringWriter();
    try (PemWriter writer = new PemWriter(text)) {
      writer.writeObject(object);
    } catch (IOException broken) {
      throw new UncheckedIOException(broken);
    }
    return text.toString();
  }

  private static String pem(Object object) {
    StringWriter text = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
      writer.writeObject(object);
    } catch (IOException broken) {
      throw new UncheckedIOException(broken);
    }
    return text.toString();
  }

  private static Path write(Path file, String text) {
    try {
      return Files.writeString(file, text, StandardCharsets.US_ASCII);
    } catch (IOException broken) {
      throw new UncheckedIOException(broken);
    }
  }
}
