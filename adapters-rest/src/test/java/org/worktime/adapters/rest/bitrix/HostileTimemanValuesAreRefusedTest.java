package org.worktime.adapters.rest.bitrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Numbers and times an operator found to cost memory, time or a 500 before authentication: each is
 * Bitrix's 400 with the parameter named, answered at once, and nothing is opened.
 */
class HostileTimemanValuesAreRefusedTest extends TimemanFixture {

  /** Numbers: refused while the body is read, before the token in it is looked at. */
  static Stream<Arguments> hostileNumbers() {
    return Stream.of(
        hostile("{\"x\":1e100000000}", "ERROR_ARGUMENT", "X"),
        hostile("{\"x\":1e1000000000}", "ERROR_ARGUMENT", "X"),
        hostile("{\"x\":1e2147483647}", "ERROR_ARGUMENT", "X"),
        hostile("{\"x\":1.5e-2147483648}", "ERROR_ARGUMENT", "X"),
        hostile("{\"USER_ID\":1e-1000000000}", "ERROR_ARGUMENT", "USER_ID"),
        hostile("{\"LAT\":{\"deep\":[1e2147483647]},\"LON\":1}", "ERROR_ARGUMENT", "LAT.DEEP.0"),
        hostile("{\"USER_ID\":" + "9".repeat(101) + "}", "ERROR_ARGUMENT", "USER_ID"));
  }

  static Stream<Arguments> hostileBodies() {
    return Stream.concat(
        hostileNumbers(),
        Stream.of(
            hostile(
                "{\"TIME\":\"+999999999-12-31T23:59:59+00:00\"}", "WRONG_DATETIME_FORMAT", "TIME"),
            hostile(
                "{\"TIME\":\"-999999999-01-01T00:00:00+00:00\"}", "WRONG_DATETIME_FORMAT", "TIME"),
            hostile("{\"TIME\":\"0000-01-01T00:00:00+00:00\"}", "WRONG_DATETIME_FORMAT", "TIME")));
  }

  private static Arguments hostile(String json, String code, String parameter) {
    return Arguments.of(json, code, parameter);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileBodies")
  void aHostileValueIsNamedAndNothingIsOpened(String json, String code, String name) {
    Reply reply = postJson("timeman.open", managerToken, json).isError(400, code);

    assertThat(reply.json().get("error_description").asText())
        .startsWith("parameter " + name + ":");
    assertThat(reply.body().length).isLessThan(1000);
    assertNothingWasOpened();
  }

  /**
   * A token in the body is looked at only once the body is read: the hostile number is refused
   * while reading, before the token.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileNumbers")
  void aHostileNumberIsRefusedBeforeATokenInTheBodyIsAsked(String json, String code, String name) {
    String withToken = "{\"auth\":\"not-a-token\"," + json.substring(1);
    Reply reply =
        send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/rest/timeman.open"))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(withToken))
                .build())
            .isError(400, code);

    assertThat(reply.json().get("error_description").asText())
        .startsWith("parameter " + name + ":");
    assertNothingWasOpened();
  }

  /**
   * A token before the body (a Bearer header) is asked first: a bad one never has its body read.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileNumbers")
  void aBadBearerTokenIsRefusedBeforeTheBodyIsRead(String json, String code, String name) {
    postJson("timeman.open", "not-a-token", json).isError(401, "invalid_token");

    assertNothingWasOpened();
  }

  private void assertNothingWasOpened() {
    for (var employee : new org.worktime.domain.employee.Employee[] {fixed, flexible, manager}) {
      assertThat(engine.workdayStatus().statusOf(asAdmin, employee.id()).get()).isEmpty();
    }
  }
}
