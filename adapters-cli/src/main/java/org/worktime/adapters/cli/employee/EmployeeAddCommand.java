package org.worktime.adapters.cli.employee;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.ZoneId;
import org.worktime.adapters.cli.Desk;
import org.worktime.adapters.cli.DeskCommand;
import org.worktime.adapters.cli.JsonOutput;
import org.worktime.adapters.cli.location.Locations;
import org.worktime.adapters.cli.store.Workplaces;
import org.worktime.application.Refusal;
import org.worktime.application.employee.ManageEmployeesUseCase.NewEmployee;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.employee.Role;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code worktime employee add}: a new employee. Without {@code --number}, the next free one;
 * without {@code --zone}, the operator's zone; without {@code --policy}, the company's default.
 */
@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    description = "Add an employee (--email and --name are required).")
final class EmployeeAddCommand extends DeskCommand {

  @CommandLine.Option(
      names = "--number",
      paramLabel = "NUMBER",
      description = "Their employee number, from 1 (default: the next free one).")
  private Long number;

  @Mixin private EmployeeOptions fields;

  EmployeeAddCommand(Workplaces workplaces) {
    super(workplaces);
  }

  @Override
  protected Either<Refusal, Integer> run(Desk desk) {
    if (fields.email().isEmpty() || fields.name().isEmpty()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "an employee needs --email and --name");
    }
    if (number != null && number < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--number must be a whole number from 1 up, not " + number);
    }
    return desk.engine()
        .employees()
        .list(desk.request())
        .flatMap(
            staff -> {
              Option<String> taken =
                  EmployeeRendering.taken(staff, Option.none(), Option.of(number), fields.email());
              if (taken.isDefined()) {
                desk.err().println("worktime: " + taken.get());
                return Either.right(1);
              }
              return add(desk);
            });
  }

  private Either<Refusal, Integer> add(Desk desk) {
    return Locations.findIfNamed(desk, fields.location())
        .flatMap(
            site ->
                zone(desk)
                    .flatMap(
                        zone ->
                            desk.engine()
                                .employees()
                                .add(
                                    desk.request(),
                                    new NewEmployee(
                                        Option.of(number),
                                        fields.email().get(),
                                        fields.name().get(),
                                        zone,
                                        fields.role().getOrElse(Role.EMPLOYEE),
                                        fields.policy())))
                    .flatMap(added -> Locations.place(desk, added, site)))
        .flatMap(added -> print(desk, added));
  }

  /** Without {@code --zone}, the operator's: a company mostly lives in one zone. */
  private Either<Refusal, ZoneId> zone(Desk desk) {
    return fields.zone().isDefined()
        ? Either.right(fields.zone().get())
        : desk.employee(Option.none()).map(Employee::homeZone);
  }

  static Either<Refusal, Integer> print(Desk desk, Employee employee, String verb) {
    return desk.engine()
        .locations()
        .list(desk.request())
        .map(
            locations -> {
              if (desk.json()) {
                JsonOutput.print(desk.out(), EmployeeRendering.json(employee, locations));
              } else {
                desk.out().println(verb + " " + EmployeeRendering.line(employee, locations));
              }
              return 0;
            });
  }

  private static Either<Refusal, Integer> print(Desk desk, Employee employee) {
    return print(desk, employee, "Added");
  }
}
