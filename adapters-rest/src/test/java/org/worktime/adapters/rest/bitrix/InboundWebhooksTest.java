package org.worktime.adapters.rest.bitrix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.control.Option;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bitrix24's inbound webhooks, {@code /rest/<user_id>/<secret>/<method>}: the form the vendor's
 * every page shows first and the official JS SDK builds itself (its {@code hook/auth.mjs}).
 */
class InboundWebhooksTest extends TimemanFixture {

  String secret;

  @BeforeEach
  void aWebhookForTheFlexibleEmployee() {
    secret = engine.apiKeys().issueWebhook(asAdmin, flexible.id(), "crm").get().token();
  }

  Reply hook(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + "/rest/" + path)).GET().build());
  }

  Reply hookPost(String path, String json) {
    return send(
        HttpRequest.newBuilder(URI.create(base + "/rest/" + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .build());
  }

  @Test
  void aWholeDayThroughTheWebhookActsAsItsEmployee() {
    JsonNode opened = hook("6/" + secret + "/timeman.open").result();
    assertThat(opened.get("STATUS").asText()).isEqualTo("OPENED");
    clock.advance(java.time.Duration.ofHours(2));
    assertThat(
            hookPost("6/" + secret + "/timeman.pause.json", "{}").result().get("STATUS").asText())
        .isEqualTo("PAUSED");
    assertThat(hook("6/" + secret + "/timeman.open/").result().get("STATUS").asText())
        .isEqualTo("OPENED");
    JsonNode closed = hookPost("6/" + secret + "/TIMEMAN.CLOSE.json/", "{}").result();
    assertThat(closed.get("STATUS").asText()).isEqualTo("CLOSED");

    assertThat(get("timeman.status", auth(flexibleToken)).result()).isEqualTo(closed);
    // The JS SDK's OAuth client doubles the slash after /rest/; the vendor takes it.
    assertThat(hook("/6//" + secret + "/timeman.status").result()).isEqualTo(closed);
    assertThat(get("/timeman.status", auth(flexibleToken)).result()).isEqualTo(closed);
  }

  @Test
  void theWebhookActsWithItsEmployeesRightsOnly() {
    hook("6/" + secret + "/timeman.status?USER_ID=5").isError(403, "ACCESS_DENIED");
    String managers = engine.apiKeys().issueWebhook(asAdmin, manager.id(), "hr").get().token();
    assertThat(hook("7/" + managers + "/timeman.status?USER_ID=5").result().get("STATUS").asText())
        .isEqualTo("CLOSED");
  }

  @Test
  void aWrongPairIsInvalidCredentialsAndNeverEchoesTheSecret() {
    String wrongUser =
        hook("5/" + secret + "/timeman.status").isError(401, "INVALID_CREDENTIALS").text();
    String wrongSecret =
        hook("6/" + secret.substring(0, secret.length() - 2) + "xx/timeman.status")
            .isError(401, "INVALID_CREDENTIALS")
            .text();
    String unknownUser =
        hook("99/" + secret + "/timeman.status").isError(401, "INVALID_CREDENTIALS").text();
    String notASecret = hook("6/abc/timeman.status").isError(401, "INVALID_CREDENTIALS").text();

    assertThat(wrongUser + wrongSecret + unknownUser + notASecret)
        .doesNotContain(secret)
        .doesNotContain(secret.toLowerCase());
  }

  @Test
  void aRevokedWebhookStopsAtOnce() {
    hook("6/" + secret + "/timeman.status").result();
    var listed = engine.apiKeys().list(asAdmin).get().find(key -> key.label().equals("crm")).get();
    engine.apiKeys().revoke(asAdmin, listed.id()).get();

    hook("6/" + secret + "/timeman.status").isError(401, "INVALID_CREDENTIALS");
  }

  @Test
  void aWebhookSecretIsNoTokenAndATokenIsNoWebhookSecret() {
    get("timeman.status", auth(secret)).isError(401, "invalid_token");
    hook("6/" + flexibleToken + "/timeman.status").isError(401, "INVALID_CREDENTIALS");
    var apiKey = engine.apiKeys().issue(asAdmin, flexible.id(), "k", Option.none()).get().token();
    hook("6/" + apiKey + "/timeman.status").isError(401, "INVALID_CREDENTIALS");
  }

  @Test
  void anUnknownMethodOrPathNeverEchoesTheSecret() {
    String unknown =
        hook("6/" + secret + "/timeman.nothing").isError(404, "ERROR_METHOD_NOT_FOUND").text();
    String deeper =
        hook("6/" + secret + "/a/b/timeman.status").isError(404, "ERROR_METHOD_NOT_FOUND").text();
    String wrongAndUnknown = hook("6/x" + secret + "/timeman.nothing").text();

    assertThat(unknown + deeper + wrongAndUnknown)
        .doesNotContain(secret)
        .doesNotContain(secret.toLowerCase());
  }
}
