package org.worktime.adapters.cli.employee;

import org.worktime.adapters.cli.store.Workplaces;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code worktime employee}: the company's people. */
@Command(
    name = "employee",
    mixinStandardHelpOptions = true,
    description = "Add, list or change the company's employees.",
    synopsisSubcommandLabel = "(add | list | edit)")
public final class EmployeeCommand {

  private EmployeeCommand() {}

  public static CommandLine commandLine(Workplaces workplaces) {
    return new CommandLine(new EmployeeCommand())
        .addSubcommand(new EmployeeAddCommand(workplaces))
        .addSubcommand(new EmployeeListCommand(workplaces))
        .addSubcommand(new EmployeeEditCommand(workplaces));
  }
}
