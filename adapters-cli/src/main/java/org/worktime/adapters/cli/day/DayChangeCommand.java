package org.worktime.adapters.cli.day;

import io.vavr.control.Either;
import java.util.Objects;
import org.worktime.adapters.cli.Desk;
import org.worktime.adapters.cli.DeskCommand;
import org.worktime.adapters.cli.GivenNote;
import org.worktime.adapters.cli.GivenTime;
import org.worktime.adapters.cli.JsonOutput;
import org.worktime.adapters.cli.Style;
import org.worktime.adapters.cli.UserOption;
import org.worktime.adapters.cli.store.Workplaces;
import org.worktime.application.Refusal;
import org.worktime.application.workday.WorkdayView;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.place.Origin;
import org.worktime.domain.place.SourceType;
import org.worktime.domain.text.Note;
import org.worktime.domain.workday.Timing;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * A command that moves an employee's day on — open, pause, resume, close — now or at a time given
 * by hand with {@code --at} (the domain decides whether that time needs {@code --report}, whether
 * it lies too far back, and whether a manager must approve it). It prints one line saying what
 * happened, or the day as JSON.
 */
abstract class DayChangeCommand extends DeskCommand {

  /** Every punch the command line makes comes from the CLI. */
  static final Origin CLI = Origin.of(SourceType.CLI);

  @Mixin private UserOption user;

  @Option(
      names = "--at",
      paramLabel = "TIME",
      converter = GivenTime.Converter.class,
      description = {
        "A time given by hand instead of now: " + GivenTime.FORMS + ".",
        "Wall times are in the employee's home zone."
      })
  private GivenTime at;

  @Option(
      names = "--report",
      paramLabel = "TEXT",
      converter = GivenNote.class,
      description = "Why the time is given by hand; goes with --at (a fixed schedule requires it).")
  private Note report;

  DayChangeCommand(Workplaces workplaces) {
    super(workplaces);
  }

  /** What the command did: the word for scripts, the day afterwards, and the line for people. */
  record Done(String action, WorkdayView day, String line) {
    Done {
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(line, "line");
    }
  }

  /** Makes the change through the engine's use case. */
  abstract Either<Refusal, Done> change(Desk desk, Employee employee, Timing timing, Style style);

  @Override
  protected final Either<Refusal, Integer> run(Desk desk) {
    if (report != null && at == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--report goes with --at: it says why a time is given by hand");
    }
    Style style = Style.ofThisProcess(desk.json());
    return desk.employee(user.number())
        .flatMap(
            employee ->
                timing(employee, desk)
                    .flatMap(timing -> change(desk, employee, timing, style))
                    .map(done -> print(desk, employee, done)));
  }

  private Either<Refusal, Timing> timing(Employee employee, Desk desk) {
    if (at == null) {
      return Either.right(Timing.now());
    }
    return at.in(employee.homeZone(), desk.clock())
        .map(zoned -> new Timing.Manual(zoned, io.vavr.control.Option.of(report)));
  }

  static int print(Desk desk, Employee employee, Done done) {
    if (desk.json()) {
      JsonOutput.print(desk.out(), DayRendering.json(done.action(), employee, done.day()));
    } else {
      desk.out().println(done.line());
    }
    return 0;
  }

  /** {@code Ada's}. */
  static String possessive(Employee employee) {
    return employee.name() + "'s";
  }
}
