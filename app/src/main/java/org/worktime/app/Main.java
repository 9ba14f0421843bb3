package org.worktime.app;

import java.time.Clock;
import org.worktime.adapters.cli.WorktimeCommand;
import org.worktime.adapters.cli.store.Workplaces;
import picocli.CommandLine;

/** The composition root's entry point: the {@code worktime} executable. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command tree: the CLI adapter's commands and the ones only this root can wire. */
  static CommandLine commandLine() {
    String version = BuildInfo.version();
    Workplaces workplaces = new StoreWorkplaces(Clock.systemUTC());
    CommandLine commandLine = WorktimeCommand.commandLine(version, workplaces);
    commandLine.addSubcommand("serve", new ServeCommand(version, workplaces));
    return commandLine;
  }
}
