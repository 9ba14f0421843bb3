package org.worktime.adapters.cli.store;

import io.vavr.control.Option;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A file in the data directory that says "a server is running on this store": written when {@code
 * serve} starts, removed when it stops cleanly. Found with its process gone, it means the last
 * server was killed or crashed, so the next start says so and checks the store, and {@code doctor}
 * warns. It holds the process id and the start instant, one line.
 */
public final class RunningMarker {

  static final String FILE = "serve.running";

  private final Path file;

  private RunningMarker(Path file) {
    this.file = file;
  }

  /**
   * What the last server left behind, if it did not stop cleanly: its process id and start, fit to
   * print. A marker whose process still runs (another server on the same data directory) is not
   * left behind.
   */
  public static Option<String> leftBehind(Path dataDir) {
    Path file = dataDir.resolve(FILE);
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (NoSuchFileException none) {
      return Option.none();
    } catch (IOException unreadable) {
      return Option.some("its marker " + file + " could not be read");
    }
    String[] parts = text.split(" ", 2);
    Option<Long> pid = Option.of(parts[0]).filter(p -> p.matches("[0-9]{1,18}")).map(Long::valueOf);
    if (pid.isDefined() && ProcessHandle.of(pid.get()).map(ProcessHandle::isAlive).orElse(false)) {
      return Option.none();
    }
    return Option.some("process " + parts[0] + (parts.length > 1 ? ", started " + parts[1] : ""));
  }

  /** Marks the data directory as served by this process, from {@code startedAt}. */
  public static RunningMarker claim(Path dataDir, Instant startedAt) {
    Path file = dataDir.resolve(FILE);
    try {
      Files.createDirectories(dataDir);
      Files.writeString(
          file, ProcessHandle.current().pid() + " " + startedAt + "\n", StandardCharsets.UTF_8);
    } catch (IOException unwritable) {
      throw new UncheckedIOException(unwritable);
    }
    return new RunningMarker(file);
  }

  /** The clean stop: the marker goes. */
  public void release() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // The next start will say it found the marker; nothing is lost by that.
    }
  }
}
