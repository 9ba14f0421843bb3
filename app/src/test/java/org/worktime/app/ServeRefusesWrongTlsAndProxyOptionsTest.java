package org.worktime.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.worktime.adapters.rest.tls.ThrowawayCertificate;
import picocli.CommandLine;

/**
 * {@code serve} with certificate, key or proxy options it cannot use: one line that names the
 * option or file and the fault, exit code 2, no stack trace, no key text, and nothing started or
 * created (the options are checked before the store is opened).
 */
class ServeRefusesWrongTlsAndProxyOptionsTest {

  @TempDir Path dir;

  private Path certificate;
  private Path key;
  private String keyText;

  @BeforeEach
  void files() throws Exception {
    ThrowawayCertificate throwaway = ThrowawayCertificate.ec();
    certificate = throwaway.writeCertificate(dir.resolve("cert.pem"));
    key = throwaway.writePkcs8Key(dir.resolve("key.pem"));
    keyText = Files.readString(key);
  }

  @Test
  void aMissingFile() {
    String err =
        refused("--tls-cert", dir.resolve("nowhere.pem").toString(), "--tls-key", key.toString());

    assertThat(err)
        .contains("cannot serve HTTPS: " + dir.resolve("nowhere.pem") + ": no such file");
  }

  @Test
  void aKeyThatDoesNotMatchTheCertificate() {
    Path other = ThrowawayCertificate.ec().writePkcs8Key(dir.resolve("other.pem"));

    String err = refused("--tls-cert", certificate.toString(), "--tls-key", other.toString());

    assertThat(err).contains(other + ": the private key does not belong to the first certificate");
  }

  @Test
  void anUnreadablePemNeverShowsTheKey() throws Exception {
    Path damaged =
        Files.writeString(
            dir.resolve("damaged.pem"), keyText.replace("KEY-----\n", "KEY-----\n!!"));

    String err = refused("--tls-cert", certificate.toString(), "--tls-key", damaged.toString());

    assertThat(err).contains(damaged + ": no readable PEM private key");
    for (String line : keyText.lines().filter(line -> !line.startsWith("-----")).toList()) {
      assertThat(err).doesNotContain(line);
    }
  }

  @Test
  void aCertificateWithoutItsKey() {
    String err = refused("--tls-cert", certificate.toString());

    assertThat(err).contains("--tls-cert and --tls-key go together");
  }

  @Test
  void aTrustedProxyThatIsNotARange() {
    String err = refused("--trusted-proxy", "10.0.0.0/8", "--trusted-proxy", "proxy.example.com");

    assertThat(err)
        .contains("--trusted-proxy 'proxy.example.com' is not an IP address or CIDR range");
  }

  @Test
  void aBitrixLimitThatIsNoBucket() {
    String err = refused("--bitrix-limit", "50 per second");

    assertThat(err).contains("--bitrix-limit '50 per second' is not BURST/PER_SECOND, e.g. 50/2");
  }

  /** Runs {@code serve} in this JVM; answers its standard error after checking the refusal. */
  private String refused(String... options) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    String[] args = new String[options.length + 5];
    args[0] = "serve";
    args[1] = "--port";
    args[2] = "0";
    args[3] = "--data";
    args[4] = dir.resolve("data").toString();
    System.arraycopy(options, 0, args, 5, options.length);

    int exit = commandLine.execute(args);

    String text = err.toString();
    assertThat(exit).as(text).isEqualTo(2);
    assertThat(text.lines()).as(text).hasSize(1);
    assertThat(text).startsWith("worktime: ").doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(out.toString()).isEmpty();
    assertThat(dir.resolve("data")).doesNotExist();
    return text;
  }
}
