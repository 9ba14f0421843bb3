package org.worktime.adapters.cli.timer;

import org.worktime.adapters.cli.store.Workplaces;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code worktime timer}: task timers, booked to an account, one running per employee. */
@Command(
    name = "timer",
    mixinStandardHelpOptions = true,
    description = "Start, stop or list task timers.",
    synopsisSubcommandLabel = "(start | stop | list)")
public final class TimerCommand {

  private TimerCommand() {}

  public static CommandLine commandLine(Workplaces workplaces) {
    return new CommandLine(new TimerCommand())
        .addSubcommand(new TimerStartCommand(workplaces))
        .addSubcommand(new TimerStopCommand(workplaces))
        .addSubcommand(new TimerListCommand(workplaces));
  }
}
