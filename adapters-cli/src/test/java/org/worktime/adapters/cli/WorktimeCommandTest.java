package org.worktime.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class WorktimeCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine = WorktimeCommand.commandLine("1.2.3-test");
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  @Test
  void versionPrintsTheVersionItWasGivenAndSucceeds() {
    assertThat(run("--version")).isZero();
    assertThat(out.toString()).isEqualToIgnoringNewLines("worktime 1.2.3-test");
  }

  @Test
  void helpDescribesTheCommandAndItsExitCodes() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString())
        .startsWith("Usage: worktime")
        .contains("--version", "Exit codes:", "2   Usage error");
  }

  @Test
  void noCommandIsAUsageErrorExplainedOnStderr() {
    assertThat(run()).isEqualTo(2);
    assertThat(err.toString()).startsWith("worktime: a command is needed");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    assertThat(run("--no-such-option")).isEqualTo(2);
    assertThat(err.toString()).contains("Unknown option: '--no-such-option'");
  }
}
