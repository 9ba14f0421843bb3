package org.worktime.adapters.cli.key;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Map;
import org.worktime.adapters.cli.Desk;
import org.worktime.adapters.cli.DeskCommand;
import org.worktime.adapters.cli.GivenDuration;
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
 * {@code worktime key issue}: a new API key. Its token is the only thing on stdout, so that {@code
 * TOKEN=$(worktime key issue --user 2)} keeps it; what was issued is said on stderr.
 */
@Command(
    name = "issue",
    mixinStandardHelpOptions = true,
    description = {
      "Issue an API key acting as an employee; print its token once, on stdout.",
      "The token is a Bearer token for every HTTP dialect (Bitrix also takes ?auth= and ?access_token=)."
    })
final class KeyIssueCommand extends DeskCommand {

  @Mixin private UserOption user;

  @CommandLine.Option(
      names = "--label",
      paramLabel = "TEXT",
      converter = GivenText.class,
      description = "What the key is for, to recognise it in 'worktime key list'.")
  private String label = "issued on the command line";

  @CommandLine.Option(
      names = "--valid-for",
      paramLabel = "DURATION",
      converter = GivenDuration.class,
      description = "How long it works: " + GivenDuration.FORMS + " (default: until revoked).")
  private Duration validity;

  KeyIssueCommand(Workplaces workplaces) {
    super(workplaces);
  }

  @Override
  protected Either<Refusal, Integer> run(Desk desk) {
    if (validity != null && validity.isZero()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--valid-for must be longer than zero");
    }
    return desk.employee(user.number())
        .flatMap(
            holder ->
                desk.engine()
                    .apiKeys()
                    .issue(desk.request(), holder.id(), label, Option.of(validity))
                    .map(issued -> print(desk, holder, issued)));
  }

  private static int print(Desk desk, Employee holder, Issued issued) {
    if (desk.json()) {
      Map<String, Object> fields = KeyCommand.json(issued.key(), Option.some(holder));
      fields.put("token", issued.token());
      JsonOutput.print(desk.out(), fields);
      return 0;
    }
    desk.out().println(issued.token());
    desk.err()
        .println(
            "worktime: issued key "
                + issued.key().id()
                + " acting as "
                + DayRendering.who(holder)
                + issued.key().expiresAt().map(end -> ", valid until " + end).getOrElse("")
                + "; the token above is shown only this once");
    return 0;
  }
}
