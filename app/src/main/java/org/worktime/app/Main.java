package org.worktime.app;

import org.worktime.adapters.cli.WorktimeCommand;

/** The composition root's entry point: the {@code worktime} executable. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(WorktimeCommand.commandLine(BuildInfo.version()).execute(args));
  }
}
