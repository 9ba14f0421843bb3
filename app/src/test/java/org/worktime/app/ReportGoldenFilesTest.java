package org.worktime.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.worktime.adapters.cli.store.StoreLocation;
import org.worktime.adapters.cli.store.Workplace;
import org.worktime.application.Actor;
import org.worktime.application.Channel;
import org.worktime.application.Engine;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.application.employee.ManageEmployeesUseCase.NewEmployee;
import org.worktime.application.workday.AddBreakUseCase;
import org.worktime.application.workday.CloseWorkdayUseCase;
import org.worktime.application.workday.DayRef;
import org.worktime.application.workday.OpenWorkdayUseCase;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.employee.Role;
import org.worktime.domain.place.Origin;
import org.worktime.domain.place.SourceType;
import org.worktime.domain.time.Interval;
import org.worktime.domain.workday.Closing;
import org.worktime.domain.workday.Timing;

/**
 * The real {@code worktime report} process over an embedded H2 store seeded in this JVM, its
 * standard output compared byte for byte with the golden files under {@code golden/}. The process
 * runs in the C locale, so the UTF-8 of the Hebrew and emoji names cannot come from the
 * environment. On a difference, what the process printed is kept under {@code
 * target/golden-actual/} to compare (and, where the change is meant, to copy over the golden file).
 */
class ReportGoldenFilesTest {

  private static final Origin TERMINAL = Origin.of(SourceType.TERMINAL);
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @TempDir static Path data;

  /**
   * A week of three employees, 2026-03-23 to 2026-03-29: overtime, a day without its break, a night
   * shift across midnight and a rest too short after it (Jerusalem), a night across Berlin's spring
   * DST change, an open day, and Hebrew and emoji names.
   */
  @BeforeAll
  static void seedAStore() {
    StoreWorkplaces store =
        new StoreWorkplaces(Clock.fixed(Instant.parse("2026-04-15T12:00:00Z"), ZoneOffset.UTC));
    try (Workplace place = store.open(StoreLocation.embedded(data))) {
      Engine engine = place.engine();
      Actor ada =
          engine
              .tenantSetup()
              .createTenant("ada@example.org", "Ada Lovelace", BERLIN)
              .getOrElseThrow(ReportGoldenFilesTest::refused);
      Request admin = Request.of(ada, Channel.CLI);
      Employee first =
          engine.employees().byNumber(admin, 1).getOrElseThrow(ReportGoldenFilesTest::refused);
      Employee david = hire(engine, admin, "דוד לוי", ZoneId.of("Asia/Jerusalem"));
      Employee zoe = hire(engine, admin, "Zoë 🚀 Chen", BERLIN);

      day(engine, admin, first, "2026-03-23T08:00", "2026-03-23T16:30", "12:00/12:30");
      day(engine, admin, first, "2026-03-24T08:00", "2026-03-24T18:15", "12:00/12:45");
      day(engine, admin, first, "2026-03-25T07:52", "2026-03-25T14:23");
      day(engine, admin, first, "2026-03-26T09:00", "2026-03-26T17:00", "12:30/13:00");

      day(engine, admin, david, "2026-03-23T09:00", "2026-03-23T17:30", "13:00/13:30");
      day(engine, admin, david, "2026-03-24T22:00", "2026-03-25T06:30", "2026-03-25T02:00/02:30");
      day(engine, admin, david, "2026-03-25T14:00", "2026-03-25T18:00");

      day(engine, admin, zoe, "2026-03-26T10:00", "2026-03-26T14:00");
      day(engine, admin, zoe, "2026-03-28T22:00", "2026-03-29T06:00", "2026-03-29T00:00/00:30");
      open(engine, admin, zoe, "2026-03-29T18:00");
    }
  }

  @Test
  void aWeekForEveryoneAsATable() throws Exception {
    assertMatchesGolden(
        "report-week-all.txt",
        "report",
        "--from",
        "2026-03-23",
        "--to",
        "2026-03-29",
        "--all",
        "--format",
        "table");
  }

  @Test
  void theSameWeekRoundedToQuarterHoursAsCsv() throws Exception {
    assertMatchesGolden(
        "report-week-all-round15.csv",
        "report",
        "--from",
        "2026-03-23",
        "--to",
        "2026-03-29",
        "--all",
        "--round",
        "15",
        "--format",
        "csv");
  }

  private static void assertMatchesGolden(String golden, String... args) throws Exception {
    byte[] printed = run(args);
    byte[] expected;
    try (InputStream in = ReportGoldenFilesTest.class.getResourceAsStream("/golden/" + golden)) {
      assertThat(in).as("golden file " + golden).isNotNull();
      expected = in.readAllBytes();
    }
    if (!java.util.Arrays.equals(printed, expected)) {
      Path actual = Path.of("target", "golden-actual", golden);
      Files.createDirectories(actual.getParent());
      Files.write(actual, printed);
    }
    assertThat(new String(printed, StandardCharsets.UTF_8))
        .as(
            "stdout of worktime %s (kept in target/golden-actual/%s)",
            String.join(" ", args), golden)
        .isEqualTo(new String(expected, StandardCharsets.UTF_8));
    assertThat(printed).isEqualTo(expected);
  }

  /** Runs {@code worktime} with the arguments on the seeded store; its standard output. */
  private static byte[] run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    command.add("--data");
    command.add(data.toString());
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("LC_ALL", "C");
    builder.environment().put("LANG", "C");
    builder.environment().remove("NO_COLOR");
    Process process = builder.start();
    CompletableFuture<byte[]> errors =
        CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
    byte[] out = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("worktime report ends").isTrue();
    assertThat(process.exitValue()).as(new String(errors.join(), StandardCharsets.UTF_8)).isZero();
    return out;
  }

  private static byte[] readAll(InputStream in) {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      return new byte[0];
    }
  }

  private static Employee hire(Engine engine, Request admin, String name, ZoneId zone) {
    String email = "n" + (engine.employees().list(admin).get().size() + 1) + "@example.org";
    return engine
        .employees()
        .add(admin, new NewEmployee(Option.none(), email, name, zone, Role.EMPLOYEE, Option.none()))
        .getOrElseThrow(ReportGoldenFilesTest::refused);
  }

  /**
   * A day recorded by a terminal from {@code start} to {@code end} (local times in the employee's
   * zone), then its breaks, each {@code start/end}; a break's end without a date is on its start's
   * date, a start without a date on the day's start date.
   */
  private static void day(
      Engine engine, Request admin, Employee who, String start, String end, String... breaks) {
    open(engine, admin, who, start);
    var closed =
        engine
            .closeWorkday()
            .close(
                new CloseWorkdayUseCase.Command(
                    admin,
                    new DayRef.LatestOf(who.id()),
                    new Closing(recorded(who, end), TERMINAL, Option.none())))
            .getOrElseThrow(ReportGoldenFilesTest::refused);
    String date = start.substring(0, 10);
    for (String pause : breaks) {
      String[] ends = pause.split("/");
      String from = ends[0].length() == 5 ? date + "T" + ends[0] : ends[0];
      String until = from.substring(0, 11) + ends[1];
      engine
          .addBreak()
          .addBreak(
              new AddBreakUseCase.Command(
                  admin,
                  closed.workday().id(),
                  new Interval(instant(who, from), instant(who, until)),
                  TERMINAL))
          .getOrElseThrow(ReportGoldenFilesTest::refused);
    }
  }

  private static void open(Engine engine, Request admin, Employee who, String start) {
    engine
        .openWorkday()
        .open(
            new OpenWorkdayUseCase.Command(
                admin, who.id(), recorded(who, start), TERMINAL, Option.none()))
        .getOrElseThrow(ReportGoldenFilesTest::refused);
  }

  private static Timing recorded(Employee who, String local) {
    return new Timing.Recorded(LocalDateTime.parse(local).atZone(who.homeZone()));
  }

  private static Instant instant(Employee who, String local) {
    return LocalDateTime.parse(local).atZone(who.homeZone()).toInstant();
  }

  private static IllegalStateException refused(Refusal refusal) {
    return new IllegalStateException("the engine refused a seed: " + refusal.describe());
  }
}
