package org.worktime.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code worktime} command line: each command a separate JVM on the test class path, on an
 * embedded H2 file in a temporary data directory, as a person or a script would run it.
 *
 * <p>A day's times are given with {@code --at}, in a zone where it is now about 14:00: the company
 * the first command creates lives in the process's default zone, so 09:00 to 11:00 lie earlier
 * today whatever the hour the test runs, and the totals are exact.
 */
class CommandLineProcessTest {

  @TempDir Path data;

  private final List<Process> started = new ArrayList<>();
  private final String zone = zoneWhereItIsAboutTwoPm();

  @AfterEach
  void stopEverything() throws InterruptedException {
    for (Process process : started) {
      process.destroy();
      process.waitFor(20, TimeUnit.SECONDS);
    }
  }

  @Test
  void aDayOpenedPausedResumedAndClosedShowsClosedWithTheRightTotals() throws Exception {
    Finished opened = worktime("open", "--at", "09:00");
    Finished paused = worktime("pause", "--at", "10:00");
    Finished resumed = worktime("resume", "--at", "10:30");
    Finished closed = worktime("close", "--at", "11:00");
    Finished status = worktime("status");

    assertThat(opened.code()).as(opened.err()).isZero();
    assertThat(opened.out()).startsWith("Opened ").contains("'s day at 09:00 " + zone);
    assertThat(opened.err()).startsWith("worktime: first use: created the company");
    assertThat(paused.out()).startsWith("Paused ").contains("'s day at 10:00 " + zone);
    assertThat(resumed.out()).contains("'s day at 10:30 " + zone + " after a 0:30 break");
    assertThat(closed.out())
        .contains("'s day at 11:00 " + zone + "; worked 2:00, breaks 0:30, net 1:30");
    String today = LocalDate.now(ZoneId.of(zone)).toString();
    assertThat(status.out())
        .contains(
            "(number 1): CLOSED, started "
                + today
                + " 09:00 "
                + zone
                + ", ended "
                + today
                + " 11:00 "
                + zone
                + "; worked 2:00, breaks 0:30, net 1:30")
        .doesNotContain("\u001B");
    for (Finished run : List.of(paused, resumed, closed, status)) {
      assertThat(run.code()).as(run.err()).isZero();
      assertThat(run.err()).isEmpty();
    }
  }

  @Test
  void hebrewComesBackByteForByteAndWrongArgumentsAndRefusalsAreOneLine() throws Exception {
    String name = "דנה כהן 🌻";
    Finished added = worktime("employee", "add", "--name", name, "--email", "dana@example.co.il");
    Finished listedUnderACLocale = worktime(Map.of("LANG", "C", "LC_ALL", "C"), "employee", "list");
    Finished wrong = worktime("open", "--at", "25:00");
    Finished refused = worktime("pause");

    assertThat(added.code()).as(added.err()).isZero();
    assertThat(added.out()).startsWith("Added " + name + " (number 2)");
    assertThat(listedUnderACLocale.code()).isZero();
    assertThat(listedUnderACLocale.out().lines())
        .anySatisfy(line -> assertThat(line).startsWith("2       " + name + "  "));
    assertThat(wrong.code()).isEqualTo(2);
    assertThat(wrong.err().lines()).hasSize(1);
    assertThat(wrong.err())
        .startsWith("worktime: Invalid value for option '--at': '25:00' is not a time;");
    assertThat(refused.code()).isEqualTo(1);
    assertThat(refused.err().lines()).hasSize(1);
    assertThat(refused.err()).startsWith("worktime: cannot pause");
    assertThat(wrong.out() + refused.out()).isEmpty();
  }

  @Test
  void theCommandLineAndARunningServeOnOneStoreSeeEachOthersWrites() throws Exception {
    Serving serving = serve();

    Finished opened = worktime("open");
    String statusOverHttp =
        http(
            HttpRequest.newBuilder(
                    URI.create(serving.base() + "/rest/timeman.status?auth=" + serving.key()))
                .GET());
    String closedOverHttp =
        http(
            HttpRequest.newBuilder(URI.create(serving.base() + "/rest/timeman.close"))
                .header("Authorization", "Bearer " + serving.key())
                .POST(HttpRequest.BodyPublishers.noBody()));
    Finished status = worktime("status");

    assertThat(opened.code()).as(opened.err()).isZero();
    assertThat(opened.err()).as("serve created the company").isEmpty();
    assertThat(statusOverHttp).startsWith("{\"result\":{\"STATUS\":\"OPENED\"");
    assertThat(closedOverHttp).startsWith("{\"result\":{\"STATUS\":\"CLOSED\"");
    assertThat(status.code()).isZero();
    assertThat(status.out()).startsWith("Administrator (number 1): CLOSED, started ");
  }

  // --- processes ---

  private record Finished(int code, String out, String err) {}

  private record Serving(String base, String key) {}

  private Finished worktime(String... args) throws Exception {
    return worktime(Map.of(), args);
  }

  /** Runs one command on the test's data directory to its end. */
  private Finished worktime(Map<String, String> environment, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(args));
    command.add("--data");
    command.add(data.toString());
    ProcessBuilder builder = new ProcessBuilder(java(command));
    builder.environment().putAll(environment);
    Process process = builder.start();
    started.add(process);
    CompletableFuture<byte[]> out =
        CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
    CompletableFuture<byte[]> err =
        CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
    assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("worktime " + args[0] + " ends").isTrue();
    return new Finished(
        process.exitValue(),
        new String(out.get(30, TimeUnit.SECONDS), StandardCharsets.UTF_8),
        new String(err.get(30, TimeUnit.SECONDS), StandardCharsets.UTF_8));
  }

  /** Starts {@code serve} on a free port and reads its greeting up to the admin key. */
  private Serving serve() throws Exception {
    Process process =
        new ProcessBuilder(java(List.of("serve", "--port", "0", "--data", data.toString())))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    started.add(process);
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader out =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                  lines.add(line);
                }
              } catch (IOException ended) {
                // The process is gone; what it printed is in the queue.
              }
            });
    reader.setDaemon(true);
    reader.start();
    String base = null;
    while (true) {
      String line = lines.poll(90, TimeUnit.SECONDS);
      assertThat(line).as("serve prints its greeting within 90 s").isNotNull();
      if (base == null) {
        base = line.replaceAll(".*serving (http://127\\.0\\.0\\.1:\\d+).*", "$1");
      }
      if (line.strip().startsWith("curl -s '")) {
        return new Serving(base, line.replaceAll(".*auth=(wt_[^']+)'.*", "$1"));
      }
    }
  }

  private List<String> java(List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Duser.timezone=" + zone);
    command.add("-cp");
    command.add(
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    command.add(Main.class.getName());
    command.addAll(args);
    return command;
  }

  private static byte[] readAll(java.io.InputStream stream) {
    try {
      return stream.readAllBytes();
    } catch (IOException gone) {
      return new byte[0];
    }
  }

  private static String http(HttpRequest.Builder request) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }

  /**
   * The fixed-offset zone (IANA's {@code Etc/GMT-N}, whose sign is reversed) in which it is now
   * between 14:00 and 15:00; every hour of the UTC day finds one between UTC-9 and UTC+14.
   */
  private static String zoneWhereItIsAboutTwoPm() {
    int offset = 14 - Instant.now().atZone(ZoneOffset.UTC).getHour();
    return offset == 0 ? "Etc/GMT" : "Etc/GMT" + (offset > 0 ? "-" + offset : "+" + (-offset));
  }
}
