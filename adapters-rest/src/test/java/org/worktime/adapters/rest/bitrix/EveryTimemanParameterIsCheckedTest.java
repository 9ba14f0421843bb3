package org.worktime.adapters.rest.bitrix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.worktime.domain.text.Note;

/**
 * Every constraint of timeman's parameters, each broken alone: the answer is Bitrix's error with
 * the parameter named as Bitrix spells it, and nothing is written. Bitrix's weak typing still holds
 * (numbers as text or as JSON numbers, by query, JSON or form), and parameters it does not know are
 * ignored.
 */
class EveryTimemanParameterIsCheckedTest extends TimemanFixture {

  static Stream<Arguments> brokenParameters() {
    return Stream.of(
        broken("{\"USER_ID\": \"six\"}", "ERROR_ARGUMENT", "USER_ID"),
        broken("{\"USER_ID\": 0}", "ERROR_ARGUMENT", "USER_ID"),
        broken("{\"USER_ID\": \"-6\"}", "ERROR_ARGUMENT", "USER_ID"),
        broken("{\"TIME\": \"2017-04-21 09:00:00\"}", "WRONG_DATETIME_FORMAT", "TIME"),
        broken("{\"TIME\": true}", "WRONG_DATETIME_FORMAT", "TIME"),
        broken("{\"REPORT\": \"nul \\u0000\"}", "ERROR_ARGUMENT", "REPORT"),
        broken(
            "{\"REPORT\": \"" + "x".repeat(Note.MAXIMUM_LENGTH + 1) + "\"}",
            "ERROR_ARGUMENT",
            "REPORT"),
        broken("{\"LAT\": \"north\", \"LON\": 20}", "ERROR_ARGUMENT", "LAT"),
        broken("{\"LAT\": 54, \"LON\": \"1e2\"}", "ERROR_ARGUMENT", "LON"),
        broken("{\"LAT\": 91, \"LON\": 20}", "ERROR_ARGUMENT", "LAT"),
        broken("{\"LAT\": 54, \"LON\": -180.5}", "ERROR_ARGUMENT", "LON"),
        broken("{\"LAT\": 54}", "ERROR_ARGUMENT", "LON"),
        broken("{\"LON\": 20}", "ERROR_ARGUMENT", "LAT"),
        broken("{\"USER_ID\": \"x\", \"TIME\": \"soon\"}", "ERROR_ARGUMENT", "USER_ID"));
  }

  private static Arguments broken(String json, String code, String parameter) {
    return Arguments.of(json, code, parameter);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenParameters")
  void aBrokenParameterOfOpenIsNamedAndNothingIsOpened(String json, String code, String name) {
    Reply reply = postJson("timeman.open", managerToken, json).isError(400, code);

    assertThat(reply.json().get("error_description").asText())
        .startsWith("parameter " + name + ":");
    assertNothingWasWritten();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenParameters")
  void aBrokenParameterOfCloseIsNamedAndNothingIsClosed(String json, String code, String name) {
    get("timeman.open", auth(managerToken)).result();

    postJson("timeman.close", managerToken, json).isError(400, code);

    assertThat(get("timeman.status", auth(managerToken)).result().get("STATUS").asText())
        .isEqualTo("OPENED");
  }

  @Test
  void aUserNumberIsNamedOnEveryMethod() {
    everyMethod()
        .forEach(
            method ->
                assertThat(
                        get(method, auth(managerToken) + "&user_id=5.0")
                            .isError(400, "ERROR_ARGUMENT")
                            .json()
                            .get("error_description")
                            .asText())
                    .startsWith("parameter USER_ID:"));
  }

  @Test
  void numbersAreTakenAsTextOrAsJsonNumbersFromEverySource() {
    assertThat(postJson("timeman.status", managerToken, "{\"USER_ID\": 6}").result()).isNotNull();
    assertThat(postJson("timeman.status", managerToken, "{\"user_id\": \" 6 \"}").result())
        .isNotNull();
    assertThat(get("timeman.status", auth(managerToken) + "&USER_ID=%206").result()).isNotNull();
    assertThat(postForm("timeman.status", "auth=" + managerToken + "&USER_ID=006").result())
        .isNotNull();

    JsonNode opened =
        postJson(
                "timeman.open",
                managerToken,
                "{\"USER_ID\": \"6\", \"LAT\": \"54.35\", \"LON\": 18.65, \"REPORT\": 42}")
            .result();
    assertThat(opened.get("LAT_OPEN").asDouble()).isEqualTo(54.35);
    assertThat(opened.get("LON_OPEN").asDouble()).isEqualTo(18.65);
    assertThat(engine.workdayStatus().statusOf(asAdmin, flexible.id()).get().get().workday())
        .satisfies(day -> assertThat(day.start().note()).contains(new Note("42")));
  }

  @Test
  void parametersBitrixDoesNotKnowAreIgnored() {
    JsonNode opened =
        postJson("timeman.open", flexibleToken, "{\"FOO\": {\"deep\": [1]}, \"SOURCE\": \"app\"}")
            .result();

    assertThat(opened.get("STATUS").asText()).isEqualTo("OPENED");
  }

  @Test
  void anEmptyValueIsNotGiven() {
    JsonNode opened =
        get("timeman.open", auth(flexibleToken) + "&USER_ID=&TIME=&REPORT=&LAT=&LON=").result();

    assertThat(opened.get("STATUS").asText()).isEqualTo("OPENED");
  }

  @Test
  void malformedJsonAndAnUnknownUserWriteNothing() {
    postJson("timeman.open", managerToken, "{\"USER_ID\": 6").isError(400, "INVALID_REQUEST");
    postJson("timeman.open", managerToken, "{\"USER_ID\": 99}").isUnknownUser();
    postJson("timeman.open", managerToken, "{\"REPORT\": {\"text\": \"late\"}}")
        .isError(400, "ERROR_ARGUMENT");

    assertNothingWasWritten();
  }

  private void assertNothingWasWritten() {
    for (var employee : new org.worktime.domain.employee.Employee[] {fixed, flexible, manager}) {
      assertThat(engine.workdayStatus().statusOf(asAdmin, employee.id()).get()).isEmpty();
    }
  }
}
