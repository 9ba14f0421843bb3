package org.worktime.adapters.cli.key;

import io.vavr.control.Either;
import org.worktime.adapters.cli.Desk;
import org.worktime.adapters.cli.DeskCommand;
import org.worktime.adapters.cli.GivenId;
import org.worktime.adapters.cli.JsonOutput;
import org.worktime.adapters.cli.day.DayRendering;
import org.worktime.adapters.cli.store.Workplaces;
import org.worktime.application.Refusal;
import org.worktime.application.access.ApiKey;
import org.worktime.domain.id.Id;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code worktime key revoke ID}: ends a key for good; revoking it again changes nothing. */
@Command(
    name = "revoke",
    mixinStandardHelpOptions = true,
    description = "Revoke an API key (or OAuth client) by its id; it stops working at once.")
final class KeyRevokeCommand extends DeskCommand {

  @Parameters(
      paramLabel = "ID",
      converter = GivenId.class,
      description = "The key's id, as 'worktime key issue' and 'worktime key list' print it.")
  private Id id;

  KeyRevokeCommand(Workplaces workplaces) {
    super(workplaces);
  }

  @Override
  protected Either<Refusal, Integer> run(Desk desk) {
    return desk.engine()
        .apiKeys()
        .revoke(desk.request(), id)
        .flatMap(
            revoked ->
                desk.engine()
                    .employees()
                    .list(desk.request())
                    .map(staff -> print(desk, revoked, KeyCommand.holderOf(revoked, staff))));
  }

  private static int print(
      Desk desk,
      ApiKey revoked,
      io.vavr.control.Option<org.worktime.domain.employee.Employee> holder) {
    if (desk.json()) {
      JsonOutput.print(desk.out(), KeyCommand.json(revoked, holder));
    } else {
      desk.out()
          .println(
              "Revoked key "
                  + revoked.id()
                  + " ("
                  + revoked.label()
                  + holder.map(h -> ", acting as " + DayRendering.who(h)).getOrElse("")
                  + ") at "
                  + revoked.revokedAt().get());
    }
    return 0;
  }
}
