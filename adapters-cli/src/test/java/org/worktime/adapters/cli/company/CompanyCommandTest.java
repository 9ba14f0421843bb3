package org.worktime.adapters.cli.company;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.worktime.adapters.cli.CliTestSupport;

class CompanyCommandTest {

  private final CliTestSupport cli = new CliTestSupport(Instant.parse("2026-03-10T10:00:00Z"));

  @Test
  void theAccountNameIsSetAndShown() {
    cli.company("Ada", ZoneId.of("Europe/Berlin"));

    var before = cli.run("company", "show");
    var set = cli.run("company", "slug", "Werk-Sued");
    var shown = cli.run("company", "show", "--json");

    assertThat(before.out())
        .isEqualToIgnoringNewLines(
            "No account name yet; set one with 'worktime company slug NAME'.");
    assertThat(set.exitCode()).isZero();
    assertThat(set.out())
        .isEqualToIgnoringNewLines("Account name: werk-sued (Staffomatic paths /v3/werk-sued/...)");
    assertThat(shown.out()).isEqualToIgnoringNewLines("{\"slug\":\"werk-sued\"}");
  }

  @Test
  void aMalformedNameIsAUsageError() {
    cli.company("Ada", ZoneId.of("Europe/Berlin"));

    var run = cli.run("company", "slug", "acme-");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("is not an account name");
    assertThat(cli.run("company", "show", "--json").out())
        .isEqualToIgnoringNewLines("{\"slug\":null}");
  }
}
