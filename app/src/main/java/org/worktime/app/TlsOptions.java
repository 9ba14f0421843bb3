package org.worktime.app;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.file.Path;
import java.util.Map;
import org.worktime.adapters.rest.tls.PemFiles;
import org.worktime.adapters.rest.tls.TlsIdentity;
import picocli.CommandLine;

/**
 * {@code serve}'s HTTPS options: a certificate chain and its key, as PEM files, each falling back
 * to its environment variable. Neither given serves plain HTTP; one without the other is an error.
 */
final class TlsOptions {

  static final String CERT_VARIABLE = "WORKTIME_TLS_CERT";
  static final String KEY_VARIABLE = "WORKTIME_TLS_KEY";

  @CommandLine.Option(
      names = "--tls-cert",
      paramLabel = "FILE",
      description =
          "Serve HTTPS (only) with this PEM certificate chain, server certificate first, as"
              + " certbot's fullchain.pem (default: $"
              + CERT_VARIABLE
              + ").")
  private Path certificate;

  @CommandLine.Option(
      names = "--tls-key",
      paramLabel = "FILE",
      description =
          "The certificate's private key, PEM, unencrypted: PKCS#8 (BEGIN PRIVATE KEY), RSA or EC"
              + " (default: $"
              + KEY_VARIABLE
              + ").")
  private Path key;

  /** The identity to serve HTTPS with, none for plain HTTP, or why the files will not do. */
  Either<String, Option<TlsIdentity>> identity(Map<String, String> environment) {
    Option<Path> certificateFile = given(certificate, environment, CERT_VARIABLE);
    Option<Path> keyFile = given(key, environment, KEY_VARIABLE);
    if (certificateFile.isEmpty() && keyFile.isEmpty()) {
      return Either.right(Option.none());
    }
    if (certificateFile.isEmpty() || keyFile.isEmpty()) {
      return Either.left(
          "--tls-cert and --tls-key go together (or $"
              + CERT_VARIABLE
              + " and $"
              + KEY_VARIABLE
              + "): give both to serve HTTPS, or neither");
    }
    return PemFiles.read(certificateFile.get(), keyFile.get())
        .mapLeft(error -> "cannot serve HTTPS: " + error.describe())
        .map(Option::some);
  }

  private static Option<Path> given(Path option, Map<String, String> environment, String variable) {
    if (option != null) {
      return Option.some(option);
    }
    String value = environment.get(variable);
    return value == null || value.isBlank() ? Option.none() : Option.some(Path.of(value.strip()));
  }
}
