package org.worktime.adapters.cli;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Objects;
import org.worktime.application.Actor;
import org.worktime.application.Channel;
import org.worktime.application.Engine;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.domain.employee.Employee;

/**
 * What a command works with once its store is open: the engine, its clock, the operator it acts as
 * (the company's first administrator), where the data lives, and where to print.
 */
public record Desk(
    Engine engine,
    Clock clock,
    Actor operator,
    String store,
    PrintWriter out,
    PrintWriter err,
    boolean json) {

  public Desk {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
  }

  /** Every change the command line makes is the operator's, through the CLI channel. */
  public Request request() {
    return Request.of(operator, Channel.CLI);
  }

  /** The employee a command is about: the one numbered by {@code --user}, else the operator. */
  public Either<Refusal, Employee> employee(Option<Long> number) {
    return number.isDefined()
        ? engine.employees().byNumber(request(), number.get())
        : engine.employees().byId(request(), operator.employee());
  }
}
