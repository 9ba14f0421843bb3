package org.worktime.adapters.cli.day;

import io.vavr.control.Either;
import org.worktime.adapters.cli.Desk;
import org.worktime.adapters.cli.Style;
import org.worktime.adapters.cli.store.Workplaces;
import org.worktime.application.Refusal;
import org.worktime.application.workday.DayRef;
import org.worktime.application.workday.PauseWorkdayUseCase;
import org.worktime.application.workday.WorkdayView;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.workday.Timing;
import org.worktime.domain.workday.WorkdayStatus;
import picocli.CommandLine.Command;

/** {@code worktime pause} (also {@code worktime break start}): starts a break on a running day. */
@Command(
    name = "pause",
    mixinStandardHelpOptions = true,
    description = "Start a break on an employee's running workday, now or --at a time.")
public class PauseCommand extends DayChangeCommand {

  public PauseCommand(Workplaces workplaces) {
    super(workplaces);
  }

  @Override
  final Either<Refusal, Done> change(Desk desk, Employee employee, Timing timing, Style style) {
    return desk.engine()
        .pauseWorkday()
        .pause(
            new PauseWorkdayUseCase.Command(
                desk.request(), new DayRef.LatestOf(employee.id()), timing, CLI))
        .map(day -> paused(employee, day, style));
  }

  private static Done paused(Employee employee, WorkdayView day, Style style) {
    String since =
        day.workday()
            .runningBreak()
            .map(running -> DayRendering.moment(running.start().at(), day.workday().zone(), day))
            .getOrElse("now");
    return new Done(
        "paused",
        day,
        style.status(WorkdayStatus.PAUSED, "Paused")
            + " "
            + possessive(employee)
            + " day at "
            + since
            + DayRendering.pending(day));
  }
}
