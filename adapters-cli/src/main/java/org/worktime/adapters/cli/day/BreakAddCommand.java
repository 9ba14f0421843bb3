package org.worktime.adapters.cli.day;

import io.vavr.control.Either;
import org.worktime.adapters.cli.Desk;
import org.worktime.adapters.cli.DeskCommand;
import org.worktime.adapters.cli.Durations;
import org.worktime.adapters.cli.GivenTime;
import org.worktime.adapters.cli.UserOption;
import org.worktime.adapters.cli.store.Workplaces;
import org.worktime.application.Refusal;
import org.worktime.application.workday.AddBreakUseCase;
import org.worktime.application.workday.WorkdayView;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.time.Interval;
import org.worktime.domain.workday.WorkdayError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code worktime break add --from TIME --to TIME}: records a finished break in the employee's
 * latest day (today's, or the last one); the domain refuses one outside the day, overlapping
 * another break, or ending in the future.
 */
@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    description = "Add a past break, with both ends, to an employee's latest workday.")
final class BreakAddCommand extends DeskCommand {

  @Mixin private UserOption user;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "TIME",
      converter = GivenTime.Converter.class,
      description = "When the break started: " + GivenTime.FORMS + ".")
  private GivenTime from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "TIME",
      converter = GivenTime.Converter.class,
      description = "When it ended, in the same forms.")
  private GivenTime to;

  BreakAddCommand(Workplaces workplaces) {
    super(workplaces);
  }

  @Override
  protected Either<Refusal, Integer> run(Desk desk) {
    return desk.employee(user.number())
        .flatMap(
            employee ->
                interval(employee, desk)
                    .flatMap(interval -> addTo(desk, employee, interval))
                    .map(done -> DayChangeCommand.print(desk, employee, done)));
  }

  private static Either<Refusal, DayChangeCommand.Done> addTo(
      Desk desk, Employee employee, Interval interval) {
    return latestDay(desk, employee)
        .flatMap(
            latest ->
                desk.engine()
                    .addBreak()
                    .addBreak(
                        new AddBreakUseCase.Command(
                            desk.request(), latest.workday().id(), interval, DayChangeCommand.CLI)))
        .map(day -> added(employee, interval, day));
  }

  private Either<Refusal, Interval> interval(Employee employee, Desk desk) {
    return from.in(employee.homeZone(), desk.clock())
        .flatMap(
            start ->
                to.in(employee.homeZone(), desk.clock())
                    .flatMap(
                        end ->
                            end.isBefore(start)
                                ? Either.left(
                                    new Refusal.WorkdayRefused(
                                        new WorkdayError.EndBeforeStart(
                                            start.toInstant(), end.toInstant())))
                                : Either.right(new Interval(start.toInstant(), end.toInstant()))));
  }

  private static Either<Refusal, WorkdayView> latestDay(Desk desk, Employee employee) {
    return desk.engine()
        .workdayStatus()
        .statusOf(desk.request(), employee.id())
        .flatMap(
            latest ->
                latest.toEither(
                    () ->
                        new Refusal.NotFound("workday", "yet for " + DayRendering.who(employee))));
  }

  private static DayChangeCommand.Done added(
      Employee employee, Interval interval, WorkdayView day) {
    return new DayChangeCommand.Done(
        "break_added",
        day,
        "Added a "
            + Durations.hoursAndMinutes(interval.duration())
            + " break at "
            + DayRendering.moment(interval.start(), day.workday().zone(), day)
            + " to "
            + DayChangeCommand.possessive(employee)
            + " day of "
            + day.workday().date()
            + "; "
            + DayRendering.totals(day));
  }
}
