package org.worktime.adapters.rest.management;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every constraint of the management API's request bodies, each broken alone: the answer is a 400
 * problem that names the field, the body's JSON types are never coerced, unknown fields are refused
 * at any depth, and nothing is written.
 */
class EveryManagementInputIsCheckedTest extends ManagementFixture {

  private static final String EMPLOYEE =
      "{\"email\":\"new@acme.example\",\"name\":\"New\",\"homeZone\":\"Europe/Berlin\"";
  private static final String EMAIL = "\"email\":\"new@acme.example\"";
  private static final String FLEXIBLE = "{\"schedule\":{\"type\":\"flexible\"}";
  private static final String FIXED =
      "{\"schedule\":{\"type\":\"fixed\",\"shifts\":{\"MONDAY\":{\"start\":\"09:00\","
          + "\"end\":\"17:00\"";

  static Stream<Arguments> brokenBodies() {
    return Stream.of(
        // A new employee.
        broken("POST", "/api/v1/employees", EMPLOYEE + ",\"number\":0}", "number"),
        broken("POST", "/api/v1/employees", EMPLOYEE + ",\"number\":1.5}", "number"),
        broken("POST", "/api/v1/employees", EMPLOYEE + ",\"number\":\"7\"}", "number"),
        broken("POST", "/api/v1/employees", "{\"name\":\"N\",\"homeZone\":\"UTC\"}", "email"),
        broken(
            "POST",
            "/api/v1/employees",
            "{\"email\":\"@acme.example\",\"name\":\"N\",\"homeZone\":\"UTC\"}",
            "email"),
        broken(
            "POST",
            "/api/v1/employees",
            "{" + EMAIL + ",\"homeZone\":\"UTC\",\"name\":\"   \"}",
            "name"),
        broken(
            "POST",
            "/api/v1/employees",
            "{" + EMAIL + ",\"homeZone\":\"UTC\",\"name\":\"" + "n".repeat(201) + "\"}",
            "name"),
        broken(
            "POST",
            "/api/v1/employees",
            "{" + EMAIL + ",\"homeZone\":\"UTC\",\"name\":\"nul \\u0000\"}",
            "name"),
        broken(
            "POST", "/api/v1/employees", "{" + EMAIL + ",\"homeZone\":\"UTC\",\"name\":5}", "name"),
        broken(
            "POST",
            "/api/v1/employees",
            "{" + EMAIL + ",\"name\":\"N\",\"homeZone\":\"+02:00\"}",
            "homeZone"),
        broken("POST", "/api/v1/employees", EMPLOYEE + ",\"role\":\"Admin\"}", "role"),
        broken("POST", "/api/v1/employees", EMPLOYEE + ",\"policyId\":\"42\"}", "policyId"),
        broken("POST", "/api/v1/employees", EMPLOYEE + ",\"locationId\":\"x\"}", "locationId"),
        broken("POST", "/api/v1/employees", EMPLOYEE + ",\"Email\":\"x@y\"}", "Email"),
        // Changes to an employee.
        broken("PATCH", "/api/v1/employees/2", "{\"number\":9}", "number"),
        broken("PATCH", "/api/v1/employees/2", "{\"id\":\"x\"}", "id"),
        broken("PATCH", "/api/v1/employees/2", "{\"name\":\"\"}", "name"),
        broken("PATCH", "/api/v1/employees/2", "{\"role\":[\"admin\"]}", "role"),
        // A placement and a location.
        broken("PUT", "/api/v1/employees/2/location", "{}", "locationId"),
        broken("PUT", "/api/v1/employees/2/location", "{\"locationId\":7}", "locationId"),
        broken("POST", "/api/v1/locations", "{\"name\":{\"he\":\"משרד\"}}", "name"),
        broken("POST", "/api/v1/locations", "{\"name\":\"Attic\",\"id\":\"x\"}", "id"),
        // Keys and OAuth clients.
        broken("POST", "/api/v1/keys", "{\"label\":\"ci\"}", "employee"),
        broken("POST", "/api/v1/keys", "{\"employee\":\"2\",\"label\":\"ci\"}", "employee"),
        broken(
            "POST",
            "/api/v1/keys",
            "{\"employee\":2,\"label\":\"ci\",\"validity\":\"PT0S\"}",
            "validity"),
        broken(
            "POST",
            "/api/v1/keys",
            "{\"employee\":2,\"label\":\"ci\",\"validity\":\"soon\"}",
            "validity"),
        broken(
            "POST",
            "/api/v1/oauth-clients",
            "{\"employee\":2,\"label\":\"ci\",\"validity\":\"P1D\"}",
            "validity"),
        // Policies, nested fields by their path.
        broken("POST", "/api/v1/policies", "{\"allowedDelta\":\"PT5M\"}", "schedule"),
        broken("POST", "/api/v1/policies", "{\"schedule\":\"flexible\"}", "schedule"),
        broken("POST", "/api/v1/policies", "{\"schedule\":{}}", "schedule.type"),
        broken(
            "POST",
            "/api/v1/policies",
            "{\"schedule\":{\"type\":\"flexible\",\"expiresAfterDays\":0}}",
            "schedule.expiresAfterDays"),
        broken(
            "POST",
            "/api/v1/policies",
            "{\"schedule\":{\"type\":\"flexible\",\"expiresAfterDays\":32}}",
            "schedule.expiresAfterDays"),
        broken(
            "POST",
            "/api/v1/policies",
            "{\"schedule\":{\"type\":\"flexible\",\"shifts\":{}}}",
            "schedule.shifts"),
        broken(
            "POST", "/api/v1/policies", "{\"schedule\":{\"type\":\"fixed\"}}", "schedule.shifts"),
        broken(
            "POST",
            "/api/v1/policies",
            "{\"schedule\":{\"type\":\"fixed\",\"shifts\":{}}}",
            "schedule.shifts"),
        broken(
            "POST",
            "/api/v1/policies",
            FIXED + "}},\"expiresAfterDays\":2}}",
            "schedule.expiresAfterDays"),
        broken(
            "POST",
            "/api/v1/policies",
            FIXED + ",\"plannedBreak\":\"-PT1M\"}}}}",
            "schedule.shifts.MONDAY.plannedBreak"),
        broken(
            "POST",
            "/api/v1/policies",
            FIXED + ",\"colour\":\"red\"}}}}",
            "schedule.shifts.MONDAY.colour"),
        broken(
            "POST",
            "/api/v1/policies",
            "{\"schedule\":{\"type\":\"fixed\",\"shifts\":{\"MONDAY\":{\"end\":\"17:00\"}}}}",
            "schedule.shifts.MONDAY.start"),
        broken(
            "POST",
            "/api/v1/policies",
            "{\"schedule\":{\"type\":\"fixed\",\"shifts\":{\"MONDAY\":\"9-5\"}}}",
            "schedule.shifts.MONDAY"),
        broken("POST", "/api/v1/policies", FLEXIBLE + ",\"latestStart\":\"25:00\"}", "latestStart"),
        broken(
            "POST",
            "/api/v1/policies",
            FLEXIBLE + ",\"minimumDuration\":\"8h\"}",
            "minimumDuration"),
        broken(
            "POST", "/api/v1/policies", FLEXIBLE + ",\"reopenAllowed\":\"true\"}", "reopenAllowed"),
        broken(
            "POST",
            "/api/v1/policies",
            FLEXIBLE + ",\"id\":\"00000000-0000-0000-0000-000000000001\"}",
            "id"));
  }

  private static Arguments broken(String method, String path, String body, String field) {
    return Arguments.of(method, path, body, field);
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("brokenBodies")
  void aBrokenFieldIsNamedAndNothingIsWritten(
      String method, String path, String body, String field) {
    Map<String, String> before = everything();

    JsonNode problem = send(adaToken, method, path, body).isProblem(400, "invalid-fields");

    assertThat(fields(problem)).containsOnlyKeys(field);
    assertThat(fields(problem).get(field)).isNotBlank();
    assertThat(everything()).isEqualTo(before);
  }

  @Test
  void everyBrokenFieldIsNamedAtOnceWithWhatIsWrong() {
    JsonNode problem =
        post(
                adaToken,
                "/api/v1/employees",
                "{\"number\":-7,\"email\":\"nobody\",\"name\":\"\",\"homeZone\":\"Mars/Base\"}")
            .isProblem(400, "invalid-fields");

    assertThat(fields(problem))
        .containsExactly(
            Map.entry("number", "must be a whole number from 1 up"),
            Map.entry("email", "must be an email address like ada@example.com"),
            Map.entry("name", "must not be empty or blank"),
            Map.entry("homeZone", "must be an IANA time zone name like Europe/Berlin"));
  }

  @Test
  void aBodyThatIsNotAJsonObjectIsMalformed() {
    Map<String, String> before = everything();

    post(adaToken, "/api/v1/locations", "{\"name\":\"Attic\"").isProblem(400, "malformed-request");
    post(adaToken, "/api/v1/locations", "\"Attic\"").isProblem(400, "malformed-request");
    post(adaToken, "/api/v1/locations", "").isProblem(400, "malformed-request");
    post(adaToken, "/api/v1/locations", "{\"name\":\"A\",\"name\":\"B\"}")
        .isProblem(400, "malformed-request");

    assertThat(everything()).isEqualTo(before);
  }

  @Test
  void aValidBodyStillWorksWithEveryOptionalField() {
    JsonNode policy =
        post(
                adaToken,
                "/api/v1/policies",
                FIXED
                    + ",\"plannedBreak\":\"PT30M\"}}},\"latestStart\":\"09:30\","
                    + "\"earliestFinish\":\"16:00:00\",\"minimumDuration\":\"PT8H\","
                    + "\"allowedDelta\":\"PT10M\",\"reopenAllowed\":false}")
            .is(201);
    assertThat(policy.get("schedule").get("shifts").get("MONDAY").get("plannedBreak").asText())
        .isEqualTo("PT30M");
    assertThat(policy.get("reopenAllowed").asBoolean()).isFalse();

    JsonNode added =
        post(
                adaToken,
                "/api/v1/employees",
                EMPLOYEE
                    + ",\"number\":40,\"role\":\"manager\",\"policyId\":\""
                    + policy.get("id").asText()
                    + "\"}")
            .is(201);
    assertThat(added.get("role").asText()).isEqualTo("manager");
    assertThat(added.get("policyId").asText()).isEqualTo(policy.get("id").asText());
  }

  /** What the company holds, as the API lists it. */
  private Map<String, String> everything() {
    Map<String, String> all = new LinkedHashMap<>();
    for (String path :
        new String[] {
          "/api/v1/employees", "/api/v1/policies", "/api/v1/locations", "/api/v1/keys"
        }) {
      all.put(path, get(adaToken, path).is(200).toString());
    }
    return all;
  }

  private static Map<String, String> fields(JsonNode problem) {
    Map<String, String> fields = new LinkedHashMap<>();
    problem
        .get("errors")
        .forEach(error -> fields.put(error.get("field").asText(), error.get("detail").asText()));
    return fields;
  }
}
