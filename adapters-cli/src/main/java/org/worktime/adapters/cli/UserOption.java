package org.worktime.adapters.cli;

import io.vavr.control.Option;

/** {@code --user N}: the employee a command is about, by number; the operator when absent. */
public final class UserOption {

  @picocli.CommandLine.Option(
      names = "--user",
      paramLabel = "NUMBER",
      description = "The employee, by number (default: the operator, number 1).")
  private Long number;

  public Option<Long> number() {
    return Option.of(number);
  }
}
