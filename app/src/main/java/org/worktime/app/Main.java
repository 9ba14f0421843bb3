package org.worktime.app;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.worktime.adapters.cli.WorktimeCommand;
import picocli.CommandLine;

/** The composition root's entry point: the {@code worktime} executable. */
public final class Main {

  private static final String QUIET_LOGS = "org.slf4j.simpleLogger.defaultLogLevel";

  private Main() {}

  public static void main(String[] args) {
    if (args.length == 0 || !args[0].equals("serve")) {
      // A server logs what it does; a command's stderr is for its one line, so the libraries under
      // it (the pool, the migrations) speak only of trouble. Set before the first logger exists.
      System.setProperty(QUIET_LOGS, System.getProperty(QUIET_LOGS, "warn"));
    }
    CommandLine commandLine = commandLine();
    // UTF-8 whatever the locale says (Java 17 writes System.out in the locale's charset, ASCII
    // under LANG=C): names and notes in Hebrew or with emoji come out byte for byte as stored.
    commandLine.setOut(utf8(System.out));
    commandLine.setErr(utf8(System.err));
    System.exit(commandLine.execute(args));
  }

  private static PrintWriter utf8(PrintStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }

  /** The command tree: the CLI adapter's commands and the ones only this root can wire. */
  static CommandLine commandLine() {
    String version = BuildInfo.version();
    CommandLine commandLine =
        WorktimeCommand.commandLine(version, StoreWorkplaces.forCommands(Clock.systemUTC()));
    commandLine.addSubcommand(
        "serve", new ServeCommand(version, StoreWorkplaces.forServer(Clock.systemUTC())));
    return commandLine;
  }
}
