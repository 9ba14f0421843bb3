package org.worktime.adapters.cli.key;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Map;
import org.worktime.adapters.cli.Desk;
import org.worktime.adapters.cli.DeskCommand;
import org.worktime.adapters.cli.GivenText;
import org.worktime.adapters.cli.JsonOutput;
import org.worktime.adapters.cli.UserOption;
import org.worktime.adapters.cli.day.DayRendering;
import org.worktime.adapters.cli.store.Workplaces;
import org.worktime.application.Refusal;
import org.worktime.application.access.ApiKeysUseCase.Issued;
import org.worktime.domain.employee.Employee;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code worktime key webhook}: a Bitrix24 inbound webhook acting as an employee. Like Bitrix's
 * own, it is a URL: stdout gets its path, {@code rest/<user>/<secret>/}, for the service's base URL
 * to go in front of; the secret is shown only this once.
 */
@Command(
    name = "webhook",
    mixinStandardHelpOptions = true,
    description = {
      "Issue a Bitrix24 inbound webhook acting as an employee; print its path once, on stdout:",
      "rest/<user>/<secret>/ (call https://HOST/rest/<user>/<secret>/timeman.status).",
      "Revoke it with 'worktime key revoke'."
    })
final class KeyWebhookCommand extends DeskCommand {

  @Mixin private UserOption user;

  @CommandLine.Option(
      names = "--label",
      paramLabel = "TEXT",
      converter = GivenText.class,
      description = "What the webhook is for, to recognise it in 'worktime key list'.")
  private String label = "Bitrix24 webhook issued on the command line";

  KeyWebhookCommand(Workplaces workplaces) {
    super(workplaces);
  }

  @Override
  protected Either<Refusal, Integer> run(Desk desk) {
    return desk.employee(user.number())
        .flatMap(
            holder ->
                desk.engine()
                    .apiKeys()
                    .issueWebhook(desk.request(), holder.id(), label)
                    .map(issued -> print(desk, holder, issued)));
  }

  /** The path a Bitrix24 client's base URL takes after the host. */
  static String path(Employee holder, Issued issued) {
    return "rest/" + holder.number() + "/" + issued.token() + "/";
  }

  private static int print(Desk desk, Employee holder, Issued issued) {
    if (desk.json()) {
      Map<String, Object> fields = KeyCommand.json(issued.key(), Option.some(holder));
      fields.put("secret", issued.token());
      fields.put("path", "/" + path(holder, issued));
      JsonOutput.print(desk.out(), fields);
      return 0;
    }
    desk.out().println(path(holder, issued));
    desk.err()
        .println(
            "worktime: issued webhook "
                + issued.key().id()
                + " acting as "
                + DayRendering.who(holder)
                + "; the path above holds its secret and is shown only this once");
    return 0;
  }
}
