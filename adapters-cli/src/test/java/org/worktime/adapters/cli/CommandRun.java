package org.worktime.adapters.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One run of the command line in this JVM: its exit code and what it printed. */
public record CommandRun(int exitCode, String out, String err) {

  public static CommandRun of(MemoryWorkplaces workplaces, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = WorktimeCommand.commandLine("1.2.3-test", workplaces);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new CommandRun(exitCode, out.toString(), err.toString());
  }
}
