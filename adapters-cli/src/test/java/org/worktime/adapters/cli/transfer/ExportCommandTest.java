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

class ExportCommandTest {

  @TempDir Path directory;

  private final CliTestSupport cli = new CliTestSupport(ImportCommandTest.NOW);

  @BeforeEach
  void aMonthOfTimewarrior() throws IOException {
    cli.company("Ada", ImportCommandTest.BERLIN);
    Path timew =
        Files.writeString(
            directory.resolve("timew.json"), ImportCommandTest.TIMEW, StandardCharsets.UTF_8);
    assertThat(cli.run("import", timew.toString()).exitCode()).isZero();
  }

  @Test
  void aPeriodGoesToStdoutAsTheDocumentAndNothingElse() {
    CommandRun run = cli.run("export", "--from", "2026-03-10", "--to", "2026-03-10");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .isEqualTo(
            """
            {
              "format": "worktime",
              "version": 1,
              "from": "2026-03-10",
              "to": "2026-03-10",
              "employees": [
                {
                  "number": 1,
                  "name": "Ada",
                  "email": "ada@example.org",
                  "role": "admin",
                  "zone": "Europe/Berlin",
                  "days": [
                    {
                      "zone": "Europe/Berlin",
                      "start": "2026-03-10T09:00:00+01:00",
                      "end": "2026-03-10T10:30:00+01:00",
                      "breaks": [],
                      "source": "cli",
                      "approval": "approved",
                      "note": null,
                      "end_note": null
                    }
                  ],
                  "timers": [
                    {
                      "zone": "Europe/Berlin",
                      "start": "2026-03-10T09:00:00+01:00",
                      "end": "2026-03-10T10:30:00+01:00",
                      "source": "cli",
                      "account": "globex",
                      "name": "globex, meeting",
                      "external_id": null,
                      "comment": null
                    }
                  ]
                }
              ]
            }
            """);
  }

  @Test
  void csvToStdoutHasTheHeaderAndARowPerDayBreakAndTimer() {
    CommandRun run =
        cli.run("export", "--format", "csv", "--from", "2026-03-09", "--to", "2026-03-09");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().split("\r\n", -1))
        .containsExactly(
            "employee,kind,zone,start,end,source,approval,account,name,external_id,comment,note,end_note",
            "1,day,Europe/Berlin,2026-03-09T08:00:00+01:00,2026-03-09T17:00:00+01:00,cli,approved,,,,,,",
            "1,break,,2026-03-09T12:00:00+01:00,2026-03-09T13:00:00+01:00,,,,,,,,",
            "1,timer,Europe/Berlin,2026-03-09T08:00:00+01:00,2026-03-09T12:00:00+01:00,cli,,acme,,,שלום 👋,,",
            "");
  }

  @Test
  void aFailedExportLeavesNoFileBehind() {
    Path target = directory.resolve("month.json");

    CommandRun run = cli.run("export", "--user", "9", "--output", target.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualToIgnoringNewLines("worktime: no employee number 9");
    assertThat(directory.toFile().list()).containsExactly("timew.json");
  }

  @Test
  void wrongOptionsAreUsageErrors() {
    assertThat(cli.run("export", "--user", "1", "--all").err())
        .contains("--user and --all exclude each other");
    CommandRun backwards = cli.run("export", "--from", "2026-03-10", "--to", "2026-03-09");
    assertThat(backwards.exitCode()).isEqualTo(2);
    assertThat(backwards.err()).contains("--to 2026-03-09 is before --from 2026-03-10");
    assertThat(cli.run("export", "--format", "xml").exitCode()).isEqualTo(2);
    assertThat(cli.run("export", "--from", "March").exitCode()).isEqualTo(2);
  }
}
