package org.worktime.adapters.cli.key;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.worktime.adapters.cli.CliTestSupport;
import org.worktime.application.Actor;
import org.worktime.domain.employee.Role;

class KeyCommandTest {

  private final CliTestSupport cli = new CliTestSupport(Instant.parse("2026-03-10T10:00:00Z"));

  @Test
  void anIssuedKeysTokenIsAloneOnStdoutAndAuthenticatesAsItsEmployee() {
    cli.company("Ada", ZoneId.of("Europe/Berlin"));
    cli.run("employee", "add", "--name", "Grace", "--email", "grace@example.org");

    var run = cli.run("key", "issue", "--user", "2", "--label", "Grace's terminal 📟");

    assertThat(run.exitCode()).isZero();
    String token = run.out().strip();
    assertThat(run.out().lines()).hasSize(1);
    assertThat(token).startsWith("wt_");
    assertThat(run.err())
        .startsWith("worktime: issued key ")
        .contains("acting as Grace (number 2)", "shown only this once");
    Actor grace = cli.workplaces().engine.authenticate().authenticate(token).get();
    assertThat(grace.role()).isEqualTo(Role.EMPLOYEE);
    assertThat(cli.run("key", "list").out()).contains("api key", "2  ", "Grace's terminal 📟");
    assertThat(cli.run("key", "list", "--json").out()).doesNotContain(token).doesNotContain("wt_");
  }

  @Test
  void aWebhookIsItsPathAloneOnStdoutAndActsAsItsEmployeeThroughThatPathOnly() {
    cli.company("Ada", ZoneId.of("Europe/Berlin"));
    cli.run("employee", "add", "--name", "Grace", "--email", "grace@example.org");

    var run = cli.run("key", "webhook", "--user", "2", "--label", "CRM");

    assertThat(run.exitCode()).isZero();
    String path = run.out().strip();
    assertThat(run.out().lines()).hasSize(1);
    assertThat(path).matches("rest/2/wt_[^/]+/");
    assertThat(run.err()).contains("acting as Grace (number 2)", "shown only this once");
    String secret = path.split("/")[2];
    var engine = cli.workplaces().engine.authenticate();
    assertThat(engine.authenticateWebhook(2, secret).get().role()).isEqualTo(Role.EMPLOYEE);
    assertThat(engine.authenticateWebhook(1, secret).isLeft()).isTrue();
    assertThat(engine.authenticate(secret).isLeft()).isTrue();
    assertThat(cli.run("key", "list").out()).contains("webhook", "CRM").doesNotContain(secret);
    var json = cli.run("key", "webhook", "--user", "2", "--json").out();
    assertThat(json).contains("\"kind\":\"webhook\"", "\"path\":\"/rest/2/wt_");
  }

  @Test
  void aRevokedKeyNoLongerAuthenticates() {
    cli.company("Ada", ZoneId.of("Europe/Berlin"));
    var issued = cli.run("key", "issue", "--json", "--valid-for", "P30D");
    String token = issued.out().replaceAll(".*\"token\":\"([^\"]+)\".*\\s*", "$1");
    String id = issued.out().replaceAll("^\\{\"id\":\"([^\"]+)\".*\\s*", "$1");
    assertThat(issued.out()).contains("\"expiresAt\":\"2026-04-09T10:00:00Z\"");
    assertThat(cli.workplaces().engine.authenticate().authenticate(token).isRight()).isTrue();

    var run = cli.run("key", "revoke", id);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualToIgnoringNewLines(
            "Revoked key "
                + id
                + " (issued on the command line, acting as Ada (number 1)) at 2026-03-10T10:00:00Z");
    assertThat(cli.workplaces().engine.authenticate().authenticate(token).isLeft()).isTrue();
    assertThat(cli.run("key", "list").out()).contains("revoked 2026-03-10T10:00:00Z");
  }

  @Test
  void anUnknownKeyIsRefusedAndAMalformedIdIsAUsageError() {
    cli.company("Ada", ZoneId.of("Europe/Berlin"));

    var unknown = cli.run("key", "revoke", "0190a000-0000-7000-8000-000000000000");
    var malformed = cli.run("key", "revoke", "wt_abc");
    var zero = cli.run("key", "issue", "--valid-for", "0:00");
    var endless = cli.run("key", "issue", "--valid-for", "PT9223372036854775807S");

    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.err())
        .isEqualToIgnoringNewLines("worktime: no API key 0190a000-0000-7000-8000-000000000000");
    assertThat(malformed.exitCode()).isEqualTo(2);
    assertThat(malformed.err()).contains("'wt_abc' is not an id");
    assertThat(zero.exitCode()).isEqualTo(2);
    assertThat(zero.err()).contains("--valid-for must be longer than zero");
    assertThat(endless.exitCode()).isEqualTo(2);
    assertThat(endless.err()).contains("'PT9223372036854775807S' is longer than P36525D");
  }

  @Test
  void noKeysSaysSo() {
    cli.company("Ada", ZoneId.of("Europe/Berlin"));

    assertThat(cli.run("key", "list").out()).isEqualToIgnoringNewLines("No keys yet.");
  }
}
