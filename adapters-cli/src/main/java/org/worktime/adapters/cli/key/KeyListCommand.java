package org.worktime.adapters.cli.key;

import io.vavr.control.Either;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.worktime.adapters.cli.Desk;
import org.worktime.adapters.cli.DeskCommand;
import org.worktime.adapters.cli.JsonOutput;
import org.worktime.adapters.cli.Table;
import org.worktime.adapters.cli.store.Workplaces;
import org.worktime.application.Refusal;
import org.worktime.application.access.ApiKey;
import org.worktime.domain.employee.Employee;
import picocli.CommandLine.Command;

/** {@code worktime key list}: every credential of the company, never a token. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "List the company's API keys, OAuth clients and tokens (never a token itself).")
final class KeyListCommand extends DeskCommand {

  KeyListCommand(Workplaces workplaces) {
    super(workplaces);
  }

  @Override
  protected Either<Refusal, Integer> run(Desk desk) {
    Instant now = desk.clock().instant();
    return desk.engine()
        .apiKeys()
        .list(desk.request())
        .flatMap(
            keys ->
                desk.engine()
                    .employees()
                    .list(desk.request())
                    .map(
                        staff -> {
                          if (desk.json()) {
                            JsonOutput.print(
                                desk.out(),
                                Map.of(
                                    "items",
                                    keys.map(
                                            key ->
                                                KeyCommand.json(
                                                    key, KeyCommand.holderOf(key, staff)))
                                        .asJava()));
                            return 0;
                          }
                          Table table = new Table("ID", "KIND", "EMPLOYEE", "STATE", "LABEL");
                          keys.forEach(
                              key ->
                                  table.row(
                                      key.id(),
                                      key.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                                      KeyCommand.holderOf(key, staff)
                                          .map(Employee::number)
                                          .getOrNull(),
                                      state(key, now),
                                      key.label()));
                          if (table.isEmpty()) {
                            desk.out().println("No keys yet.");
                          } else {
                            table.print(desk.out());
                          }
                          return 0;
                        }));
  }

  private static String state(ApiKey key, Instant now) {
    if (key.revokedAt().isDefined()) {
      return "revoked " + key.revokedAt().get();
    }
    if (!key.isValidAt(now)) {
      return "expired " + key.expiresAt().get();
    }
    return key.expiresAt().map(end -> "valid until " + end).getOrElse("valid");
  }
}
