package org.worktime.adapters.rest.openapi;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Swagger UI's own files (scripts, styles, icons), as the {@code org.webjars:swagger-ui} jar ships
 * them on the class path: the page never loads anything from another host. The webjar's version,
 * which names its folder, comes from the jar's own Maven properties, so that a new version in the
 * parent pom needs no change here.
 */
final class SwaggerUiFiles {

  private static final String PROPERTIES = "/META-INF/maven/org.webjars/swagger-ui/pom.properties";

  /** A plain file name: no folder, so no path can climb out of the webjar's folder. */
  private static final Pattern FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

  private static final Map<String, String> TYPES =
      HashMap.of(
          "js", "text/javascript; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "png", "image/png",
          "html", "text/html; charset=utf-8",
          "txt", "text/plain; charset=utf-8");

  /** One file: its media type and its bytes. */
  record File(String contentType, byte[] bytes) {}

  private final String folder;

  private SwaggerUiFiles(String folder) {
    this.folder = folder;
  }

  /** The files of the webjar on the class path; without it the server does not start. */
  static SwaggerUiFiles onTheClassPath() {
    Properties properties = new Properties();
    try (InputStream in = SwaggerUiFiles.class.getResourceAsStream(PROPERTIES)) {
      if (in == null) {
        throw new IllegalStateException("Swagger UI's webjar is not on the class path");
      }
      properties.load(in);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    return new SwaggerUiFiles(
        "/META-INF/resources/webjars/swagger-ui/" + properties.getProperty("version") + "/");
  }

  /** The file by its plain name, if the webjar has it and it is of a type served. */
  Option<File> find(String name) {
    if (!FILE.matcher(name).matches()) {
      return Option.none();
    }
    int dot = name.lastIndexOf('.');
    Option<String> type = dot < 0 ? Option.none() : TYPES.get(name.substring(dot + 1));
    return type.flatMap(contentType -> bytes(name).map(bytes -> new File(contentType, bytes)));
  }

  private Option<byte[]> bytes(String name) {
    try (InputStream in = SwaggerUiFiles.class.getResourceAsStream(folder + name)) {
      return in == null ? Option.none() : Option.some(in.readAllBytes());
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
