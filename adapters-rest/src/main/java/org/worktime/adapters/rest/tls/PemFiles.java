package org.worktime.adapters.rest.tls;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMException;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

/**
 * A certificate chain and its private key from PEM files, as ACME clients (certbot, acme.sh, lego)
 * write them: the certificate file holds the server's certificate first, then its intermediates
 * ({@code fullchain.pem}); the key file holds the key as PKCS#8 ({@code BEGIN PRIVATE KEY}), PKCS#1
 * ({@code BEGIN RSA PRIVATE KEY}) or SEC 1 ({@code BEGIN EC PRIVATE KEY}). Both may be one file.
 * BouncyCastle reads the PEM text; the JDK's own providers make the keys and certificates.
 *
 * <p>The key is checked against the first certificate by signing with one and verifying with the
 * other, so that a mismatch is refused at start, not in the first client's handshake.
 */
public final class PemFiles {

  private static final String ALIAS = "worktime";
  private static final String CERTIFICATE = "certificate (-----BEGIN CERTIFICATE-----)";
  private static final String KEY = "private key (-----BEGIN PRIVATE KEY-----)";

  private PemFiles() {}

  /** The identity the two files hold, or why they hold none. */
  public static Either<TlsFileError, TlsIdentity> read(Path certificateFile, Path keyFile) {
    return certificates(certificateFile)
        .flatMap(
            chain ->
                privateKey(keyFile).flatMap(key -> identity(certificateFile, keyFile, chain, key)));
  }

  private static Either<TlsFileError, List<X509Certificate>> certificates(Path file) {
    return blocks(file, CERTIFICATE)
        .flatMap(
            blocks -> {
              JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
              List<X509Certificate> chain = new ArrayList<>();
              for (Object block : blocks) {
                if (block instanceof X509CertificateHolder holder) {
                  try {
                    chain.add(converter.getCertificate(holder));
                  } catch (CertificateException undecodable) {
                    return Either.left(new TlsFileError.NotPem(file, CERTIFICATE));
                  }
                }
              }
              return chain.isEmpty()
                  ? Either.left(new TlsFileError.NotPem(file, CERTIFICATE))
                  : Either.right(chain);
            });
  }

  private static Either<TlsFileError, PrivateKey> privateKey(Path file) {
    return blocks(file, KEY)
        .flatMap(
            blocks -> {
              JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
              for (Object block : blocks) {
                if (block instanceof PEMEncryptedKeyPair
                    || block instanceof PKCS8EncryptedPrivateKeyInfo) {
                  return Either.left(new TlsFileError.EncryptedKey(file));
                }
                try {
                  if (block instanceof PEMKeyPair pair) {
                    // Only the private half: made as a pair, an EC key would ask the JDK for
                    // BouncyCastle's "ECDSA" key factory, which SunEC calls "EC".
                    return Either.right(converter.getPrivateKey(pair.getPrivateKeyInfo()));
                  }
                  if (block instanceof PrivateKeyInfo info) {
                    return Either.right(converter.getPrivateKey(info));
                  }
                } catch (PEMException unknownAlgorithm) {
                  // No provider makes keys of this algorithm (named by its OID, which is public).
                  return Either.left(new TlsFileError.UnsupportedKey(file, algorithmOf(block)));
                }
              }
              return Either.left(new TlsFileError.NotPem(file, KEY));
            });
  }

  private static String algorithmOf(Object block) {
    PrivateKeyInfo info =
        block instanceof PEMKeyPair pair ? pair.getPrivateKeyInfo() : (PrivateKeyInfo) block;
    return info.getPrivateKeyAlgorithm().getAlgorithm().getId();
  }

  /** Every PEM block of the file, decoded; the file's text never reaches an error. */
  private static Either<TlsFileError, List<Object>> blocks(Path file, String wanted) {
    if (!Files.exists(file)) {
      return Either.left(new TlsFileError.Missing(file));
    }
    if (!Files.isRegularFile(file)) {
      return Either.left(new TlsFileError.Unreadable(file, "not a regular file"));
    }
    if (!Files.isReadable(file)) {
      return Either.left(new TlsFileError.Unreadable(file, "permission denied"));
    }
    // PEM is ASCII; Latin-1 reads any byte, so that a binary file is "no PEM", not a decode error.
    try (Reader text = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1);
        PEMParser parser = new PEMParser(text)) {
      List<Object> blocks = new ArrayList<>();
      for (Object block = parser.readObject(); block != null; block = parser.readObject()) {
        blocks.add(block);
      }
      return Either.right(blocks);
    } catch (IOException | RuntimeException malformed) {
      // Bad Base64, a truncated block, an unknown block type: not PEM we can use.
      return Either.left(new TlsFileError.NotPem(file, wanted));
    }
  }

  private static Either<TlsFileError, TlsIdentity> identity(
      Path certificateFile, Path keyFile, List<X509Certificate> chain, PrivateKey key) {
    Option<String> signing = signatureFor(key.getAlgorithm());
    if (signing.isEmpty()) {
      return Either.left(new TlsFileError.UnsupportedKey(keyFile, key.getAlgorithm()));
    }
    X509Certificate first = chain.get(0);
    if (!belongTogether(key, first.getPublicKey(), signing.get())) {
      return Either.left(new TlsFileError.KeyDoesNotMatch(certificateFile, keyFile));
    }
    try {
      String password = HexFormat.of().formatHex(random(16));
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry(ALIAS, key, password.toCharArray(), chain.toArray(new Certificate[0]));
      return Either.right(new TlsIdentity(store, password, first));
    } catch (GeneralSecurityException | IOException impossible) {
      // An empty in-memory PKCS#12 store with a key the JDK itself made: a broken JDK.
      throw new IllegalStateException("no in-memory key store", impossible);
    }
  }

  private static byte[] random(int length) {
    byte[] bytes = new byte[length];
    new SecureRandom().nextBytes(bytes);
    return bytes;
  }

  private static Option<String> signatureFor(String keyAlgorithm) {
    switch (keyAlgorithm) {
      case "RSA":
        return Option.some("SHA256withRSA");
      case "EC":
        return Option.some("SHA256withECDSA");
      case "EdDSA":
      case "Ed25519":
      case "Ed448":
        return Option.some(keyAlgorithm);
      default:
        return Option.none();
    }
  }

  /** Whether what the private key signs, the certificate's public key verifies. */
  private static boolean belongTogether(PrivateKey key, PublicKey certified, String algorithm) {
    byte[] challenge = random(32);
    try {
      Signature signer = Signature.getInstance(algorithm);
      signer.initSign(key);
      signer.update(challenge);
      byte[] signature = signer.sign();
      Signature verifier = Signature.getInstance(algorithm);
      verifier.initVerify(certified);
      verifier.update(challenge);
      return verifier.verify(signature);
    } catch (GeneralSecurityException otherKind) {
      // An RSA key against an EC certificate, and the like.
      return false;
    }
  }
}
