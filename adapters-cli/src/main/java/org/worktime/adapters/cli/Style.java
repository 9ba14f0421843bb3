package org.worktime.adapters.cli;

import java.io.Console;
import java.lang.reflect.Method;
import java.util.Map;
import org.worktime.domain.workday.WorkdayStatus;

/**
 * Colour for the words that carry a day's status, and only where a person reads them: on a
 * terminal, without {@code NO_COLOR} (a non-empty value, as no-color.org defines it), and never in
 * {@code --json}. Everything else the command line prints stays plain text.
 */
public final class Style {

  private static final String RESET = "\u001B[0m";
  private static final Style PLAIN = new Style(false);

  private final boolean coloured;

  private Style(boolean coloured) {
    this.coloured = coloured;
  }

  /** The style for these facts: whether stdout is a terminal, the environment, {@code --json}. */
  public static Style of(boolean terminal, Map<String, String> environment, boolean json) {
    String noColour = environment.get("NO_COLOR");
    boolean wanted = terminal && !json && (noColour == null || noColour.isEmpty());
    return wanted ? new Style(true) : PLAIN;
  }

  /** The style for this process: its console and its environment. */
  public static Style ofThisProcess(boolean json) {
    return of(stdoutIsATerminal(), System.getenv(), json);
  }

  public static Style plain() {
    return PLAIN;
  }

  public boolean coloured() {
    return coloured;
  }

  /**
   * Wraps {@code text} in an ANSI style when colouring, e.g. {@code "1"} bold, {@code "31"} red.
   */
  public String styled(String ansi, String text) {
    return coloured && !text.isEmpty() ? "\u001B[" + ansi + "m" + text + RESET : text;
  }

  /** The status's own word, {@code OPENED}, in the status's colour. */
  public String status(WorkdayStatus status) {
    return status(status, status.name());
  }

  /** Any word that says a status, such as "Opened", in that status's colour. */
  public String status(WorkdayStatus status, String word) {
    return coloured ? colourOf(status) + word + RESET : word;
  }

  private static String colourOf(WorkdayStatus status) {
    return switch (status) {
      case OPENED -> "\u001B[32m"; // green: at work
      case PAUSED -> "\u001B[33m"; // yellow: on a break
      case EXPIRED -> "\u001B[31m"; // red: someone has to close it
      case CLOSED -> "\u001B[36m"; // cyan: done
    };
  }

  /**
   * A console exists only for a terminal up to JDK 21; from JDK 22 it may exist for redirected
   * streams too, and {@code Console.isTerminal()} tells. Called reflectively: the build targets 17.
   */
  private static boolean stdoutIsATerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException olderJdk) {
      return true;
    }
  }
}
