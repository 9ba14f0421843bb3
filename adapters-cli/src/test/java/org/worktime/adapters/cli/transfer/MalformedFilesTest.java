package org.worktime.adapters.cli.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.worktime.adapters.cli.CliTestSupport;
import org.worktime.adapters.cli.CommandRun;

/** A file that is not its format is refused whole, on one line naming where: exit code 2. */
class MalformedFilesTest {

  @TempDir Path directory;

  private final CliTestSupport cli = new CliTestSupport(ImportCommandTest.NOW);

  @BeforeEach
  void aCompany() {
    cli.company("Ada", ImportCommandTest.BERLIN);
  }

  private String refused(String name, String content) throws IOException {
    Path file = Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
    CommandRun run = cli.run("import", file.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.out()).isEmpty();
    return run.err().substring(("worktime: " + file + ": ").length()).strip();
  }

  private static String employee(String days) {
    return "{\"format\": \"worktime\", \"version\": 1, \"employees\": [\n"
        + "{\"number\": 1, \"days\": [\n"
        + days
        + "]}]}";
  }

  @Test
  void anotherVersionOrFormat() throws IOException {
    assertThat(refused("a.json", "{\"format\": \"worktime\", \"version\": 2}"))
        .isEqualTo(
            "line 1, column 35: \"version\" 2 is not one this worktime reads (1); nothing was imported");
    assertThat(refused("b.json", "{\"version\": 1}"))
        .contains("\"format\": \"worktime\" is missing");
  }

  @Test
  void anUnknownFieldATimeWithoutOffsetOrAnUnknownZone() throws IOException {
    assertThat(
            refused(
                "a.json",
                employee(
                    "{\"zone\": \"UTC\", \"start\": \"2026-03-10T09:00:00Z\", \"ende\": null}")))
        .startsWith("line 3, column 1: day has an unknown field \"ende\"");
    assertThat(
            refused("b.json", employee("{\"zone\": \"UTC\", \"start\": \"2026-03-10T09:00:00\"}")))
        .contains("day: \"start\" must be a time with an offset");
    assertThat(
            refused(
                "c.json",
                employee("{\"zone\": \"Mars/Olympus\", \"start\": \"2026-03-10T09:00:00Z\"}")))
        .contains("\"zone\" names a time zone this Java does not know: 'Mars/Olympus'");
  }

  @Test
  void anEmployeesFieldsComeBeforeItsDays() throws IOException {
    assertThat(
            refused(
                "a.json",
                "{\"format\": \"worktime\", \"version\": 1, \"employees\": [{\"number\": 1,"
                    + " \"days\": [], \"name\": \"late\"}]}"))
        .contains("\"name\" must come before the employee's days and timers");
  }

  @Test
  void aKeyGivenTwice() throws IOException {
    assertThat(refused("a.json", "{\"format\": \"worktime\", \"format\": \"worktime\"}"))
        .contains("Duplicate field 'format'");
  }

  @Test
  void csvWithoutTheHeaderABreakWithoutItsDayOrAnOpenQuote() throws IOException {
    String header = String.join(",", CsvColumns.HEADER) + "\n";
    assertThat(refused("a.csv", "employee,kind\n"))
        .startsWith("line 1: the first line must be the header");
    assertThat(refused("b.csv", header + "1,break,,2026-03-10T09:00:00Z,,,,,,,,,\n"))
        .startsWith("line 2: a break row must follow its day's row");
    assertThat(
            refused(
                "c.csv",
                header
                    + "1,day,UTC,2026-03-10T09:00:00Z,,,,,,,,\"open,\n"
                    + "1,day,UTC,2026-03-11T09:00:00Z,,,,,,,,,\n"))
        .startsWith("line 2: a quoted field is not closed");
    assertThat(refused("d.csv", header + "1,day,UTC,2026-03-10T09:00:00Z\n"))
        .startsWith("line 2: has 4 fields, not 13 as the header");
  }
}
