package org.worktime.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code worktime import} and {@code export} processes on embedded H2 files, in Berlin, in
 * a C locale (so nothing but worktime itself keeps the text UTF-8), on Timewarrior's own export of
 * a fortnight (see {@code timewarrior/README.md} beside the fixture).
 */
class ImportAndExportProcessTest {

  @TempDir Path work;

  @Test
  void aTimewarriorExportImportsOnceAndItsReportAgreesWithTimewSummary() throws Exception {
    Path data = work.resolve("data");
    Path fixture = fixture("march-2026.json");

    Run first = worktime("import", fixture.toString(), "--data", data.toString());
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out())
        .contains(
            "(timewarrior, 27 records)",
            "created:         9 days, 18 timers",
            "already present: 0 days, 0 timers",
            "refused:         0");

    Run second = worktime("import", fixture.toString(), "--data", data.toString());
    assertThat(second.code()).as(second.err()).isZero();
    assertThat(second.out())
        .contains("created:         0 days, 0 timers", "already present: 9 days, 18 timers");

    Run report =
        worktime(
            "report",
            "--from",
            "2026-03-23",
            "--to",
            "2026-03-30",
            "--format",
            "json",
            "--data",
            data.toString());
    assertThat(report.code()).as(report.err()).isZero();
    JsonNode total = new ObjectMapper().readTree(report.out()).get("total");
    assertThat(Duration.ofSeconds(total.get("net_seconds").asLong()))
        .isEqualTo(timewSummaryTotal())
        .isEqualTo(Duration.parse("PT52H55M"));
    assertThat(total.get("days").asInt()).isEqualTo(8);
  }

  @Test
  void exportThenImportIntoAnEmptyStoreThenExportGivesTheSameBytes() throws Exception {
    Path original = work.resolve("original");
    assertThat(
            worktime("import", fixture("march-2026.json").toString(), "--data", original.toString())
                .code())
        .isZero();
    Path first = work.resolve("first.json");
    assertThat(
            worktime("export", "--all", "-o", first.toString(), "--data", original.toString())
                .code())
        .isZero();

    Path copy = work.resolve("copy");
    Run imported = worktime("import", first.toString(), "--data", copy.toString());
    assertThat(imported.code()).as(imported.err()).isZero();
    Path second = work.resolve("second.json");
    assertThat(
            worktime("export", "--all", "-o", second.toString(), "--data", copy.toString()).code())
        .isZero();

    assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    String document = Files.readString(first, StandardCharsets.UTF_8);
    assertThat(document)
        .contains(
            "\"comment\": \"בוקר 🌅 standup\"",
            "\"comment\": \"release \\\"v2\\\" 🚀, final\"",
            "\"account\": \"לקוח-ירושלים\"",
            "\"start\": \"2026-03-29T01:00:00+01:00\"",
            "\"end\": \"2026-03-29T03:30:00+02:00\"");
  }

  /** The total on the last line of the recorded {@code timew summary}, e.g. {@code 52:55:00}. */
  private static Duration timewSummaryTotal() throws IOException, URISyntaxException {
    List<String> lines = Files.readAllLines(fixture("march-2026.summary.txt"));
    String last = lines.stream().filter(line -> !line.isBlank()).reduce((a, b) -> b).orElseThrow();
    Matcher total = Pattern.compile("(\\d+):(\\d\\d):(\\d\\d)\\s*$").matcher(last);
    assertThat(total.find()).as(last).isTrue();
    return Duration.ofHours(Long.parseLong(total.group(1)))
        .plusMinutes(Long.parseLong(total.group(2)))
        .plusSeconds(Long.parseLong(total.group(3)));
  }

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(ImportAndExportProcessTest.class.getResource("/timewarrior/" + name).toURI());
  }

  private record Run(int code, String out, String err) {}

  private Run worktime(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> environment = builder.environment();
    environment.put("TZ", "Europe/Berlin");
    environment.put("LANG", "C");
    environment.put("LC_ALL", "C");
    environment.remove("WORKTIME_HOME");
    environment.remove("WORKTIME_DB");
    Path out = work.resolve("out.txt");
    Path err = work.resolve("err.txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("worktime " + args[0] + " ends").isTrue();
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
