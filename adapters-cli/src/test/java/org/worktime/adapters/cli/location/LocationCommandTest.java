package org.worktime.adapters.cli.location;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.worktime.adapters.cli.CliTestSupport;

class LocationCommandTest {

  private final CliTestSupport cli = new CliTestSupport(Instant.parse("2026-03-10T10:00:00Z"));

  @Test
  void locationsAreAddedAndListed() {
    cli.company("Ada", ZoneId.of("Europe/Berlin"));

    var added = cli.run("location", "add", "Tel Aviv 🌊");
    var listed = cli.run("location", "list");

    assertThat(added.exitCode()).isZero();
    assertThat(added.out()).startsWith("Added location Tel Aviv 🌊 (");
    assertThat(listed.out().lines()).hasSize(2);
    assertThat(listed.out().lines().skip(1).findFirst().get()).endsWith("  Tel Aviv 🌊");
    assertThat(cli.run("location", "list", "--json").out())
        .startsWith("{\"items\":[{\"id\":\"")
        .contains("\"name\":\"Tel Aviv 🌊\"");
  }

  @Test
  void noLocationsSaysHowToAddOne() {
    cli.company("Ada", ZoneId.of("Europe/Berlin"));

    assertThat(cli.run("location", "list").out())
        .isEqualToIgnoringNewLines("No locations yet; add one with 'worktime location add'.");
  }

  @Test
  void aBlankNameIsAUsageError() {
    cli.company("Ada", ZoneId.of("Europe/Berlin"));

    var run = cli.run("location", "add", " ");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).contains("must not be empty or blank");
  }
}
