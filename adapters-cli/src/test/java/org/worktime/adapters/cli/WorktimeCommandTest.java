package org.worktime.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class WorktimeCommandTest {

  private final MemoryWorkplaces workplaces =
      new MemoryWorkplaces(Instant.parse("2026-03-10T08:00:00Z"));
  private String out = "";
  private String err = "";

  private int run(String... args) {
    CommandRun run = CommandRun.of(workplaces, args);
    out = run.out();
    err = run.err();
    return run.exitCode();
  }

  @Test
  void versionPrintsTheVersionItWasGivenAndSucceeds() {
    assertThat(run("--version")).isZero();
    assertThat(out).isEqualToIgnoringNewLines("worktime 1.2.3-test");
  }

  @Test
  void helpDescribesTheCommandAndItsExitCodes() {
    assertThat(run("--help")).isZero();
    assertThat(out)
        .startsWith("Usage: worktime")
        .contains("--version", "Exit codes:", "2   Usage error");
  }

  @Test
  void noCommandIsAUsageErrorExplainedOnStderr() {
    assertThat(run()).isEqualTo(2);
    assertThat(err).startsWith("worktime: a command is needed");
    assertThat(out).isEmpty();
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    assertThat(run("--no-such-option")).isEqualTo(2);
    assertThat(err).contains("Unknown option: '--no-such-option'");
  }

  @Test
  void aWrongOptionIsOneLineNamingTheHelpOfItsCommand() {
    assertThat(run("status", "--user", "one")).isEqualTo(2);
    assertThat(err.lines()).hasSize(1);
    assertThat(err).startsWith("worktime: ").contains("'--user'", "see 'worktime status --help'");
    assertThat(workplaces.opened).hasValue(0);
  }
}
