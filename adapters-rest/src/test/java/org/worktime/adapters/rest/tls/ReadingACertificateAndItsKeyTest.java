package org.worktime.adapters.rest.tls;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PEM files an operator gives {@code serve}: what certbot and openssl write is read, and every
 * fault is named with its file, never with the key's text.
 */
class ReadingACertificateAndItsKeyTest {

  @TempDir Path dir;

  private final ThrowawayCertificate ec = ThrowawayCertificate.ec();
  private final ThrowawayCertificate rsa = ThrowawayCertificate.rsa();

  @Test
  void aPkcs8KeyAsCertbotWritesItIsRead() throws Exception {
    Either<TlsFileError, TlsIdentity> read =
        PemFiles.read(
            ec.writeCertificate(dir.resolve("fullchain.pem")),
            ec.writePkcs8Key(dir.resolve("privkey.pem")));

    assertThat(Files.readString(dir.resolve("privkey.pem"))).startsWith("-----BEGIN PRIVATE KEY");
    assertThat(read.isRight()).as("%s", read).isTrue();
    assertThat(read.get().subject()).isEqualTo("CN=localhost");
    Certificate served = read.get().keyStore().getCertificate("worktime");
    assertThat(served).isEqualTo(ec.certificate());
  }

  @Test
  void anRsaKeyInOpensslsOwnFormIsRead() throws Exception {
    Path key = rsa.writeTraditionalKey(dir.resolve("key.pem"));

    Either<TlsFileError, TlsIdentity> read =
        PemFiles.read(rsa.writeCertificate(dir.resolve("cert.pem")), key);

    assertThat(Files.readString(key)).startsWith("-----BEGIN RSA PRIVATE KEY");
    assertThat(read.isRight()).as("%s", read).isTrue();
  }

  @Test
  void anEcKeyInOpensslsOwnFormIsRead() throws Exception {
    Path key = ec.writeTraditionalKey(dir.resolve("key.pem"));

    Either<TlsFileError, TlsIdentity> read =
        PemFiles.read(ec.writeCertificate(dir.resolve("cert.pem")), key);

    assertThat(Files.readString(key)).startsWith("-----BEGIN EC PRIVATE KEY");
    assertThat(read.isRight()).as("%s", read).isTrue();
  }

  @Test
  void aFullChainKeepsEveryCertificateServerFirst() throws Exception {
    ThrowawayCertificate intermediate = ThrowawayCertificate.ec();

    TlsIdentity read =
        PemFiles.read(
                ec.writeCertificate(dir.resolve("fullchain.pem"), intermediate.certificate()),
                ec.writePkcs8Key(dir.resolve("privkey.pem")))
            .get();

    Certificate[] chain = read.keyStore().getCertificateChain("worktime");
    assertThat(chain).containsExactly(ec.certificate(), intermediate.certificate());
  }

  @Test
  void oneFileHoldingTheKeyAndTheCertificateServesForBoth() throws Exception {
    Path both = dir.resolve("both.pem");
    ec.writePkcs8Key(dir.resolve("key.pem"));
    ec.writeCertificate(dir.resolve("cert.pem"));
    Files.writeString(
        both, Files.readString(dir.resolve("key.pem")) + Files.readString(dir.resolve("cert.pem")));

    assertThat(PemFiles.read(both, both).isRight()).isTrue();
  }

  @Test
  void aMissingFileIsNamed() {
    Path key = ec.writePkcs8Key(dir.resolve("key.pem"));

    TlsFileError error = PemFiles.read(dir.resolve("nowhere.pem"), key).getLeft();

    assertThat(error).isEqualTo(new TlsFileError.Missing(dir.resolve("nowhere.pem")));
    assertThat(error.describe()).isEqualTo(dir.resolve("nowhere.pem") + ": no such file");
  }

  @Test
  void aKeyOfAnotherCertificateIsRefused() {
    Path certificate = ec.writeCertificate(dir.resolve("cert.pem"));
    Path otherKey = ThrowawayCertificate.ec().writePkcs8Key(dir.resolve("other.pem"));

    TlsFileError error = PemFiles.read(certificate, otherKey).getLeft();

    assertThat(error).isEqualTo(new TlsFileError.KeyDoesNotMatch(certificate, otherKey));
    assertThat(error.describe()).contains("does not belong to the first certificate");
  }

  @Test
  void aKeyOfAnotherAlgorithmIsRefusedAsNotMatching() {
    Path certificate = ec.writeCertificate(dir.resolve("cert.pem"));
    Path rsaKey = rsa.writePkcs8Key(dir.resolve("rsa.pem"));

    assertThat(PemFiles.read(certificate, rsaKey).getLeft())
        .isEqualTo(new TlsFileError.KeyDoesNotMatch(certificate, rsaKey));
  }

  @Test
  void filesSwappedAreNamedForWhatTheyLack() {
    Path certificate = ec.writeCertificate(dir.resolve("cert.pem"));
    Path key = ec.writePkcs8Key(dir.resolve("key.pem"));

    TlsFileError error = PemFiles.read(key, certificate).getLeft();

    assertThat(error).isInstanceOf(TlsFileError.NotPem.class);
    assertThat(error.describe()).startsWith(key + ": no readable PEM certificate");
  }

  @Test
  void textThatIsNotPemAndBrokenBase64AreUnreadablePemWithoutTheirContent() throws Exception {
    Path certificate = ec.writeCertificate(dir.resolve("cert.pem"));
    Path garbage = Files.writeString(dir.resolve("garbage.pem"), "secret-looking text\n");
    String pkcs8 = Files.readString(ec.writePkcs8Key(dir.resolve("key.pem")));
    String broken = pkcs8.substring(0, 60) + "!!not base64!!" + pkcs8.substring(60);
    Path damaged = Files.writeString(dir.resolve("damaged.pem"), broken);
    Path binary = Files.write(dir.resolve("binary.der"), new byte[] {0, (byte) 0xff, 0x30, 0x13});

    for (Path bad : new Path[] {garbage, damaged, binary}) {
      TlsFileError error = PemFiles.read(certificate, bad).getLeft();
      assertThat(error).as("%s", bad).isInstanceOf(TlsFileError.NotPem.class);
      assertThat(((TlsFileError.NotPem) error).file()).isEqualTo(bad);
      assertThat(error.describe())
          .startsWith(bad + ": no readable PEM private key")
          .doesNotContain("secret")
          .doesNotContain(pkcs8.substring(40, 60));
    }
  }

  @Test
  void anEncryptedKeyIsRefusedWithHowToDecryptIt() {
    Path certificate = rsa.writeCertificate(dir.resolve("cert.pem"));
    Path key = rsa.writeEncryptedKey(dir.resolve("key.pem"));

    TlsFileError error = PemFiles.read(certificate, key).getLeft();

    assertThat(error).isEqualTo(new TlsFileError.EncryptedKey(key));
    assertThat(error.describe()).contains("encrypted").contains("openssl pkey");
  }

  @Test
  void aDirectoryIsNotAFile() {
    Path key = ec.writePkcs8Key(dir.resolve("key.pem"));

    assertThat(PemFiles.read(dir, key).getLeft())
        .isEqualTo(new TlsFileError.Unreadable(dir, "not a regular file"));
  }

  @Test
  void theIdentityNeverShowsItsPassword() {
    TlsIdentity read =
        PemFiles.read(
                ec.writeCertificate(dir.resolve("cert.pem")),
                ec.writePkcs8Key(dir.resolve("key.pem")))
            .get();

    assertThat(read.toString()).contains("CN=localhost").doesNotContain(read.password());
  }
}
