package org.worktime.adapters.cli.employee;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.worktime.adapters.cli.Desk;
import org.worktime.adapters.cli.DeskCommand;
import org.worktime.adapters.cli.location.Locations;
import org.worktime.adapters.cli.store.Workplaces;
import org.worktime.application.Refusal;
import org.worktime.application.employee.ManageEmployeesUseCase.EmployeeChanges;
import org.worktime.domain.employee.Employee;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code worktime employee edit NUMBER}: changes what is given and keeps the rest. */
@Command(
    name = "edit",
    mixinStandardHelpOptions = true,
    description = "Change an employee's email, name, zone, role, policy or location.")
final class EmployeeEditCommand extends DeskCommand {

  @Parameters(paramLabel = "NUMBER", description = "The employee's number.")
  private long number;

  @Mixin private EmployeeOptions fields;

  EmployeeEditCommand(Workplaces workplaces) {
    super(workplaces);
  }

  @Override
  protected Either<Refusal, Integer> run(Desk desk) {
    if (!fields.anyGiven()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "nothing to change: give --email, --name, --zone, --role, --policy or --location");
    }
    return desk.engine()
        .employees()
        .byNumber(desk.request(), number)
        .flatMap(
            found ->
                desk.engine()
                    .employees()
                    .list(desk.request())
                    .flatMap(
                        staff -> {
                          Option<String> taken =
                              EmployeeRendering.taken(
                                  staff, Option.some(found), Option.none(), fields.email());
                          if (taken.isDefined()) {
                            desk.err().println("worktime: " + taken.get());
                            return Either.right(1);
                          }
                          return edit(desk, found);
                        }));
  }

  private Either<Refusal, Integer> edit(Desk desk, Employee found) {
    return Locations.findIfNamed(desk, fields.location())
        .flatMap(
            site ->
                desk.engine()
                    .employees()
                    .edit(
                        desk.request(),
                        found.id(),
                        new EmployeeChanges(
                            fields.email(),
                            fields.name(),
                            fields.zone(),
                            fields.role(),
                            fields.policy()))
                    .flatMap(edited -> Locations.place(desk, edited, site)))
        .flatMap(edited -> EmployeeAddCommand.print(desk, edited, "Changed"));
  }
}
