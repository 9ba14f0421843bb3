package org.worktime.adapters.cli.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.worktime.adapters.cli.CliTestSupport;
import org.worktime.adapters.cli.CommandRun;
import org.worktime.application.Actor;
import org.worktime.application.Channel;
import org.worktime.application.Request;
import org.worktime.domain.text.Note;
import org.worktime.domain.timer.AccountId;
import org.worktime.domain.timer.TaskTimer;
import org.worktime.domain.workday.Workday;

class ImportCommandTest {

  static final Instant NOW = Instant.parse("2026-03-31T12:00:00Z");
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  /**
   * Four Berlin days: two intervals with a lunch gap, a meeting with two tags, an hour across the
   * start of summer time (01:30 CET to 03:30 CEST), and an interval still running at noon.
   */
  static final String TIMEW =
      """
      [
      {"id":5,"start":"20260309T070000Z","end":"20260309T110000Z","tags":["work","acme"],"annotation":"שלום 👋"},
      {"id":4,"start":"20260309T120000Z","end":"20260309T160000Z","tags":["work"]},
      {"id":3,"start":"20260310T080000Z","end":"20260310T093000Z","tags":["globex","meeting"]},
      {"id":2,"start":"20260329T003000Z","end":"20260329T013000Z","tags":["work"]},
      {"id":1,"start":"20260331T090000Z","tags":["work","acme"]}
      ]
      """;

  @TempDir Path directory;

  private final CliTestSupport cli = new CliTestSupport(NOW);

  @Test
  void aTimewarriorExportBecomesOneDayPerLocalDateWithItsGapsAsBreaks() throws IOException {
    Actor ada = cli.company("Ada", BERLIN);

    CommandRun run = cli.run("import", file("timew.json", TIMEW).toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains(
            "(timewarrior, 7 records)", "created:         4 days, 3 timers", "refused:         0");
    List<Workday> days = days(ada);
    assertThat(days)
        .extracting(Workday::date)
        .containsExactly(
            LocalDate.of(2026, 3, 9),
            LocalDate.of(2026, 3, 10),
            LocalDate.of(2026, 3, 29),
            LocalDate.of(2026, 3, 31));
    assertThat(days)
        .extracting(day -> day.netWorkedAt(NOW))
        .containsExactly(
            Duration.ofHours(8), Duration.ofMinutes(90), Duration.ofHours(1), Duration.ofHours(3));
    assertThat(days.get(0).breaks()).hasSize(1);
    assertThat(days.get(3).end()).isEmpty();
  }

  @Test
  void taggedOrAnnotatedIntervalsAlsoBecomeTaskTimersKeepingTheirTextExactly() throws IOException {
    Actor ada = cli.company("Ada", BERLIN);

    cli.run("import", file("timew.json", TIMEW).toString(), "--format", "timewarrior");

    List<TaskTimer> timers = timers(ada);
    assertThat(timers)
        .extracting(timer -> timer.details().account().map(AccountId::value).getOrNull())
        .containsExactly("acme", "globex", "acme");
    assertThat(timers.get(0).details().comment().map(Note::text)).contains("שלום 👋");
    assertThat(timers.get(1).details().name().map(Note::text)).contains("globex, meeting");
    assertThat(timers.get(2)).isInstanceOf(org.worktime.domain.timer.RunningTimer.class);
  }

  @Test
  void importingTheSameFileAgainCreatesNothing() throws IOException {
    Actor ada = cli.company("Ada", BERLIN);
    Path timew = file("timew.json", TIMEW);
    cli.run("import", timew.toString());

    CommandRun again = cli.run("import", timew.toString(), "--json");

    assertThat(again.exitCode()).isZero();
    assertThat(again.out())
        .contains("\"records\":7", "\"created\":{", "\"already_present\":{", "\"refused_count\":0");
    assertThat(again.out())
        .containsPattern(
            "\"already_present\":\\{(\"days\":4,\"timers\":3|\"timers\":3,\"days\":4)\\}");
    assertThat(days(ada)).hasSize(4);
    assertThat(timers(ada)).hasSize(3);
  }

  @Test
  void recordsThatOverlapWhatIsThereAreRefusedListedAndTheRestImported() throws IOException {
    Actor ada = cli.company("Ada", BERLIN);
    cli.run(
        "import",
        file(
                "first.json",
                "[{\"start\":\"20260310T090000Z\",\"end\":\"20260310T100000Z\",\"tags\":[]}]")
            .toString());

    CommandRun run = cli.run("import", file("timew.json", TIMEW).toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("created:         3 days, 3 timers", "refused:         1");
    assertThat(run.err())
        .startsWith("worktime: 1 of 7 records refused:")
        .contains(
            "line 4: day 2026-03-10 of employee 1: the workday would overlap another workday");
    assertThat(days(ada)).hasSize(4);
  }

  @Test
  void aTruncatedFileIsMalformedOnOneLineAndNothingIsImported() throws IOException {
    Actor ada = cli.company("Ada", BERLIN);
    String truncated = TIMEW.substring(0, TIMEW.indexOf("{\"id\":1"));

    CommandRun run = cli.run("import", file("timew.json", truncated).toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err())
        .startsWith("worktime: " + directory.resolve("timew.json") + ": line 6, column 1: ")
        .endsWith("; nothing was imported" + System.lineSeparator());
    assertThat(days(ada)).isEmpty();
  }

  @Test
  void intervalsOutOfOrderAreMalformedEvenAfterValidOnes() throws IOException {
    Actor ada = cli.company("Ada", BERLIN);
    String shuffled =
        "[{\"start\":\"20260310T080000Z\",\"end\":\"20260310T090000Z\"},\n"
            + "{\"start\":\"20260309T080000Z\",\"end\":\"20260309T090000Z\"}]";

    CommandRun run = cli.run("import", file("timew.json", shuffled).toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("line 2, column 1: the interval starts before the one before it ends");
    assertThat(days(ada)).isEmpty();
  }

  @Test
  void aMissingFileOrAnUnknownFormatIsAUsageError() throws IOException {
    cli.company("Ada", BERLIN);

    CommandRun missing = cli.run("import", directory.resolve("nothing.json").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err())
        .isEqualToIgnoringNewLines(
            "worktime: cannot read " + directory.resolve("nothing.json") + ": no such file");

    CommandRun unknown = cli.run("import", file("x.json", "[]").toString(), "--format", "xml");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("--format must be json, csv or timewarrior, not 'xml'");
  }

  @Test
  void invalidUtf8IsMalformed() throws IOException {
    Actor ada = cli.company("Ada", BERLIN);
    Path broken = directory.resolve("broken.json");
    byte[] bytes =
        "[{\"start\":\"20260310T080000Z\",\"annotation\":\"x".getBytes(StandardCharsets.UTF_8);
    byte[] withBadByte = new byte[bytes.length + 3];
    System.arraycopy(bytes, 0, withBadByte, 0, bytes.length);
    withBadByte[bytes.length] = (byte) 0xff;
    withBadByte[bytes.length + 1] = '"';
    withBadByte[bytes.length + 2] = '}';
    Files.write(broken, withBadByte);

    CommandRun run = cli.run("import", broken.toString(), "--format", "timewarrior");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("line 1, column").contains("UTF-8");
    assertThat(days(ada)).isEmpty();
  }

  @Test
  void theTimewarriorTimeGoesToTheEmployeeNamedByUser() throws IOException {
    cli.company("Ada", BERLIN);
    CommandRun unknown = cli.run("import", file("timew.json", TIMEW).toString(), "--user", "2");

    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.err()).isEqualToIgnoringNewLines("worktime: no employee number 2");
  }

  @Test
  void aPipeIsReadOnceIntoACopyAndNamedInMessages() throws IOException, InterruptedException {
    Actor ada = cli.company("Ada", BERLIN);
    Path fifo = directory.resolve("pipe");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    Thread writer =
        new Thread(
            () -> {
              try {
                Files.writeString(fifo, TIMEW, StandardCharsets.UTF_8);
              } catch (IOException failed) {
                throw new java.io.UncheckedIOException(failed);
              }
            });
    writer.start();

    CommandRun run = cli.run("import", fifo.toString(), "--format", "timewarrior");
    writer.join();

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("Imported " + fifo + " (timewarrior, 7 records)");
    assertThat(days(ada)).hasSize(4);
  }

  Path file(String name, String content) throws IOException {
    return Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
  }

  private List<Workday> days(Actor whose) {
    List<Workday> found = new ArrayList<>();
    cli.workplaces()
        .engine
        .workdaysInPeriod()
        .forEachDay(
            Request.of(whose, Channel.CLI),
            Option.some(whose.employee()),
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 31),
            found::add);
    return found;
  }

  private List<TaskTimer> timers(Actor whose) {
    List<TaskTimer> found = new ArrayList<>();
    cli.workplaces()
        .engine
        .timersInPeriod()
        .forEachTimer(
            Request.of(whose, Channel.CLI),
            Option.some(whose.employee()),
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 31),
            found::add);
    return found;
  }
}
