package org.worktime.adapters.cli.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.worktime.adapters.cli.CliTestSupport;
import org.worktime.adapters.cli.CommandRun;

class CompletionCommandTest {

  @TempDir Path directory;

  private final CliTestSupport cli = new CliTestSupport(Instant.parse("2026-03-10T08:00:00Z"));

  @Test
  void theBashScriptIsValidBashAndNamesEveryCommand() throws Exception {
    CommandRun run = cli.run("completion", "bash");

    assertThat(run.exitCode()).isZero();
    Path script = Files.writeString(directory.resolve("worktime.bash"), run.out());
    assertThat(bashAccepts(script)).isTrue();
    assertThat(run.out())
        .contains("complete -F _complete_worktime", "status", "export", "import", "completion")
        .contains("--from", "--day-tag");
  }

  @Test
  void zshGetsTheSameScriptWhichLoadsBashcompinit() {
    CommandRun zsh = cli.run("completion", "zsh");

    assertThat(zsh.exitCode()).isZero();
    assertThat(zsh.out()).isEqualTo(cli.run("completion").out()).contains("bashcompinit");
  }

  @Test
  void anotherShellIsAUsageError() {
    CommandRun fish = cli.run("completion", "fish");

    assertThat(fish.exitCode()).isEqualTo(2);
    assertThat(fish.err()).contains("the shell must be bash or zsh, not 'fish'");
  }

  private static boolean bashAccepts(Path script) throws IOException, InterruptedException {
    Process bash =
        new ProcessBuilder("bash", "-n", script.toString()).redirectErrorStream(true).start();
    String said = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(said).isEmpty();
    return bash.exitValue() == 0;
  }
}
