package org.worktime.adapters.cli.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.worktime.adapters.cli.CliTestSupport;
import org.worktime.application.Actor;
import org.worktime.application.Channel;
import org.worktime.application.Request;
import org.worktime.domain.id.Id;
import org.worktime.domain.id.PolicyId;
import org.worktime.domain.policy.Schedule;
import org.worktime.domain.policy.SchedulePolicy;
import org.worktime.domain.policy.Shift;

class PolicyCommandTest {

  private final CliTestSupport cli = new CliTestSupport(Instant.parse("2026-03-10T10:00:00Z"));

  @Test
  void theDefaultPolicyIsListedWithItsEmployees() {
    cli.company("Ada", ZoneId.of("Europe/Berlin"));

    var run = cli.run("policy", "list");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines()).hasSize(2);
    assertThat(run.out().lines().skip(1).findFirst().get())
        .endsWith(
            "  1          flexible hours, expiring 1 day after the start;"
                + " approval beyond 0:15 from now; reopening allowed");
  }

  @Test
  void aFixedPolicyIsAddedFromShiftsAndLimits() {
    Actor ada = cli.company("Ada", ZoneId.of("Europe/Berlin"));

    var run =
        cli.run(
            "policy",
            "add",
            "--shift",
            "MON-FRI=09:00-17:00",
            "--shift",
            "sat=10:00-14:00",
            "--planned-break",
            "0:30",
            "--latest-start",
            "09:15",
            "--minimum-duration",
            "PT4H",
            "--no-reopen");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("Added policy ")
        .endsWith(
            ": fixed shifts MON-FRI 09:00-17:00 (break 0:30), SAT 10:00-14:00 (break 0:30);"
                + " latest start 09:15; minimum 4:00; approval beyond 0:15 from now;"
                + " no reopening"
                + System.lineSeparator());
    SchedulePolicy stored = policy(ada, idIn(run.out()));
    assertThat(((Schedule.FixedShifts) stored.schedule()).on(DayOfWeek.WEDNESDAY))
        .contains(new Shift(LocalTime.of(9, 0), LocalTime.of(17, 0), Duration.ofMinutes(30)));
    assertThat(((Schedule.FixedShifts) stored.schedule()).on(DayOfWeek.SUNDAY)).isEmpty();
    assertThat(stored.latestStart()).contains(LocalTime.of(9, 15));
    assertThat(stored.reopenAllowed()).isFalse();
  }

  @Test
  void editChangesOnlyWhatIsGivenAndNoneClearsALimit() {
    Actor ada = cli.company("Ada", ZoneId.of("Europe/Berlin"));
    var added =
        cli.run("policy", "add", "--shift", "MON-FRI=22:00-06:00", "--latest-start", "22:15");
    PolicyId id = idIn(added.out());

    var run =
        cli.run(
            "policy", "edit", id.toString(), "--latest-start", "none", "--allowed-delta", "1:00");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("fixed shifts MON-FRI 22:00-06:00; approval beyond 1:00 from now");
    SchedulePolicy stored = policy(ada, id);
    assertThat(stored.latestStart()).isEmpty();
    assertThat(stored.allowedDelta()).isEqualTo(Duration.ofHours(1));
    assertThat(stored.hoursAreFlexible()).isFalse();

    var flexible = cli.run("policy", "edit", id.toString(), "--expires-after", "2", "--json");
    assertThat(flexible.out())
        .contains("\"schedule\":{\"type\":\"flexible\",\"expiresAfterDays\":2}")
        .contains("\"allowedDelta\":\"PT1H\"");
  }

  @Test
  void anEmployeeFollowsAPolicyByItsId() {
    Actor ada = cli.company("Ada", ZoneId.of("Europe/Berlin"));
    PolicyId id = idIn(cli.run("policy", "add", "--shift", "MON-FRI=09:00-17:00").out());

    var run = cli.run("employee", "edit", "1", "--policy", id.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(
            cli.workplaces()
                .engine
                .policies()
                .policyOf(Request.of(ada, Channel.CLI), ada.employee())
                .get()
                .hoursAreFlexible())
        .isFalse();
  }

  @Test
  void contradictionsAndMalformedRulesAreUsageErrors() {
    cli.company("Ada", ZoneId.of("Europe/Berlin"));

    String[][] wrong = {
      {"policy", "add", "--flexible", "--shift", "MON=09:00-17:00"},
      {"policy", "add", "--shift", "MON-FRI=09:00-17:00", "--shift", "FRI=10:00-12:00"},
      {"policy", "add", "--shift", "Funday=09:00-17:00"},
      {"policy", "add", "--shift", "MON=9-5"},
      {"policy", "add", "--planned-break", "0:30"},
      {"policy", "add", "--expires-after", "0"},
      {"policy", "add", "--latest-start", "9:30"},
      {"policy", "add", "--allowed-delta", "-PT1H"},
      {"policy", "edit", "not-an-id", "--flexible"},
      {"policy", "edit", "0190a000-0000-7000-8000-000000000000"},
    };
    for (String[] args : wrong) {
      var run = cli.run(args);
      assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(run.err().lines()).as(String.join(" ", args)).hasSize(1);
    }
    assertThat(cli.run(wrong[0]).err()).contains("--flexible and --shift exclude each other");
    assertThat(cli.run(wrong[1]).err()).contains("--shift names FRIDAY twice");
    assertThat(cli.run(wrong[2]).err()).contains("is not a shift; use DAYS=HH:MM-HH:MM");
  }

  @Test
  void editingAnUnknownPolicyIsRefused() {
    cli.company("Ada", ZoneId.of("Europe/Berlin"));

    var run = cli.run("policy", "edit", "0190a000-0000-7000-8000-000000000000", "--flexible");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualToIgnoringNewLines(
            "worktime: no schedule policy 0190a000-0000-7000-8000-000000000000");
  }

  private static PolicyId idIn(String line) {
    return PolicyId.of(
        Id.fromUuid(line.replaceAll("^\\w+ policy ([0-9a-f-]{36}):.*\\s*$", "$1")).get());
  }

  private SchedulePolicy policy(Actor actor, PolicyId id) {
    return cli.workplaces().engine.policies().policy(Request.of(actor, Channel.CLI), id).get();
  }
}
