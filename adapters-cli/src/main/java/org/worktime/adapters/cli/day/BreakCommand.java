package org.worktime.adapters.cli.day;

import org.worktime.adapters.cli.store.Workplaces;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code worktime break}: breaks by another name. {@code start} and {@code stop} are {@code pause}
 * and {@code resume}; {@code add} records a past break with both ends.
 */
@Command(
    name = "break",
    mixinStandardHelpOptions = true,
    description = "Start, stop or add a break.",
    synopsisSubcommandLabel = "(start | stop | add)")
public final class BreakCommand {

  private BreakCommand() {}

  /** The group with its sub-commands; without one, picocli answers a usage error. */
  public static CommandLine commandLine(Workplaces workplaces) {
    return new CommandLine(new BreakCommand())
        .addSubcommand(new BreakStartCommand(workplaces))
        .addSubcommand(new BreakStopCommand(workplaces))
        .addSubcommand(new BreakAddCommand(workplaces));
  }

  @Command(
      name = "start",
      mixinStandardHelpOptions = true,
      description = "Start a break on an employee's running workday (the same as 'pause').")
  static final class BreakStartCommand extends PauseCommand {
    BreakStartCommand(Workplaces workplaces) {
      super(workplaces);
    }
  }

  @Command(
      name = "stop",
      mixinStandardHelpOptions = true,
      description = "End the running break (the same as 'resume').")
  static final class BreakStopCommand extends ResumeCommand {
    BreakStopCommand(Workplaces workplaces) {
      super(workplaces);
    }
  }
}
