package org.worktime.adapters.rest.openapi;

import io.vavr.collection.Seq;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An OpenAPI 3.1 document, served at {@code /openapi/{name}.json}, with the operations of the
 * server that it describes: the dialects' (or a mount's) own route tables, so that a test can hold
 * the two to each other.
 *
 * @param name the document's name in its path, lower case, e.g. {@code staffomatic}
 * @param json the document, JSON text
 * @param operations what the server answers that this document describes
 */
public record ApiDocument(String name, String json, Seq<Operation> operations) {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");

  public ApiDocument {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(operations, "operations");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("a document's name is lower-case letters: " + name);
    }
  }

  /**
   * Reads a text resource shipped beside a class (a document, the documentation page). A missing
   * one is a packaging bug, so it fails at startup, never at the first request.
   */
  public static String resource(Class<?> anchor, String path) {
    try (InputStream in = anchor.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("the resource " + path + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
