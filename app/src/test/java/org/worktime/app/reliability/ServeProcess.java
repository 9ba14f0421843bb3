package org.worktime.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real {@code worktime serve} process: the built jar named by {@code -Dworktime.jar=...} (as the
 * {@code reliability/*.sh} scripts run it), else {@code org.worktime.app.Main} on the test class
 * path (as {@code ./mvnw verify}, which tests before it packages, runs it), with the JVM options of
 * {@code -Dserve.jvmOptions} (space-separated). Its standard output is read line by line by a
 * thread of its own; its standard error (the server's log) goes to a file.
 */
final class ServeProcess implements AutoCloseable {

  private static final Pattern SERVING = Pattern.compile(" serving http://127\\.0\\.0\\.1:(\\d+)");

  /**
   * The JIT's first tier only: a JVM that starts in about half the time on two busy cores, for the
   * small runs in {@code verify}. The scripts' full-size runs pass {@code -Dserve.jvmOptions=} and
   * run the JVM's defaults.
   */
  private static final String QUICK_START = "-XX:TieredStopAtLevel=1";

  private static final Pattern TOKEN = Pattern.compile("^\\s+(wt_\\S+)$");

  private final Process process;
  private final Path errors;
  private final List<String> lines = new ArrayList<>();
  private final BlockingQueue<String> queue = new LinkedBlockingQueue<>();
  private final Thread reader;
  private final int port;
  private final Optional<String> adminKey;
  private final double startSeconds;

  private ServeProcess(Path logs, String name, List<String> store, boolean greeting)
      throws IOException, InterruptedException {
    Files.createDirectories(logs);
    errors = logs.resolve(name + ".err");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    for (String option : System.getProperty("serve.jvmOptions", QUICK_START).split(" ")) {
      if (!option.isBlank()) {
        command.add(option);
      }
    }
    String jar = System.getProperty("worktime.jar", "");
    if (jar.isBlank()) {
      command.add("-cp");
      command.add(
          System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
      command.add("org.worktime.app.Main");
    } else {
      command.add("-jar");
      command.add(jar);
    }
    command.add("serve");
    command.add("--port");
    command.add("0");
    // The suites measure crashes and races, not Bitrix24's request limit, which writers as fast
    // as these would reach within seconds.
    command.add("--bitrix-limit");
    command.add("999999999/999999999");
    command.addAll(store);
    long started = System.nanoTime();
    process =
        new ProcessBuilder(command)
            .redirectError(ProcessBuilder.Redirect.appendTo(errors.toFile()))
            .start();
    reader = new Thread(this::readLines, name + "-stdout");
    reader.setDaemon(true);
    reader.start();
    String line = next();
    Matcher serving = SERVING.matcher(line);
    while (!serving.find()) {
      line = next();
      serving = SERVING.matcher(line);
    }
    port = Integer.parseInt(serving.group(1));
    startSeconds = (System.nanoTime() - started) / 1e9;
    String key = null;
    while (greeting && !line.strip().startsWith("curl -s -X POST")) {
      line = next();
      Matcher token = TOKEN.matcher(line);
      if (key == null && token.find()) {
        key = token.group(1);
      }
    }
    adminKey = Optional.ofNullable(key);
    if (greeting) {
      assertThat(adminKey).as("the first start prints an admin key").isPresent();
    }
  }

  /** Starts serve on the store and waits until it says where it serves (a minute at most). */
  static ServeProcess start(Path logs, String name, List<String> store, boolean greeting)
      throws IOException, InterruptedException {
    return new ServeProcess(logs, name, store, greeting);
  }

  private void readLines() {
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        synchronized (lines) {
          lines.add(line);
        }
        queue.add(line);
      }
    } catch (IOException ended) {
      // The process is gone; what it printed is kept.
    }
  }

  private String next() throws InterruptedException {
    String line = queue.poll(60, TimeUnit.SECONDS);
    if (line == null) {
      throw new AssertionError(
          "serve printed no line within a minute; alive=" + process.isAlive() + "\n" + output());
    }
    return line;
  }

  int port() {
    return port;
  }

  String base() {
    return "http://127.0.0.1:" + port;
  }

  /** From the fork to the line that says where it serves. */
  double startSeconds() {
    return startSeconds;
  }

  long pid() {
    return process.pid();
  }

  String adminKey() {
    return adminKey.orElseThrow();
  }

  /** SIGKILL: no shutdown hook runs, nothing is flushed or closed. */
  void kill9() throws InterruptedException {
    process.destroyForcibly();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("serve dies on SIGKILL").isTrue();
    reader.join(10_000);
  }

  /** SIGTERM, as an operator stops it: requests in flight finish, the store is closed. */
  void stop() throws InterruptedException {
    process.destroy();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("serve stops on SIGTERM").isTrue();
    reader.join(10_000);
  }

  /** Everything printed so far: standard output, then standard error. */
  String output() {
    StringBuilder all = new StringBuilder();
    synchronized (lines) {
      lines.forEach(line -> all.append(line).append('\n'));
    }
    try {
      if (Files.exists(errors)) {
        all.append(Files.readString(errors, StandardCharsets.UTF_8));
      }
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    return all.toString();
  }

  /** The lines printed so far that contain the text, whatever its case. */
  List<String> linesMentioning(String text) {
    String wanted = text.toLowerCase(java.util.Locale.ROOT);
    return output()
        .lines()
        .filter(line -> line.toLowerCase(java.util.Locale.ROOT).contains(wanted))
        .toList();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }
}
