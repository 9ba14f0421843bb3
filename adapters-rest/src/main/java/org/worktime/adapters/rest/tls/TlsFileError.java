package org.worktime.adapters.rest.tls;

import java.nio.file.Path;

/**
 * Why a certificate and key cannot serve HTTPS. Each names the file and the fault, never the file's
 * content: a key file's text is a secret, and an error message ends up in logs and terminals.
 */
public sealed interface TlsFileError {

  /** One sentence for the operator. */
  String describe();

  /** The file is not there. */
  record Missing(Path file) implements TlsFileError {
    @Override
    public String describe() {
      return file + ": no such file";
    }
  }

  /** The file is there but cannot be read (a permission, a directory). */
  record Unreadable(Path file, String reason) implements TlsFileError {
    @Override
    public String describe() {
      return file + ": cannot be read (" + reason + ")";
    }
  }

  /** The file holds no PEM block of the kind needed, or a block that does not decode. */
  record NotPem(Path file, String wanted) implements TlsFileError {
    @Override
    public String describe() {
      return file + ": no readable PEM " + wanted + " in it";
    }
  }

  /** A passphrase-protected key: a server that starts unattended has no one to ask. */
  record EncryptedKey(Path file) implements TlsFileError {
    @Override
    public String describe() {
      return file
          + ": the private key is encrypted; give it unencrypted"
          + " (openssl pkey -in KEY -out KEY.pem)";
    }
  }

  /** A key of an algorithm TLS here does not use. */
  record UnsupportedKey(Path file, String algorithm) implements TlsFileError {
    @Override
    public String describe() {
      return file + ": a key of algorithm " + algorithm + "; an RSA, EC or EdDSA key is needed";
    }
  }

  /** The key is not the one the (first) certificate was issued for. */
  record KeyDoesNotMatch(Path certificate, Path key) implements TlsFileError {
    @Override
    public String describe() {
      return key + ": the private key does not belong to the first certificate in " + certificate;
    }
  }
}
