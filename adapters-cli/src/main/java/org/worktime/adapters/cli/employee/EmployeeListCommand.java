package org.worktime.adapters.cli.employee;

import io.vavr.control.Either;
import java.util.List;
import java.util.Map;
import org.worktime.adapters.cli.Desk;
import org.worktime.adapters.cli.DeskCommand;
import org.worktime.adapters.cli.JsonOutput;
import org.worktime.adapters.cli.Table;
import org.worktime.adapters.cli.location.Locations;
import org.worktime.adapters.cli.store.Workplaces;
import org.worktime.application.Refusal;
import picocli.CommandLine.Command;

/** {@code worktime employee list}: everyone, by number. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "List the company's employees, by number.")
final class EmployeeListCommand extends DeskCommand {

  EmployeeListCommand(Workplaces workplaces) {
    super(workplaces);
  }

  @Override
  protected Either<Refusal, Integer> run(Desk desk) {
    return desk.engine()
        .employees()
        .list(desk.request())
        .flatMap(
            staff ->
                desk.engine()
                    .locations()
                    .list(desk.request())
                    .map(
                        locations -> {
                          var sorted = staff.sortBy(employee -> employee.number());
                          if (desk.json()) {
                            JsonOutput.print(
                                desk.out(),
                                Map.of(
                                    "items",
                                    List.copyOf(
                                        sorted
                                            .map(e -> EmployeeRendering.json(e, locations))
                                            .asJava())));
                            return 0;
                          }
                          Table table =
                              new Table(
                                  "NUMBER", "NAME", "EMAIL", "ROLE", "ZONE", "LOCATION", "POLICY");
                          sorted.forEach(
                              e ->
                                  table.row(
                                      e.number(),
                                      e.name(),
                                      e.email(),
                                      EmployeeValues.roleName(e.role()),
                                      e.homeZone().getId(),
                                      Locations.nameOf(locations, e.location()).getOrNull(),
                                      e.policy()));
                          table.print(desk.out());
                          return 0;
                        }));
  }
}
