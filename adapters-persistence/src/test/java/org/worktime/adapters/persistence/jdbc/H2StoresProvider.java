package org.worktime.adapters.persistence.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.worktime.application.StoresProvider;
import org.worktime.application.port.Stores;

/**
 * The application's use-case tests on the embedded default: a new H2 file database, with the very
 * URL settings of {@link JdbcDataSources#h2File}, in a new temporary directory for every store.
 */
public final class H2StoresProvider implements StoresProvider {

  private static final RecentPools POOLS = new RecentPools();
  private static final List<Path> DIRECTORIES = new CopyOnWriteArrayList<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(H2StoresProvider::cleanUp));
  }

  @Override
  public String name() {
    return "h2";
  }

  /** Leaves no database behind in the temporary directory. */
  private static void cleanUp() {
    POOLS.closeAll();
    for (Path directory : DIRECTORIES) {
      try (Stream<Path> files = Files.walk(directory)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      } catch (IOException ignored) {
        // The JVM is going down; a leftover temporary file is harmless.
      }
    }
  }

  @Override
  public Stores create() {
    try {
      Path directory = Files.createTempDirectory("worktime-use-cases-");
      DIRECTORIES.add(directory);
      return JdbcStores.create(POOLS.open(JdbcDataSources.h2Url(directory), "sa", ""));
    } catch (IOException unwritable) {
      throw new UncheckedIOException(unwritable);
    }
  }
}
