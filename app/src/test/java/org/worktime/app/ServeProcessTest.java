package org.worktime.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code worktime serve} process: a separate JVM on the test class path, on an embedded H2
 * file in a temporary data directory, stopped by SIGTERM as an operator would stop it.
 */
class ServeProcessTest {

  @TempDir Path data;

  private final List<Process> started = new ArrayList<>();

  @AfterEach
  void stopEverything() throws InterruptedException {
    for (Process process : started) {
      process.destroy();
      process.waitFor(20, TimeUnit.SECONDS);
    }
  }

  @Test
  void theFirstStartPrintsAnAdminKeyAndTwoCommandsThatWorkAsPrinted() throws Exception {
    Serving serving = serve(true, "--port", "0", "--data", data.toString());

    assertThat(serving.lines().get(0))
        .startsWith("worktime ")
        .contains(" serving http://127.0.0.1:");
    List<String> commands =
        serving.lines().stream()
            .map(String::strip)
            .filter(line -> line.startsWith("curl "))
            .toList();
    assertThat(commands).hasSize(2);

    assertThat(shell(commands.get(0))).startsWith("{\"result\":{\"STATUS\":\"CLOSED\"},\"time\":{");
    assertThat(shell(commands.get(1))).startsWith("{\"result\":{\"STATUS\":\"OPENED\"");
    assertThat(shell(commands.get(0))).startsWith("{\"result\":{\"STATUS\":\"OPENED\"");
  }

  @Test
  void theJsonRpcServiceAnswersOnTheSamePortWithTheSameKey() throws Exception {
    Serving serving = serve(true, "--port", "0", "--data", data.toString());
    List<String> commands =
        serving.lines().stream()
            .map(String::strip)
            .filter(line -> line.startsWith("curl "))
            .toList();
    shell(commands.get(1)); // open today's day through Bitrix
    String key = commands.get(0).replaceAll(".*auth=(wt_[^']+)'.*", "$1");
    String today = java.time.LocalDate.now(java.time.ZoneId.systemDefault()).toString();

    String answer =
        shell(
            "curl -s -X POST -H 'Authorization: Bearer "
                + key
                + "' -H 'Content-Type: application/json' -d '{\"jsonrpc\":\"2.0\",\"id\":1,"
                + "\"method\":\"sessions\",\"params\":{\"startDate\":\""
                + java.time.LocalDate.parse(today).minusDays(1)
                + "\",\"endDate\":\""
                + java.time.LocalDate.parse(today).plusDays(1)
                + "\"}}' 'http://127.0.0.1:"
                + serving.port()
                + "/api/v1/json-rpc'");

    assertThat(answer)
        .startsWith("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":[{\"employeeNumber\":1")
        .contains("\"endDate\":null");
  }

  @Test
  void aRestartKeepsTheDataAndPrintsNoNewKey() throws Exception {
    Serving first = serve(true, "--port", "0", "--data", data.toString());
    List<String> commands =
        first.lines().stream().map(String::strip).filter(line -> line.startsWith("curl ")).toList();
    shell(commands.get(1));
    stop(first.process());

    Serving second = serve(false, "--port", "0", "--data", data.toString());
    String status =
        commands.get(0).replaceAll("127\\.0\\.0\\.1:\\d+", "127.0.0.1:" + second.port());
    assertThat(shell(status)).startsWith("{\"result\":{\"STATUS\":\"OPENED\"");
    stop(second.process());

    // Everything the restarted server printed, to its end: no greeting, no key.
    assertThat(second.out().rest()).doesNotContain("wt_").doesNotContain("First start");
  }

  @Test
  void aKilledServerIsNamedOnTheNextStartWhichChecksTheStoreAndACleanStopIsNot() throws Exception {
    Serving first = serve(true, "--port", "0", "--data", data.toString());
    List<String> commands =
        first.lines().stream().map(String::strip).filter(line -> line.startsWith("curl ")).toList();
    shell(commands.get(1)); // opened, and acknowledged
    first.process().destroyForcibly(); // SIGKILL: no shutdown hook runs
    assertThat(first.process().waitFor(30, TimeUnit.SECONDS)).isTrue();

    Process afterKill = start("--port", "0", "--data", data.toString());
    Lines out = new Lines(afterKill);
    String warning = out.next();
    assertThat(warning)
        .startsWith("worktime: the last serve of this store did not stop cleanly (process ")
        .containsPattern("checked the store: \\d+ tables and \\d+ rows read$");
    String serving = out.next();
    String status =
        commands
            .get(0)
            .replaceAll(
                "127\\.0\\.0\\.1:\\d+",
                "127.0.0.1:" + serving.replaceAll(".*127\\.0\\.0\\.1:(\\d+).*", "$1"));
    assertThat(shell(status)).startsWith("{\"result\":{\"STATUS\":\"OPENED\"");
    stop(afterKill);

    Serving afterCleanStop = serve(false, "--port", "0", "--data", data.toString());
    assertThat(afterCleanStop.lines().get(0)).startsWith("worktime ").contains(" serving ");
    stop(afterCleanStop.process());
    assertThat(afterCleanStop.out().rest()).doesNotContain("did not stop cleanly");
  }

  @Test
  void twoProcessesShareOneEmbeddedStoreAndSeeEachOthersWrites() throws Exception {
    Serving first = serve(true, "--port", "0", "--data", data.toString());
    Serving second = serve(false, "--port", "0", "--data", data.toString());
    List<String> commands =
        first.lines().stream().map(String::strip).filter(line -> line.startsWith("curl ")).toList();

    shell(commands.get(1)); // open the day through the first process
    String statusThroughSecond =
        commands.get(0).replaceAll("127\\.0\\.0\\.1:\\d+", "127.0.0.1:" + second.port());

    assertThat(shell(statusThroughSecond)).startsWith("{\"result\":{\"STATUS\":\"OPENED\"");
  }

  @Test
  void aPortInUseIsOneClearLineAndExitCodeOne() throws Exception {
    try (ServerSocket taken = new ServerSocket(0)) {
      Process process =
          start("--port", String.valueOf(taken.getLocalPort()), "--data", data.toString());

      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).isEqualTo(1);
      String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(errors)
          .contains("worktime: ")
          .doesNotContain("\tat ")
          .doesNotContain("Exception in");
    }
  }

  @Test
  void aWebhooksSecretIsInNoLineTheServerPrintsWhateverTheRequest() throws Exception {
    Process issue =
        new ProcessBuilder(javaCommand("key", "webhook", "--user", "1", "--data", data.toString()))
            .start();
    String path = new String(issue.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(issue.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(path).matches("rest/1/wt_[^/]+/");
    String secret = path.split("/")[2];
    Process process =
        new ProcessBuilder(javaCommand("serve", "--port", "0", "--data", data.toString()))
            .redirectErrorStream(true)
            .start();
    started.add(process);
    Lines out = new Lines(process);
    String first = out.next();
    while (!first.contains(" serving http://")) {
      first = out.next();
    }
    int port = Integer.parseInt(first.replaceAll(".*127\\.0\\.0\\.1:(\\d+).*", "$1"));
    String base = "'http://127.0.0.1:" + port + "/";

    assertThat(shell("curl -s " + base + path + "timeman.status'"))
        .startsWith("{\"result\":{\"STATUS\":\"CLOSED\"}");
    assertThat(shell("curl -s " + base + "rest/2/" + secret + "/timeman.status'"))
        .contains("INVALID_CREDENTIALS")
        .doesNotContain(secret);
    assertThat(shell("curl -s " + base + path + "timeman.nothing'"))
        .contains("ERROR_METHOD_NOT_FOUND")
        .doesNotContain(secret);
    assertThat(shell("curl -s " + base + path + "a/b/c'"))
        .contains("ERROR_METHOD_NOT_FOUND")
        .doesNotContain(secret);
    assertThat(shell("curl -s -X PUT " + base + path + "timeman.open'"))
        .contains("ERROR_METHOD_NOT_ALLOWED")
        .doesNotContain(secret);
    assertThat(
            shell(
                "curl -s -H 'Content-Type: application/json' -d '{\"x\":' "
                    + base
                    + path
                    + "timeman.open'"))
        .contains("INVALID_REQUEST")
        .doesNotContain(secret);
    stop(process);

    String printed = out.rest();
    assertThat(printed)
        .contains("/rest/1/***/timeman.status")
        .doesNotContain(secret)
        .doesNotContain(secret.toLowerCase(java.util.Locale.ROOT));
  }

  private record Serving(Process process, Lines out, List<String> lines, int port) {}

  /** What a process prints, line by line, read by a thread of its own so nothing blocks. */
  private static final class Lines {
    private final BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    private final Thread reader;

    Lines(Process process) {
      reader =
          new Thread(
              () -> {
                try (BufferedReader out =
                    new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                  for (String line = out.readLine(); line != null; line = out.readLine()) {
                    queue.add(line);
                  }
                } catch (IOException ended) {
                  // The process is gone; what it printed is in the queue.
                }
              });
      reader.start();
    }

    String next() throws InterruptedException {
      String line = queue.poll(60, TimeUnit.SECONDS);
      assertThat(line).as("a line within a minute").isNotNull();
      return line;
    }

    /** Everything printed until the process ended. */
    String rest() throws InterruptedException {
      reader.join(30_000);
      return String.join("\n", queue);
    }
  }

  /** Starts the server and reads its first line, and with a greeting, up to its last line. */
  private Serving serve(boolean greeting, String... args) throws Exception {
    Process process = start(args);
    Lines out = new Lines(process);
    List<String> lines = new ArrayList<>();
    String line = out.next();
    lines.add(line);
    int port = Integer.parseInt(line.replaceAll(".*127\\.0\\.0\\.1:(\\d+).*", "$1"));
    while (greeting && !line.strip().startsWith("curl -s -X POST")) {
      line = out.next();
      lines.add(line);
    }
    return new Serving(process, out, lines, port);
  }

  private Process start(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("serve"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(javaCommand(command.toArray(String[]::new))).start();
    started.add(process);
    return process;
  }

  /** {@code worktime <args>} in a JVM of its own, on the test class path. */
  private static List<String> javaCommand(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    return command;
  }

  private static void stop(Process process) throws InterruptedException {
    process.destroy();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("serve stops on SIGTERM").isTrue();
  }

  /** Runs a printed command exactly as a person would paste it into a shell. */
  private static String shell(String command) throws IOException, InterruptedException {
    Process shell = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start();
    String output = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(shell.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(shell.exitValue()).as(output).isZero();
    return output;
  }
}
