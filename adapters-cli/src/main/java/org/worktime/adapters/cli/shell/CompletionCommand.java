package org.worktime.adapters.cli.shell;

import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code worktime completion [bash|zsh]}: a completion script for the whole command tree, made by
 * picocli from the commands themselves, so it never lags behind them. zsh runs the same script
 * through its {@code bashcompinit}, which the script loads itself.
 */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = {
      "Print a shell completion script for worktime.",
      "bash: source <(worktime completion bash)",
      "zsh:  source <(worktime completion zsh)"
    })
public final class CompletionCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "SHELL",
      defaultValue = "bash",
      description = "bash or zsh (default: ${DEFAULT-VALUE}).")
  private String shell;

  @Override
  public Integer call() {
    String chosen = shell.toLowerCase(Locale.ROOT);
    if (!chosen.equals("bash") && !chosen.equals("zsh")) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "the shell must be bash or zsh, not '" + shell + "'");
    }
    CommandLine root = spec.root().commandLine();
    spec.commandLine().getOut().print(AutoComplete.bash(root.getCommandName(), root));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
