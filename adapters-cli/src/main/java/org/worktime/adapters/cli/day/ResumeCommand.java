package org.worktime.adapters.cli.day;

import io.vavr.control.Either;
import org.worktime.adapters.cli.Desk;
import org.worktime.adapters.cli.Durations;
import org.worktime.adapters.cli.Style;
import org.worktime.adapters.cli.store.Workplaces;
import org.worktime.application.Refusal;
import org.worktime.application.workday.DayRef;
import org.worktime.application.workday.ResumeWorkdayUseCase;
import org.worktime.application.workday.WorkdayView;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.workday.Break;
import org.worktime.domain.workday.Timing;
import org.worktime.domain.workday.WorkdayStatus;
import picocli.CommandLine.Command;

/** {@code worktime resume} (also {@code worktime break stop}): ends the running break. */
@Command(
    name = "resume",
    mixinStandardHelpOptions = true,
    description = "End the running break of an employee's paused workday, now or --at a time.")
public class ResumeCommand extends DayChangeCommand {

  public ResumeCommand(Workplaces workplaces) {
    super(workplaces);
  }

  @Override
  final Either<Refusal, Done> change(Desk desk, Employee employee, Timing timing, Style style) {
    return desk.engine()
        .resumeWorkday()
        .resume(
            new ResumeWorkdayUseCase.Command(
                desk.request(), new DayRef.LatestOf(employee.id()), timing, CLI))
        .map(day -> resumed(employee, day, style));
  }

  /** The break that just ended is the one that ended last. */
  static Done resumed(Employee employee, WorkdayView day, Style style) {
    io.vavr.control.Option<Break> ended = day.workday().breaks().maxBy(done -> done.end().at());
    return new Done(
        "resumed",
        day,
        style.status(WorkdayStatus.OPENED, "Resumed")
            + " "
            + possessive(employee)
            + " day at "
            + ended
                .map(done -> DayRendering.moment(done.end().at(), day.workday().zone(), day))
                .getOrElse("now")
            + ended
                .map(done -> " after a " + Durations.hoursAndMinutes(done.duration()) + " break")
                .getOrElse("")
            + DayRendering.pending(day));
  }
}
