package org.worktime.app.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A suite's figures: printed, and appended to {@code target/reliability/NAME.txt} so a script can
 * show them after Maven has run. Never asserted on.
 */
final class Figures {

  private Figures() {}

  static void report(String suite, String line) {
    String loaded = line + " loadavg=" + loadAverage();
    System.out.println(suite + ": " + loaded);
    try {
      Path dir = Path.of("target", "reliability");
      Files.createDirectories(dir);
      Files.writeString(
          dir.resolve(suite + ".txt"),
          loaded + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException unwritable) {
      throw new UncheckedIOException(unwritable);
    }
  }

  /** The machine's 1, 5 and 15 minute load averages, as /proc/loadavg has them. */
  static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0] + "/" + fields[1] + "/" + fields[2];
    } catch (IOException | RuntimeException unknown) {
      return "unknown";
    }
  }
}
