package org.worktime.adapters.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.worktime.adapters.cli.company.CompanyCommand;
import org.worktime.adapters.cli.day.BreakCommand;
import org.worktime.adapters.cli.day.CloseCommand;
import org.worktime.adapters.cli.day.OpenCommand;
import org.worktime.adapters.cli.day.PauseCommand;
import org.worktime.adapters.cli.day.ResumeCommand;
import org.worktime.adapters.cli.day.StatusCommand;
import org.worktime.adapters.cli.doctor.DoctorCommand;
import org.worktime.adapters.cli.employee.EmployeeCommand;
import org.worktime.adapters.cli.key.KeyCommand;
import org.worktime.adapters.cli.location.LocationCommand;
import org.worktime.adapters.cli.policy.PolicyCommand;
import org.worktime.adapters.cli.report.ReportCommand;
import org.worktime.adapters.cli.shell.CompletionCommand;
import org.worktime.adapters.cli.store.Workplaces;
import org.worktime.adapters.cli.timer.TimerCommand;
import org.worktime.adapters.cli.transfer.ExportCommand;
import org.worktime.adapters.cli.transfer.ImportCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top of the {@code worktime} command tree. On its own the command explains itself and asks for
 * a sub-command.
 */
@Command(
    name = "worktime",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
      "A workday engine: clock in and out, breaks, task timers and reports,",
      "served in four vendor dialects over one core."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:Success.",
      "1:Refused by the engine, or failed (the one-line message says why).",
      "2:Usage error: a wrong command, option or value."
    })
public final class WorktimeCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  /**
   * Builds the command line for the given version, with the project's exit-code conventions; the
   * commands that work on a store open it through {@code workplaces}.
   */
  public static CommandLine commandLine(String version, Workplaces workplaces) {
    CommandLine commandLine = new CommandLine(new WorktimeCommand());
    commandLine.getCommandSpec().version("worktime " + version);
    commandLine.addSubcommand(new StatusCommand(workplaces));
    commandLine.addSubcommand(new OpenCommand(workplaces));
    commandLine.addSubcommand(new PauseCommand(workplaces));
    commandLine.addSubcommand(new ResumeCommand(workplaces));
    commandLine.addSubcommand(new CloseCommand(workplaces));
    commandLine.addSubcommand(BreakCommand.commandLine(workplaces));
    commandLine.addSubcommand(TimerCommand.commandLine(workplaces));
    commandLine.addSubcommand(EmployeeCommand.commandLine(workplaces));
    commandLine.addSubcommand(LocationCommand.commandLine(workplaces));
    commandLine.addSubcommand(CompanyCommand.commandLine(workplaces));
    commandLine.addSubcommand(PolicyCommand.commandLine(workplaces));
    commandLine.addSubcommand(KeyCommand.commandLine(workplaces));
    commandLine.addSubcommand(new ReportCommand(workplaces));
    commandLine.addSubcommand(new ExportCommand(workplaces));
    commandLine.addSubcommand(new ImportCommand(workplaces));
    commandLine.addSubcommand(new DoctorCommand(workplaces));
    commandLine.addSubcommand(new CompletionCommand());
    commandLine.setParameterExceptionHandler(
        (wrong, args) -> {
          // One line that says what was wrong and where the help is, instead of the whole usage.
          CommandLine culprit = wrong.getCommandLine();
          culprit
              .getErr()
              .println(
                  "worktime: "
                      + wrong.getMessage()
                      + " (see '"
                      + culprit.getCommandSpec().qualifiedName()
                      + " --help')");
          return CommandLine.ExitCode.USAGE;
        });
    commandLine.setExecutionExceptionHandler(
        (failure, failed, parsed) -> {
          // One clear line, never a stack trace: what failed is the environment (a port in use, a
          // database out of reach), which the message names.
          failed.getErr().println("worktime: " + messageOf(failure));
          return CommandLine.ExitCode.SOFTWARE;
        });
    return commandLine;
  }

  private static String messageOf(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = cause.getMessage();
    return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println("worktime: a command is needed; see the list below.");
    spec.commandLine().usage(err);
    return CommandLine.ExitCode.USAGE;
  }
}
