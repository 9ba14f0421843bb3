package org.worktime.adapters.cli.location;

import io.vavr.control.Either;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.worktime.adapters.cli.Desk;
import org.worktime.adapters.cli.DeskCommand;
import org.worktime.adapters.cli.GivenText;
import org.worktime.adapters.cli.JsonOutput;
import org.worktime.adapters.cli.Table;
import org.worktime.adapters.cli.store.Workplaces;
import org.worktime.application.Refusal;
import org.worktime.domain.place.Location;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code worktime location}: the company's sites, which {@code employee --location} names. */
@Command(
    name = "location",
    mixinStandardHelpOptions = true,
    description = "Add or list the company's locations.",
    synopsisSubcommandLabel = "(add | list)")
public final class LocationCommand {

  private LocationCommand() {}

  public static CommandLine commandLine(Workplaces workplaces) {
    return new CommandLine(new LocationCommand())
        .addSubcommand(new Add(workplaces))
        .addSubcommand(new ListAll(workplaces));
  }

  static Map<String, Object> json(Location location) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("id", location.id().toString());
    fields.put("name", location.name());
    return fields;
  }

  @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a location.")
  static final class Add extends DeskCommand {

    @Parameters(
        paramLabel = "NAME",
        converter = GivenText.class,
        description = "Its name, 1 to 200 characters (any script).")
    private String name;

    Add(Workplaces workplaces) {
      super(workplaces);
    }

    @Override
    protected Either<Refusal, Integer> run(Desk desk) {
      return desk.engine()
          .locations()
          .define(desk.request(), name)
          .map(
              added -> {
                if (desk.json()) {
                  JsonOutput.print(desk.out(), json(added));
                } else {
                  desk.out().println("Added location " + added.name() + " (" + added.id() + ")");
                }
                return 0;
              });
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the locations.")
  static final class ListAll extends DeskCommand {

    ListAll(Workplaces workplaces) {
      super(workplaces);
    }

    @Override
    protected Either<Refusal, Integer> run(Desk desk) {
      return desk.engine()
          .locations()
          .list(desk.request())
          .map(
              all -> {
                if (desk.json()) {
                  JsonOutput.print(
                      desk.out(),
                      Map.of("items", List.copyOf(all.map(LocationCommand::json).asJava())));
                } else {
                  Table table = new Table("ID", "NAME");
                  all.forEach(site -> table.row(site.id(), site.name()));
                  if (table.isEmpty()) {
                    desk.out().println("No locations yet; add one with 'worktime location add'.");
                  } else {
                    table.print(desk.out());
                  }
                }
                return 0;
              });
    }
  }
}
