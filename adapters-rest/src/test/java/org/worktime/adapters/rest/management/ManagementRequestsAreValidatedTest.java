package org.worktime.adapters.rest.management;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ManagementRequestsAreValidatedTest extends ManagementFixture {

  @Test
  void everyInvalidFieldOfANewEmployeeIsNamed() {
    JsonNode problem =
        post(
                adaToken,
                "/api/v1/employees",
                "{\"email\":\"not-an-address\",\"homeZone\":\"+02:00\",\"role\":\"boss\","
                    + "\"number\":-3,\"colour\":\"red\"}")
            .isProblem(400, "invalid-fields");
    assertThat(problem.get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("colour", "name", "number", "email", "homeZone", "role");
  }

  @Test
  void aPolicyWithABadShiftNamesTheNestedField() {
    JsonNode problem =
        post(
                adaToken,
                "/api/v1/policies",
                "{\"schedule\":{\"type\":\"fixed\",\"shifts\":{\"MONDAY\":{\"start\":\"9am\","
                    + "\"end\":\"17:00\"},\"FUNDAY\":{}}},\"allowedDelta\":\"-PT5M\"}")
            .isProblem(400, "invalid-fields");
    assertThat(problem.get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder(
            "schedule.shifts.MONDAY.start", "schedule.shifts.FUNDAY", "allowedDelta");
    post(adaToken, "/api/v1/policies", "{\"schedule\":{\"type\":\"weekly\"}}")
        .isProblem(400, "invalid-fields");
  }

  @Test
  void badInputIsAClientErrorNeverAServerError() {
    post(adaToken, "/api/v1/employees", "{\"email\":").isProblem(400, "malformed-request");
    post(adaToken, "/api/v1/employees", "[1,2]").isProblem(400, "malformed-request");
    get(adaToken, "/api/v1/employees/abc").isProblem(400, "invalid-fields");
    get(adaToken, "/api/v1/policies/not-a-uuid").isProblem(400, "invalid-fields");
    get(adaToken, "/api/v1/employees/999").isProblem(404, "not-found");
    delete(adaToken, "/api/v1/employees").isProblem(405, "method-not-allowed");
    get(adaToken, "/api/v1/employees/1/elsewhere").isProblem(404, "not-found");
  }

  @Test
  void aTakenNumberOrEmailIsAConflict() {
    post(
            adaToken,
            "/api/v1/employees",
            "{\"email\":\"eve@acme.example\",\"name\":\"Eve 2\",\"homeZone\":\"Europe/Berlin\"}")
        .isProblem(409, "conflict");
    post(
            adaToken,
            "/api/v1/employees",
            "{\"number\":1,\"email\":\"new@acme.example\",\"name\":\"N\","
                + "\"homeZone\":\"Europe/Berlin\"}")
        .isProblem(409, "conflict");
  }

  @Test
  void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
    Reply form =
        send(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/locations"))
                .header("Authorization", "Bearer " + adaToken)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=Attic"))
                .build());
    form.isProblem(415, "unsupported-media-type");
  }

  @Test
  void aBodyOverTheLimitIsTooLarge() {
    String big = "{\"name\":\"" + "a".repeat(70 * 1024) + "\"}";
    post(adaToken, "/api/v1/locations", big).isProblem(413, "body-too-large");
  }

  @Test
  void hebrewAndEmojiNamesRoundTripByteExact() {
    String name = "נועה כהן 👩‍💻";
    Reply created =
        send(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/employees"))
                .header("Authorization", "Bearer " + adaToken)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(
                    HttpRequest.BodyPublishers.ofByteArray(
                        ("{\"email\":\"noa@acme.example\",\"name\":\""
                                + name
                                + "\",\"homeZone\":\"Asia/Jerusalem\"}")
                            .getBytes(StandardCharsets.UTF_8)))
                .build());
    long number = created.is(201).get("number").asLong();
    Reply read = get(eveToken, "/api/v1/employees/" + number);
    assertThat(read.is(200).get("name").asText()).isEqualTo(name);
    assertThat(contains(read.body(), ("\"" + name + "\"").getBytes(StandardCharsets.UTF_8)))
        .as("the name's UTF-8 bytes, unescaped")
        .isTrue();

    String location = "משרד 🏢 ירושלים";
    String id =
        post(adaToken, "/api/v1/locations", "{\"name\":\"" + location + "\"}")
            .is(201)
            .get("id")
            .asText();
    Reply locations = get(adaToken, "/api/v1/locations");
    assertThat(contains(locations.body(), location.getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(locations.text()).contains(id);
  }

  @Test
  void keysTokensNeverAppearInListings() {
    JsonNode issued =
        post(adaToken, "/api/v1/keys", "{\"employee\":" + eve.number() + ",\"label\":\"ci\"}")
            .is(201);
    String token = issued.get("token").asText();
    String secret = token.substring(token.indexOf('.') + 1);

    Reply listed = get(adaToken, "/api/v1/keys");
    JsonNode items = listed.is(200).get("items");
    assertThat(items.size()).isGreaterThanOrEqualTo(4);
    assertThat(listed.text())
        .doesNotContain(token)
        .doesNotContain(secret)
        .doesNotContain(adaToken.substring(adaToken.indexOf('.') + 1))
        .doesNotContain("token")
        .doesNotContain("hash");
    for (JsonNode key : items) {
      assertThat(key.fieldNames())
          .toIterable()
          .containsExactly(
              "id", "kind", "employee", "label", "createdAt", "expiresAt", "revokedAt");
    }
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
