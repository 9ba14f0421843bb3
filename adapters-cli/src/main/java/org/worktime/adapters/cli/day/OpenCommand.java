package org.worktime.adapters.cli.day;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.worktime.adapters.cli.Desk;
import org.worktime.adapters.cli.GivenNote;
import org.worktime.adapters.cli.Style;
import org.worktime.adapters.cli.store.Workplaces;
import org.worktime.application.Refusal;
import org.worktime.application.workday.OpenWorkdayUseCase;
import org.worktime.application.workday.WorkdayView;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.id.WorkdayId;
import org.worktime.domain.text.Note;
import org.worktime.domain.workday.Timing;
import org.worktime.domain.workday.WorkdayStatus;
import picocli.CommandLine.Command;

/**
 * {@code worktime open}: starts the employee's day, or continues their paused one (as Bitrix's
 * {@code timeman.open} does; continuing happens now, so {@code --at} is refused then).
 */
@Command(
    name = "open",
    mixinStandardHelpOptions = true,
    description = "Start an employee's workday (or continue a paused one), now or --at a time.")
public final class OpenCommand extends DayChangeCommand {

  @picocli.CommandLine.Option(
      names = "--note",
      paramLabel = "TEXT",
      converter = GivenNote.class,
      description =
          "A note kept with the start (on a fixed schedule, the report for a late start).")
  private Note note;

  public OpenCommand(Workplaces workplaces) {
    super(workplaces);
  }

  @Override
  Either<Refusal, Done> change(Desk desk, Employee employee, Timing timing, Style style) {
    return desk.engine()
        .workdayStatus()
        .statusOf(desk.request(), employee.id())
        .flatMap(
            before ->
                desk.engine()
                    .openWorkday()
                    .open(
                        new OpenWorkdayUseCase.Command(
                            desk.request(), employee.id(), timing, CLI, Option.of(note)))
                    .map(
                        day ->
                            said(employee, before.map(view -> view.workday().id()), day, style)));
  }

  private static Done said(
      Employee employee, Option<WorkdayId> latestBefore, WorkdayView day, Style style) {
    if (latestBefore.contains(day.workday().id())) {
      return ResumeCommand.resumed(employee, day, style);
    }
    return new Done(
        "opened",
        day,
        style.status(WorkdayStatus.OPENED, "Opened")
            + " "
            + possessive(employee)
            + " day at "
            + DayRendering.moment(day.workday().start().at(), day.workday().zone(), day)
            + DayRendering.pending(day));
  }
}
