package org.worktime.adapters.rest.management;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

class AnAdminSetsUpAnEmployeeWhoseKeyWorksOnBitrixTest extends ManagementFixture {

  private static final String FIXED_POLICY =
      "{\"schedule\":{\"type\":\"fixed\",\"shifts\":{"
          + "\"MONDAY\":{\"start\":\"09:00\",\"end\":\"17:00\",\"plannedBreak\":\"PT30M\"},"
          + "\"TUESDAY\":{\"start\":\"09:00\",\"end\":\"17:00\",\"plannedBreak\":\"PT30M\"}}},"
          + "\"latestStart\":\"09:30\",\"earliestFinish\":null,\"minimumDuration\":\"PT8H\","
          + "\"allowedDelta\":\"PT15M\",\"reopenAllowed\":false}";

  @Test
  void anAdminCreatesAPolicyAnEmployeeOnItALocationAndAKeyThatActsAsThemOnBitrix() {
    JsonNode policy = post(adaToken, "/api/v1/policies", FIXED_POLICY).is(201);
    String policyId = policy.get("id").asText();
    assertThat(policy.get("schedule").get("shifts").get("MONDAY").get("plannedBreak").asText())
        .isEqualTo("PT30M");
    assertThat(get(eveToken, "/api/v1/policies/" + policyId).is(200)).isEqualTo(policy);

    JsonNode employee =
        post(
                adaToken,
                "/api/v1/employees",
                "{\"email\":\"noa@acme.example\",\"name\":\"Noa\",\"homeZone\":\"Asia/Jerusalem\","
                    + "\"role\":\"employee\",\"policyId\":\""
                    + policyId
                    + "\"}")
            .is(201);
    long number = employee.get("number").asLong();
    assertThat(employee.get("policyId").asText()).isEqualTo(policyId);
    assertThat(employee.get("locationId").isNull()).isTrue();

    String locationId =
        post(adaToken, "/api/v1/locations", "{\"name\":\"Haifa office\"}")
            .is(201)
            .get("id")
            .asText();
    JsonNode placed =
        put(
                adaToken,
                "/api/v1/employees/" + number + "/location",
                "{\"locationId\":\"" + locationId + "\"}")
            .is(200);
    assertThat(placed.get("locationId").asText()).isEqualTo(locationId);
    assertThat(get(adaToken, "/api/v1/employees/" + number).is(200)).isEqualTo(placed);
    assertThat(get(adaToken, "/api/v1/employees/" + number + "/policy").is(200)).isEqualTo(policy);

    JsonNode key =
        post(adaToken, "/api/v1/keys", "{\"employee\":" + number + ",\"label\":\"bitrix\"}")
            .is(201);
    String token = key.get("token").asText();
    assertThat(token).startsWith("wt_");
    assertThat(key.get("employee").asLong()).isEqualTo(number);

    Reply status =
        send(
            HttpRequest.newBuilder(URI.create(base + "/rest/timeman.status"))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build());
    assertThat(status.status()).as(status.text()).isEqualTo(200);
    assertThat(status.json().get("result").get("STATUS").asText()).isEqualTo("CLOSED");

    Reply open =
        send(
            HttpRequest.newBuilder(URI.create(base + "/rest/timeman.open"))
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    // 10:00 in Jerusalem, past the policy's latest start of 09:30: the key acts as Noa, on hers.
    assertThat(open.status()).as(open.text()).isEqualTo(400);
    assertThat(open.json().get("error").asText()).isEqualTo("REPORT_NEEDED");
  }

  @Test
  void aRevokedKeyNoLongerWorks() {
    JsonNode key =
        post(adaToken, "/api/v1/keys", "{\"employee\":" + eve.number() + ",\"label\":\"old\"}")
            .is(201);
    String token = key.get("token").asText();
    assertThat(get(token, "/api/v1/employees").status()).isEqualTo(200);

    Reply revoked = delete(adaToken, "/api/v1/keys/" + key.get("id").asText());
    assertThat(revoked.status()).as(revoked.text()).isEqualTo(204);

    get(token, "/api/v1/employees").isProblem(401, "unauthenticated");
  }

  @Test
  void aWebhookIsAnsweredWithItsPathOnceWorksInThatPathOnlyAndIsRevokedLikeAKey() {
    JsonNode hook =
        post(adaToken, "/api/v1/webhooks", "{\"employee\":" + eve.number() + ",\"label\":\"crm\"}")
            .is(201);
    String secret = hook.get("secret").asText();
    assertThat(hook.get("kind").asText()).isEqualTo("webhook");
    assertThat(hook.get("path").asText()).isEqualTo("/rest/" + eve.number() + "/" + secret + "/");
    String listed = get(adaToken, "/api/v1/keys").is(200).toString();
    assertThat(listed).contains("\"kind\":\"webhook\"").doesNotContain(secret);

    Reply status = get(null, hook.get("path").asText() + "timeman.status");
    assertThat(status.status()).as(status.text()).isEqualTo(200);
    assertThat(get(secret, "/api/v1/employees").status()).isEqualTo(401);

    assertThat(delete(adaToken, "/api/v1/keys/" + hook.get("id").asText()).status()).isEqualTo(204);
    assertThat(get(null, hook.get("path").asText() + "timeman.status").text())
        .contains("INVALID_CREDENTIALS");
    post(eveToken, "/api/v1/webhooks", "{\"employee\":" + eve.number() + ",\"label\":\"x\"}")
        .isProblem(403, "forbidden");
    post(
            adaToken,
            "/api/v1/webhooks",
            "{\"employee\":" + eve.number() + ",\"label\":\"x\",\"validity\":\"PT1H\"}")
        .isProblem(400, "invalid-fields");
  }

  @Test
  void anOAuthClientIsAnsweredWithItsIdAndSecretOnce() {
    JsonNode client =
        post(
                adaToken,
                "/api/v1/oauth-clients",
                "{\"employee\":" + eve.number() + ",\"label\":\"integration\"}")
            .is(201);
    assertThat(client.get("client_id").asText()).isNotBlank();
    assertThat(client.get("client_secret").asText()).isNotBlank();
    assertThat(client.get("kind").asText()).isEqualTo("oauth_client");

    String listed = get(adaToken, "/api/v1/keys").is(200).toString();
    assertThat(listed).doesNotContain(client.get("client_secret").asText());
  }

  @Test
  void anAdminRenamesALocationAndRedefinesAPolicy() {
    String id =
        post(adaToken, "/api/v1/locations", "{\"name\":\"Berlin\"}").is(201).get("id").asText();
    assertThat(
            patch(adaToken, "/api/v1/locations/" + id, "{\"name\":\"Berlin Mitte\"}")
                .is(200)
                .get("name")
                .asText())
        .isEqualTo("Berlin Mitte");
    assertThat(get(eveToken, "/api/v1/locations").is(200).get("items").get(0).get("name").asText())
        .isEqualTo("Berlin Mitte");

    String policyId = post(adaToken, "/api/v1/policies", FIXED_POLICY).is(201).get("id").asText();
    JsonNode flexible =
        put(
                adaToken,
                "/api/v1/policies/" + policyId,
                "{\"schedule\":{\"type\":\"flexible\",\"expiresAfterDays\":2}}")
            .is(200);
    assertThat(flexible.get("schedule").get("expiresAfterDays").asInt()).isEqualTo(2);
    assertThat(flexible.get("allowedDelta").asText()).isEqualTo("PT15M");
    assertThat(get(adaToken, "/api/v1/policies").is(200).get("items")).hasSize(2);
  }
}
