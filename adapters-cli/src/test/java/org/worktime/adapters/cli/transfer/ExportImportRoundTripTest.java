package org.worktime.adapters.cli.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.worktime.adapters.cli.CliTestSupport;
import org.worktime.adapters.cli.CommandRun;

/** Export, import into an empty store, export again: the same document, byte for byte. */
class ExportImportRoundTripTest {

  /**
   * Every field the document has: two employees (the second created by the import), a closed day
   * with notes and a break, a pending day, a day on a break that still runs, stopped and running
   * timers with every detail; Hebrew, emoji and quotes in the texts.
   */
  static final String DOCUMENT =
      """
      {"format": "worktime", "version": 1, "from": null, "to": null, "employees": [
        {"number": 1, "name": "Ada", "email": "ada@example.org", "role": "admin", "zone": "Europe/Berlin",
         "days": [
           {"zone": "Europe/Berlin", "start": "2026-03-09T08:00:00+01:00", "end": "2026-03-09T17:00:00+01:00",
            "breaks": [{"start": "2026-03-09T12:00:00+01:00", "end": "2026-03-09T12:45:30.25+01:00"}],
            "source": "terminal", "approval": "approved", "note": "בוקר טוב ☀️", "end_note": "done, \\"finally\\""},
           {"zone": "Europe/Berlin", "start": "2026-03-29T01:30:00+01:00", "end": "2026-03-29T03:30:00+02:00",
            "breaks": [], "source": "web", "approval": "pending", "note": null, "end_note": null},
           {"zone": "Asia/Jerusalem", "start": "2026-03-31T08:00:00+03:00", "end": null,
            "breaks": [{"start": "2026-03-31T10:00:00+03:00", "end": "2026-03-31T10:15:00+03:00"},
                       {"start": "2026-03-31T14:30:00+03:00", "end": null}],
            "source": "phone", "approval": "approved", "note": null, "end_note": null}
         ],
         "timers": [
           {"zone": "Europe/Berlin", "start": "2026-03-09T08:00:00+01:00", "end": "2026-03-09T10:00:00+01:00",
            "source": "api", "account": "לקוח-7", "name": "סקירה", "external_id": "DR-4258", "comment": "👩‍💻 line one\\nline two"},
           {"zone": "Asia/Jerusalem", "start": "2026-03-31T09:00:00+03:00", "end": null,
            "source": "cli", "account": null, "name": null, "external_id": null, "comment": null}
         ]},
        {"number": 2, "name": "Dana Levi", "email": "dana@example.org", "role": "employee", "zone": "Asia/Jerusalem",
         "days": [
           {"zone": "Asia/Jerusalem", "start": "2026-03-10T09:00:00+02:00", "end": "2026-03-10T18:00:00+02:00",
            "breaks": [], "source": "cli", "approval": "approved", "note": "שלום", "end_note": null}
         ],
         "timers": []}
      ]}
      """;

  @TempDir Path directory;

  @Test
  void jsonComesBackTheSame() throws IOException {
    Path first = exportedAfterImporting(DOCUMENT, "in.json", "first.json", "json");
    Path second =
        exportedAfterImporting(Files.readString(first), "first-copy.json", "second.json", "json");

    assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    String text = Files.readString(first, StandardCharsets.UTF_8);
    assertThat(text)
        .contains(
            "\"note\": \"בוקר טוב ☀️\"",
            "\"comment\": \"👩‍💻 line one\\nline two\"",
            "\"end\": \"2026-03-09T12:45:30.25+01:00\"",
            "\"end\": \"2026-03-29T03:30:00+02:00\"",
            "\"approval\": \"pending\"",
            "\"name\": \"Dana Levi\"",
            "{\n              \"start\": \"2026-03-31T14:30:00+03:00\",\n"
                + "              \"end\": null\n            }");
  }

  @Test
  void csvComesBackTheSame() throws IOException {
    Path json = directory.resolve("in.json");
    Files.writeString(json, DOCUMENT, StandardCharsets.UTF_8);
    CliTestSupport source = new CliTestSupport(ImportCommandTest.NOW);
    source.company("Ada", ZoneId.of("Europe/Berlin"));
    assertThat(source.run("import", json.toString()).exitCode()).isZero();
    Path first = directory.resolve("first.csv");
    assertThat(source.run("export", "--all", "--output", first.toString()).exitCode()).isZero();

    CliTestSupport target = new CliTestSupport(ImportCommandTest.NOW);
    target.company("Ada", ZoneId.of("Europe/Berlin"));
    target.run("import", json.toString(), "--user", "2");
    CommandRun imported = target.run("import", first.toString());
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    Path second = directory.resolve("second.csv");
    target.run("export", "--all", "-o", second.toString());

    assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    assertThat(Files.readString(first, StandardCharsets.UTF_8))
        .startsWith(
            "employee,kind,zone,start,end,source,approval,account,name,external_id,comment,note,end_note\r\n"
                + "1,day,Europe/Berlin,2026-03-09T08:00:00+01:00,2026-03-09T17:00:00+01:00,terminal,"
                + "approved,,,,,בוקר טוב ☀️,\"done, \"\"finally\"\"\"\r\n"
                + "1,break,,2026-03-09T12:00:00+01:00,2026-03-09T12:45:30.25+01:00,,,,,,,,\r\n")
        .contains(
            "1,timer,Europe/Berlin,2026-03-09T08:00:00+01:00,2026-03-09T10:00:00+01:00,api,,לקוח-7,"
                + "סקירה,DR-4258,\"👩‍💻 line one\nline two\",,\r\n");
  }

  private Path exportedAfterImporting(String document, String in, String out, String format)
      throws IOException {
    Path input = directory.resolve(in);
    Files.writeString(input, document, StandardCharsets.UTF_8);
    CliTestSupport empty = new CliTestSupport(ImportCommandTest.NOW);
    empty.company("Ada", ZoneId.of("Europe/Berlin"));
    CommandRun imported = empty.run("import", input.toString());
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("created:         4 days, 2 timers, 1 employees");
    Path output = directory.resolve(out);
    CommandRun exported =
        empty.run("export", "--all", "--format", format, "--output", output.toString());
    assertThat(exported.exitCode()).as(exported.err()).isZero();
    assertThat(exported.out())
        .isEqualToIgnoringNewLines(
            "Exported 4 days and 2 timers of 2 employees to " + output + " (" + format + ")");
    return output;
  }
}
