package org.worktime.adapters.cli.day;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.worktime.adapters.cli.Desk;
import org.worktime.adapters.cli.GivenNote;
import org.worktime.adapters.cli.Style;
import org.worktime.adapters.cli.store.Workplaces;
import org.worktime.application.Refusal;
import org.worktime.application.workday.CloseWorkdayUseCase;
import org.worktime.application.workday.DayRef;
import org.worktime.application.workday.WorkdayView;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.text.Note;
import org.worktime.domain.workday.Closing;
import org.worktime.domain.workday.Timing;
import org.worktime.domain.workday.WorkdayStatus;
import picocli.CommandLine.Command;

/**
 * {@code worktime close}: ends the running day (a running break ends with it). An expired day
 * closes only {@code --at} an explicit time.
 */
@Command(
    name = "close",
    mixinStandardHelpOptions = true,
    description = "End an employee's running workday, now or --at a time.")
public final class CloseCommand extends DayChangeCommand {

  @picocli.CommandLine.Option(
      names = "--note",
      paramLabel = "TEXT",
      converter = GivenNote.class,
      description = "A note kept with the end (on a fixed schedule, the report for an early end).")
  private Note note;

  public CloseCommand(Workplaces workplaces) {
    super(workplaces);
  }

  @Override
  Either<Refusal, Done> change(Desk desk, Employee employee, Timing timing, Style style) {
    return desk.engine()
        .closeWorkday()
        .close(
            new CloseWorkdayUseCase.Command(
                desk.request(),
                new DayRef.LatestOf(employee.id()),
                new Closing(timing, CLI, Option.of(note))))
        .map(day -> closed(employee, day, style));
  }

  private static Done closed(Employee employee, WorkdayView day, Style style) {
    String at =
        day.workday()
            .end()
            .map(end -> DayRendering.moment(end.at(), day.workday().zone(), day))
            .getOrElse("now");
    return new Done(
        "closed",
        day,
        style.status(WorkdayStatus.CLOSED, "Closed")
            + " "
            + possessive(employee)
            + " day at "
            + at
            + "; "
            + DayRendering.totals(day)
            + DayRendering.pending(day));
  }
}
