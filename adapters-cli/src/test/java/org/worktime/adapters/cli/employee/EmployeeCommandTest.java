package org.worktime.adapters.cli.employee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.worktime.adapters.cli.CliTestSupport;
import org.worktime.application.Actor;
import org.worktime.application.Channel;
import org.worktime.application.Request;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.employee.Role;

class EmployeeCommandTest {

  private static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");

  private final CliTestSupport cli = new CliTestSupport(NOW);

  @Test
  void anEmployeeIsAddedWithTheNextNumberAndTheOperatorsZoneUnlessGiven() {
    Actor ada = cli.company("Ada", ZoneId.of("Europe/Berlin"));

    var run = cli.run("employee", "add", "--name", "Grace Hopper", "--email", "grace@example.org");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith(
            "Added Grace Hopper (number 2), grace@example.org, employee in Europe/Berlin, policy ");
    Employee grace = employee(ada, 2);
    assertThat(grace.homeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(grace.role()).isEqualTo(Role.EMPLOYEE);
  }

  @Test
  void aHebrewNameWithAnEmojiRoundTripsThroughAddListAndJson() {
    Actor ada = cli.company("Ada", ZoneId.of("Europe/Berlin"));
    String name = "דנה כהן 🌻";

    var added =
        cli.run(
            "employee",
            "add",
            "--number",
            "7",
            "--name",
            name,
            "--email",
            "dana@example.co.il",
            "--zone",
            "Asia/Jerusalem",
            "--role",
            "Manager");

    assertThat(added.exitCode()).isZero();
    assertThat(employee(ada, 7).name()).isEqualTo(name);
    assertThat(employee(ada, 7).role()).isEqualTo(Role.MANAGER);
    assertThat(cli.run("employee", "list").out().lines())
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith(
                        "7       " + name + "  dana@example.co.il  manager  Asia/Jerusalem"));
    assertThat(cli.run("employee", "list", "--json").out())
        .startsWith("{\"items\":[{\"number\":1,")
        .contains("\"name\":\"" + name + "\"", "\"homeZone\":\"Asia/Jerusalem\"");
  }

  @Test
  void editChangesWhatIsGivenAndKeepsTheRest() {
    Actor ada = cli.company("Ada", ZoneId.of("Europe/Berlin"));
    cli.run("employee", "add", "--name", "Grace", "--email", "grace@example.org");

    var run = cli.run("employee", "edit", "2", "--role", "admin", "--zone", "America/New_York");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("Changed Grace (number 2), grace@example.org, admin in America/New_York");
    assertThat(employee(ada, 2).email()).isEqualTo("grace@example.org");
  }

  @Test
  void aLocationIsNamedAndMustExist() {
    Actor ada = cli.company("Ada", ZoneId.of("Europe/Berlin"));
    cli.run("location", "add", "חיפה");

    var placed =
        cli.run(
            "employee",
            "add",
            "--name",
            "Grace",
            "--email",
            "grace@example.org",
            "--location",
            "חיפה");
    var unknown = cli.run("employee", "edit", "2", "--location", "Atlantis");

    assertThat(placed.exitCode()).isZero();
    assertThat(placed.out()).contains(", at חיפה, policy ");
    assertThat(employee(ada, 2).location()).isNotEmpty();
    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.err())
        .isEqualToIgnoringNewLines(
            "worktime: no location 'Atlantis' (see 'worktime location list')");
  }

  @Test
  void aTakenNumberOrEmailIsRefusedOnOneLineAndNothingIsWritten() {
    Actor ada = cli.company("Ada", ZoneId.of("Europe/Berlin"));
    cli.run("employee", "add", "--name", "Grace", "--email", "grace@example.org");

    var number =
        cli.run(
            "employee", "add", "--number", "2", "--name", "Alan", "--email", "alan@example.org");
    var email = cli.run("employee", "add", "--name", "Alan", "--email", "GRACE@example.org");
    var edited = cli.run("employee", "edit", "1", "--email", "grace@example.org");

    assertThat(number.exitCode()).isEqualTo(1);
    assertThat(number.err())
        .isEqualToIgnoringNewLines("worktime: employee number 2 is already Grace");
    assertThat(email.exitCode()).isEqualTo(1);
    assertThat(email.err())
        .isEqualToIgnoringNewLines(
            "worktime: grace@example.org is already the address of Grace (number 2)");
    assertThat(edited.exitCode()).isEqualTo(1);
    assertThat(cli.workplaces().engine.employees().list(Request.of(ada, Channel.CLI)).get())
        .hasSize(2);
  }

  @Test
  void valuesOfTheWrongFormAreUsageErrorsNamingTheOption() {
    cli.company("Ada", ZoneId.of("Europe/Berlin"));

    var email = cli.run("employee", "add", "--name", "Grace", "--email", "grace");
    var zone =
        cli.run("employee", "add", "--name", "G", "--email", "g@example.org", "--zone", "+02:00");
    var role =
        cli.run("employee", "add", "--name", "G", "--email", "g@example.org", "--role", "boss");
    var blank = cli.run("employee", "add", "--name", "  ", "--email", "g@example.org");
    var missing = cli.run("employee", "add", "--name", "Grace");
    var nothing = cli.run("employee", "edit", "1");

    assertThat(email.exitCode()).isEqualTo(2);
    assertThat(email.err()).contains("Invalid value for option '--email'");
    assertThat(zone.err()).contains("Invalid value for option '--zone'", "IANA time zone name");
    assertThat(role.err()).contains("'boss' is not a role");
    assertThat(blank.err()).contains("Invalid value for option '--name': must not be empty");
    assertThat(missing.err()).contains("an employee needs --email and --name");
    assertThat(nothing.exitCode()).isEqualTo(2);
    assertThat(nothing.err()).contains("nothing to change");
    for (var run : new org.worktime.adapters.cli.CommandRun[] {email, zone, role, blank, missing}) {
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err().lines()).hasSize(1);
    }
  }

  @Test
  void anUnknownEmployeeOrPolicyIsRefused() {
    cli.company("Ada", ZoneId.of("Europe/Berlin"));

    var employee = cli.run("employee", "edit", "9", "--name", "Nobody");
    var policy =
        cli.run(
            "employee",
            "add",
            "--name",
            "G",
            "--email",
            "g@example.org",
            "--policy",
            "0190a000-0000-7000-8000-000000000000");

    assertThat(employee.exitCode()).isEqualTo(1);
    assertThat(employee.err()).isEqualToIgnoringNewLines("worktime: no employee number 9");
    assertThat(policy.exitCode()).isEqualTo(1);
    assertThat(policy.err()).startsWith("worktime: no schedule policy 0190a000-");
  }

  private Employee employee(Actor actor, long number) {
    return cli.workplaces()
        .engine
        .employees()
        .byNumber(Request.of(actor, Channel.CLI), number)
        .get();
  }
}
