package org.worktime.adapters.cli.timer;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.worktime.adapters.cli.Desk;
import org.worktime.application.Refusal;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.timer.RunningTimer;

/** The one timer an employee has running, if any. */
final class Timers {

  private Timers() {}

  static Either<Refusal, Option<RunningTimer>> runningOf(Desk desk, Employee owner) {
    return desk.engine()
        .runningTimers()
        .running(desk.request(), Option.some(owner.id()), 0, 1)
        .map(page -> page.items().headOption());
  }
}
