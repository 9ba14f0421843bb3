package org.worktime.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.worktime.adapters.cli.store.StoreLocation;
import org.worktime.adapters.cli.store.StoreOptions;
import picocli.CommandLine;

/** What every command that works on a store shares: the store, the company, the operator. */
class DeskCommandTest {

  private final CliTestSupport cli = new CliTestSupport(Instant.parse("2026-03-10T08:00:00Z"));

  @Test
  void theFirstCommandOnAnEmptyStoreCreatesTheCompanyAndSaysSoOnStderr() {
    var run = cli.run("status");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err())
        .startsWith("worktime: first use: created the company and its administrator")
        .contains("(employee number 1) in memory");
    assertThat(run.out()).endsWith(": no workday yet" + System.lineSeparator());
    assertThat(cli.workplaces().engine.tenantSetup().tenants()).hasSize(1);

    var again = cli.run("status");
    assertThat(again.err()).isEmpty();
    assertThat(cli.workplaces().engine.tenantSetup().tenants()).hasSize(1);
  }

  @Test
  void theStoreIsClosedAfterEveryCommandEvenARefusedOne() {
    cli.company("Ada", ZoneId.of("UTC"));

    cli.run("status");
    cli.run("status", "--user", "99");

    assertThat(cli.workplaces().opened).hasValue(2);
    assertThat(cli.workplaces().closed).hasValue(2);
  }

  @Test
  void aStoreWithSeveralCompaniesNeedsTenantAndOtherwiseIsAUsageError() {
    cli.company("Ada", ZoneId.of("UTC"));
    var globex = cli.company("Grace", ZoneId.of("UTC"));

    var run = cli.run("status");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).contains("holds 2 companies; name one with --tenant");

    var chosen = cli.run("status", "--tenant", globex.tenant().toString());
    assertThat(chosen.exitCode()).isZero();
    assertThat(chosen.out()).startsWith("Grace (number 1)");
  }

  @Test
  void anUnknownOrMalformedTenantIsSaidPlainly() {
    cli.company("Ada", ZoneId.of("UTC"));

    var unknown = cli.run("status", "--tenant", "0190a000-0000-7000-8000-000000000000");
    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.err()).startsWith("worktime: no company 0190a000-");

    var malformed = cli.run("status", "--tenant", "acme");
    assertThat(malformed.exitCode()).isEqualTo(2);
    assertThat(malformed.err()).contains("--tenant must be a company id");
  }

  @Test
  void theStoreOptionsFallBackToTheEnvironmentThenToDotData() {
    StoreOptions none = parsed();
    assertThat(none.location(Map.of())).isEqualTo(StoreLocation.embedded(Path.of("data")));
    assertThat(none.location(Map.of("WORKTIME_HOME", "/srv/worktime")).data())
        .isEqualTo(Path.of("/srv/worktime"));
    StoreLocation postgres =
        none.location(
            Map.of(
                "WORKTIME_DB", "jdbc:postgresql://db/worktime?password=secret",
                "WORKTIME_DB_USER", "wt",
                "WORKTIME_DB_PASSWORD", "pw"));
    assertThat(postgres.url()).contains("jdbc:postgresql://db/worktime?password=secret");
    assertThat(postgres.user()).isEqualTo("wt");
    assertThat(postgres.password()).isEqualTo("pw");
    assertThat(postgres.describe())
        .isEqualTo("PostgreSQL jdbc:postgresql://db/worktime?password=***");

    StoreOptions given = parsed("--data", "/tmp/x", "--db-user", "me");
    assertThat(given.location(Map.of("WORKTIME_HOME", "/srv", "WORKTIME_DB_USER", "wt")))
        .isEqualTo(new StoreLocation(io.vavr.control.Option.none(), Path.of("/tmp/x"), "me", ""));
  }

  private static StoreOptions parsed(String... args) {
    StoreOptions options = new StoreOptions();
    CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create();
    spec.addMixin("store", CommandLine.Model.CommandSpec.forAnnotatedObject(options));
    new CommandLine(spec).parseArgs(args);
    return options;
  }
}
