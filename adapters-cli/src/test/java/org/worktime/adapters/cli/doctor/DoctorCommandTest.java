package org.worktime.adapters.cli.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.worktime.adapters.cli.CliTestSupport;
import org.worktime.adapters.cli.CommandRun;
import org.worktime.adapters.cli.store.Workplaces;
import org.worktime.application.Actor;
import org.worktime.application.Channel;
import org.worktime.application.Request;
import org.worktime.application.employee.ManageEmployeesUseCase.NewEmployee;
import org.worktime.domain.employee.Role;
import picocli.CommandLine;

class DoctorCommandTest {

  @TempDir Path home;

  private final CliTestSupport cli = new CliTestSupport(Instant.parse("2026-03-10T08:00:00Z"));

  private CommandRun doctor(Workplaces workplaces, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine =
        new CommandLine(
            new DoctorCommand(workplaces, () -> Map.of("WORKTIME_HOME", home.toString())));
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int code = commandLine.execute(args);
    return new CommandRun(code, out.toString(), err.toString());
  }

  @Test
  void theCompanysAccountNameIsShown() {
    cli.company("Ada", ZoneId.of("Europe/Berlin"));
    assertThat(cli.run("company", "slug", "werk-sued").exitCode()).isZero();

    assertThat(doctor(cli.workplaces()).out())
        .contains(" with 1 employee (administrator Ada, account name werk-sued)");
  }

  @Test
  void aHealthyStoreIsOkLineByLine() {
    cli.company("Ada", ZoneId.of("Europe/Berlin"));

    CommandRun run = doctor(cli.workplaces());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines()).hasSize(6).allMatch(line -> line.startsWith("ok    "));
    assertThat(run.out())
        .contains(
            "ok    store          memory (reachable)",
            "ok    schema         none: the store is in memory",
            "ok    last stop      clean (no server left its marker behind)",
            "ok    companies      1 company: ",
            " with 1 employee (administrator Ada, no account name: worktime company slug NAME)",
            "ok    time zones     JVM default " + ZoneId.systemDefault().getId() + "; tz database ",
            "employees' zones: Europe/Berlin",
            "ok    configuration  WORKTIME_HOME set, WORKTIME_DB not set, WORKTIME_DB_PASSWORD not set;"
                + " data directory "
                + home
                + " is writable");
  }

  @Test
  void itCreatesNoCompanyOnAnEmptyStore() {
    CommandRun run = doctor(cli.workplaces(), "--json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("{\"ok\":true,\"checks\":[")
        .contains(
            "{\"check\":\"companies\",\"status\":\"ok\",\"detail\":\"none yet; the first command creates one\"}");
    assertThat(cli.workplaces().engine.tenantSetup().tenants()).isEmpty();
  }

  @Test
  void anUnreachableStoreFailsAndTheExitCodeSaysSo() {
    Workplaces unreachable =
        location -> {
          throw new IllegalStateException("Connection refused");
        };

    CommandRun run = doctor(unreachable, "--json");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .startsWith("{\"ok\":false,")
        .contains(
            "\"status\":\"fail\",\"detail\":\"unknown: ", "is unreachable: Connection refused");
  }

  @Test
  void aServerThatDidNotStopCleanlyIsAWarningAndACleanStopIsNot() throws Exception {
    cli.company("Ada", ZoneId.of("Europe/Berlin"));
    // A process id no process has: the marker of a server that was killed.
    java.nio.file.Files.writeString(
        home.resolve("serve.running"), "4194305 2026-03-10T07:00:00Z\n");

    CommandRun killed = doctor(cli.workplaces());

    assertThat(killed.exitCode()).isZero();
    assertThat(killed.out())
        .contains(
            "warn  last stop      the last serve did not stop cleanly (process 4194305, started"
                + " 2026-03-10T07:00:00Z)");

    org.worktime.adapters.cli.store.RunningMarker.claim(home, Instant.EPOCH).release();
    assertThat(doctor(cli.workplaces()).out()).contains("ok    last stop      clean");
  }

  @Test
  void aFixedOffsetInsteadOfAZoneIsAWarning() {
    Actor ada = cli.company("Ada", ZoneId.of("Europe/Berlin"));
    cli.workplaces()
        .engine
        .employees()
        .add(
            Request.of(ada, Channel.CLI),
            new NewEmployee(
                Option.none(),
                "bo@example.org",
                "Bo",
                ZoneOffset.ofHours(2),
                Role.EMPLOYEE,
                Option.none()))
        .get();

    CommandRun run = doctor(cli.workplaces());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("warn  time zones", "fixed offsets ignore summer time: employee 2 (+02:00)");
  }

  @Test
  void itIsACommandOfTheTree() {
    CommandRun help = cli.run("doctor", "--help");

    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("Usage: worktime doctor", "--json", "--data");
  }
}
