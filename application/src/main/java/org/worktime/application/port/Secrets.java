package org.worktime.application.port;

/** Draws unguessable secrets; the engine never draws randomness by itself. */
@FunctionalInterface
public interface Secrets {

  /** {@code bytes} random bytes from a cryptographically strong source. */
  byte[] next(int bytes);
}
