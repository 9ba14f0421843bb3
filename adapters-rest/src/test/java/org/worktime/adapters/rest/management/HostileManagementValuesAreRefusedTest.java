package org.worktime.adapters.rest.management;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Numbers and durations an operator found to cost memory, time or a 500: each is a 400 problem
 * naming the field, and nothing is written. A key's validity ends where the engine can still date
 * it; a policy's durations likewise.
 */
class HostileManagementValuesAreRefusedTest extends ManagementFixture {

  private static final String EMPLOYEE =
      "{\"email\":\"new@acme.example\",\"name\":\"New\",\"homeZone\":\"Europe/Berlin\"";
  private static final String FLEXIBLE = "{\"schedule\":{\"type\":\"flexible\"}";

  static Stream<Arguments> hostileBodies() {
    return Stream.of(
        hostile("POST", "/api/v1/employees", EMPLOYEE + ",\"x\":1e100000000}", "x"),
        hostile("POST", "/api/v1/employees", EMPLOYEE + ",\"number\":1e1000000000}", "number"),
        hostile("POST", "/api/v1/employees", EMPLOYEE + ",\"number\":1e2147483647}", "number"),
        hostile("POST", "/api/v1/employees", EMPLOYEE + ",\"number\":1.5e-2147483648}", "number"),
        hostile(
            "POST", "/api/v1/employees", EMPLOYEE + ",\"number\":99999999999999999999}", "number"),
        hostile("PATCH", "/api/v1/employees/2", "{\"name\":1e-1000000000}", "name"),
        hostile(
            "POST",
            "/api/v1/policies",
            "{\"schedule\":{\"type\":\"flexible\",\"expiresAfterDays\":1e2147483647}}",
            "schedule.expiresAfterDays"),
        hostile("POST", "/api/v1/keys", "{\"employee\":1e2147483647,\"label\":\"ci\"}", "employee"),
        hostile(
            "POST",
            "/api/v1/keys",
            "{\"employee\":2,\"label\":\"ci\",\"validity\":\"PT9223372036854775807S\"}",
            "validity"),
        hostile(
            "POST",
            "/api/v1/keys",
            "{\"employee\":2,\"label\":\"ci\",\"validity\":\"P106751991167300D\"}",
            "validity"),
        hostile(
            "POST",
            "/api/v1/keys",
            "{\"employee\":2,\"label\":\"ci\",\"validity\":\"P36526D\"}",
            "validity"),
        hostile(
            "POST",
            "/api/v1/policies",
            FLEXIBLE + ",\"minimumDuration\":\"PT9223372036854775807S\"}",
            "minimumDuration"),
        hostile(
            "POST",
            "/api/v1/policies",
            FLEXIBLE + ",\"allowedDelta\":\"P106751991167300D\"}",
            "allowedDelta"));
  }

  private static Arguments hostile(String method, String path, String body, String field) {
    return Arguments.of(method, path, body, field);
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("hostileBodies")
  void aHostileValueIsNamedAndNothingIsWritten(
      String method, String path, String body, String field) {
    Map<String, String> before = everything();

    JsonNode problem = send(adaToken, method, path, body).isProblem(400, "invalid-fields");

    assertThat(fields(problem)).containsOnlyKeys(field);
    assertThat(fields(problem).get(field)).isNotBlank();
    assertThat(everything()).isEqualTo(before);
  }

  @org.junit.jupiter.api.Test
  void aKeyValidForAHundredYearsIsIssued() {
    JsonNode issued =
        post(adaToken, "/api/v1/keys", "{\"employee\":2,\"label\":\"ci\",\"validity\":\"P36525D\"}")
            .is(201);

    assertThat(issued.get("token").asText()).startsWith("wt_");
  }

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
