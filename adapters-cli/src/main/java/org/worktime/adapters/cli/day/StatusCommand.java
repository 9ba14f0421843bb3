package org.worktime.adapters.cli.day;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.worktime.adapters.cli.Desk;
import org.worktime.adapters.cli.DeskCommand;
import org.worktime.adapters.cli.JsonOutput;
import org.worktime.adapters.cli.Style;
import org.worktime.adapters.cli.UserOption;
import org.worktime.adapters.cli.store.Workplaces;
import org.worktime.application.Refusal;
import org.worktime.application.workday.WorkdayView;
import org.worktime.domain.employee.Employee;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code worktime status}: the employee's current or latest day, as of now. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = "Show an employee's current or latest workday, as of now.")
public final class StatusCommand extends DeskCommand {

  @Mixin private UserOption user;

  public StatusCommand(Workplaces workplaces) {
    super(workplaces);
  }

  @Override
  protected Either<Refusal, Integer> run(Desk desk) {
    return desk.employee(user.number())
        .flatMap(
            employee ->
                desk.engine()
                    .workdayStatus()
                    .statusOf(desk.request(), employee.id())
                    .map(day -> print(desk, employee, day)));
  }

  private static int print(Desk desk, Employee employee, Option<WorkdayView> day) {
    if (desk.json()) {
      JsonOutput.print(desk.out(), DayRendering.json(employee, day));
    } else {
      desk.out().println(DayRendering.text(employee, day, Style.ofThisProcess(false)));
    }
    return 0;
  }
}
