package org.worktime.adapters.cli.key;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.worktime.adapters.cli.store.Workplaces;
import org.worktime.application.access.ApiKey;
import org.worktime.domain.employee.Employee;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code worktime key}: API keys for the HTTP services. A key acts as one employee, in their role;
 * its token is printed once, when it is issued, and only its hash is kept.
 */
@Command(
    name = "key",
    mixinStandardHelpOptions = true,
    description = "Issue, list or revoke API keys and Bitrix24 webhooks for the HTTP services.",
    synopsisSubcommandLabel = "(issue | webhook | list | revoke)")
public final class KeyCommand {

  private KeyCommand() {}

  public static CommandLine commandLine(Workplaces workplaces) {
    return new CommandLine(new KeyCommand())
        .addSubcommand(new KeyIssueCommand(workplaces))
        .addSubcommand(new KeyWebhookCommand(workplaces))
        .addSubcommand(new KeyListCommand(workplaces))
        .addSubcommand(new KeyRevokeCommand(workplaces));
  }

  /** A key as listed: never a token or a hash (the management API's fields). */
  static Map<String, Object> json(ApiKey key, Option<Employee> holder) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("id", key.id().toString());
    fields.put("kind", key.kind().name().toLowerCase(Locale.ROOT));
    fields.put("employee", holder.map(Employee::number).getOrNull());
    fields.put("label", key.label());
    fields.put("createdAt", key.createdAt().toString());
    fields.put("expiresAt", key.expiresAt().map(Instant::toString).getOrNull());
    fields.put("revokedAt", key.revokedAt().map(Instant::toString).getOrNull());
    return fields;
  }

  static Option<Employee> holderOf(ApiKey key, Seq<Employee> staff) {
    return staff.find(employee -> employee.id().equals(key.employee()));
  }
}
