package org.worktime.adapters.cli.timer;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import org.worktime.adapters.cli.Desk;
import org.worktime.adapters.cli.DeskCommand;
import org.worktime.adapters.cli.Durations;
import org.worktime.adapters.cli.GivenTime;
import org.worktime.adapters.cli.JsonOutput;
import org.worktime.adapters.cli.UserOption;
import org.worktime.adapters.cli.day.DayRendering;
import org.worktime.adapters.cli.store.Workplaces;
import org.worktime.application.Refusal;
import org.worktime.application.timer.StopTimerUseCase;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.place.Origin;
import org.worktime.domain.place.SourceType;
import org.worktime.domain.timer.StoppedTimer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code worktime timer stop}: stops the employee's running timer, now or {@code --at} a time. */
@Command(
    name = "stop",
    mixinStandardHelpOptions = true,
    description = "Stop an employee's running task timer.")
final class TimerStopCommand extends DeskCommand {

  @Mixin private UserOption user;

  @picocli.CommandLine.Option(
      names = "--at",
      paramLabel = "TIME",
      converter = GivenTime.Converter.class,
      description = "When it stopped, if not now: " + GivenTime.FORMS + ".")
  private GivenTime at;

  TimerStopCommand(Workplaces workplaces) {
    super(workplaces);
  }

  @Override
  protected Either<Refusal, Integer> run(Desk desk) {
    return desk.employee(user.number())
        .flatMap(
            owner ->
                endTime(owner, desk)
                    .flatMap(
                        end ->
                            Timers.runningOf(desk, owner)
                                .flatMap(
                                    running ->
                                        running.toEither(
                                            () ->
                                                new Refusal.NotFound(
                                                    "running timer",
                                                    "for " + DayRendering.who(owner))))
                                .flatMap(
                                    running ->
                                        desk.engine()
                                            .stopTimer()
                                            .stop(
                                                new StopTimerUseCase.Command(
                                                    desk.request(),
                                                    running.id(),
                                                    Origin.of(SourceType.CLI),
                                                    end)))
                                .map(stopped -> print(desk, owner, stopped))));
  }

  private Either<Refusal, Option<Instant>> endTime(Employee owner, Desk desk) {
    return at == null
        ? Either.right(Option.none())
        : at.in(owner.homeZone(), desk.clock()).map(zoned -> Option.some(zoned.toInstant()));
  }

  private static int print(Desk desk, Employee owner, StoppedTimer stopped) {
    if (desk.json()) {
      JsonOutput.print(desk.out(), TimerRendering.json("stopped", owner, stopped));
    } else {
      desk.out()
          .println(
              "Stopped "
                  + owner.name()
                  + "'s timer at "
                  + TimerRendering.moment(stopped.end(), desk.clock().instant())
                  + " after "
                  + Durations.hoursAndMinutes(stopped.duration())
                  + TimerRendering.about(stopped.details()));
    }
    return 0;
  }
}
