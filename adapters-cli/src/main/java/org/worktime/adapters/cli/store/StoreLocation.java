package org.worktime.adapters.cli.store;

import io.vavr.control.Option;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a store lives: a PostgreSQL database by JDBC URL, else the embedded H2 file under a data
 * directory. The composition root turns it into a connection pool.
 */
public record StoreLocation(Option<String> url, Path data, String user, String password) {

  public StoreLocation {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
  }

  /** The embedded H2 file in this directory. */
  public static StoreLocation embedded(Path data) {
    return new StoreLocation(Option.none(), data, "", "");
  }

  /** Where the data lives, fit to print: never the password. */
  public String describe() {
    return url.map(u -> "PostgreSQL " + u.replaceAll("password=[^&;]*", "password=***"))
        .getOrElse(() -> "H2 file in " + data.toAbsolutePath().normalize());
  }
}
