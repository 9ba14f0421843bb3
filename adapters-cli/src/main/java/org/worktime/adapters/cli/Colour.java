package org.worktime.adapters.cli;

import java.io.Console;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * Whether a command may colour its text: only on a terminal, never with {@code NO_COLOR} set to
 * anything but the empty string (no-color.org) and never for {@code --json}. Output to a pipe or a
 * file stays plain.
 */
public final class Colour {

  private Colour() {}

  /** The decision for this process: standard output a terminal, the environment as it is. */
  public static boolean wanted(boolean json) {
    return wanted(System.getenv(), onTerminal(), json);
  }

  public static boolean wanted(Map<String, String> environment, boolean terminal, boolean json) {
    String noColor = environment.get("NO_COLOR");
    return terminal && !json && (noColor == null || noColor.isEmpty());
  }

  /**
   * Wraps {@code text} in an ANSI style when colouring, e.g. {@code "1"} bold, {@code "31"} red.
   */
  public static String styled(boolean colour, String style, String text) {
    return colour && !text.isEmpty() ? "\u001b[" + style + "m" + text + "\u001b[0m" : text;
  }

  private static boolean onTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      // From Java 22 a console exists even when redirected; isTerminal() then tells the truth.
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (NoSuchMethodException olderJava) {
      return true;
    } catch (ReflectiveOperationException | RuntimeException unknown) {
      return false;
    }
  }
}
