package org.worktime.adapters.rest.thebase;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.worktime.domain.text.Note;
import org.worktime.domain.timer.AccountId;

/**
 * Every constraint of TheBase's timer inputs, each broken alone: the answer is TheBase's own code
 * with a Hebrew message that names the field, and no timer starts. Unknown fields are ignored, as
 * the vendor does; a JSON number is taken as its decimal text.
 */
class EveryTimerInputIsCheckedTest extends TheBaseFixture {

  static Stream<Arguments> brokenStarts() {
    return Stream.of(
        broken("{\"comment\": \"no owner\"}", "missing_parameter", "owner"),
        broken("{\"owner\": \"\"}", "missing_parameter", "owner"),
        broken("{\"owner\": \"dana\"}", "invalid_parameter", "owner"),
        broken("{\"owner\": -5}", "invalid_parameter", "owner"),
        broken("{\"owner\": [\"1\"]}", "invalid_parameter", "owner"),
        broken("{\"owner\": true}", "invalid_parameter", "owner"),
        broken(
            owned("\"account_id\": \"" + "a".repeat(AccountId.MAXIMUM_LENGTH + 1) + "\""),
            "invalid_parameter",
            "account_id"),
        broken(owned("\"account_id\": \"tab\\there\""), "invalid_parameter", "account_id"),
        broken(owned("\"account_id\": {\"id\": 42}"), "invalid_parameter", "account_id"),
        broken(
            owned("\"comment\": \"" + "c".repeat(Note.MAXIMUM_LENGTH + 1) + "\""),
            "invalid_parameter",
            "comment"),
        broken(owned("\"comment\": \"broken \\ud83d text\""), "invalid_parameter", "comment"),
        broken(owned("\"start_time\": \"22/09/2021 19:00\""), "invalid_start_time", "start_time"),
        broken(owned("\"start_time\": 1632328388"), "invalid_start_time", "start_time"),
        broken(
            owned("\"start_time\": [\"2021-09-22T16:00:00Z\"]"),
            "invalid_parameter",
            "start_time"));
  }

  private static final String OWNER = "\"owner\": \"OWNER\"";

  private static String owned(String field) {
    return "{" + OWNER + ", " + field + "}";
  }

  private static Arguments broken(String json, String code, String field) {
    return Arguments.of(json, code, field);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenStarts")
  void aBrokenFieldIsNamedInHebrewAndNoTimerStarts(String json, String code, String field) {
    Reply reply = start(danaToken, json.replace("OWNER", decimal(dana))).isError(400, code);

    assertThat(reply.message()).contains(field);
    assertThat(engine.runningTimers().running(asAdmin, Option.none(), 0, 10).get().items())
        .isEmpty();
  }

  @Test
  void theFirstBrokenFieldIsTheOneNamed() {
    Reply reply =
        start(danaToken, "{\"start_time\": \"later\", \"comment\": \"\\u0000\"}")
            .isError(400, "missing_parameter");

    assertThat(reply.message()).isEqualTo("חסר שדה חובה: owner");
  }

  @Test
  void fieldsTheBaseDoesNotKnowAreIgnored() {
    start(
            danaToken,
            owned("\"project\": {\"id\": 7}, \"tags\": [\"a\"], \"billable\": true")
                .replace("OWNER", decimal(dana)))
        .created();

    assertThat(engine.runningTimers().running(asAdmin, Option.none(), 0, 10).get().items())
        .hasSize(1);
  }

  @Test
  void aNumberIsTakenAsItsDecimalText() {
    start(danaToken, owned("\"account_id\": 42, \"comment\": 7.50").replace("OWNER", decimal(dana)))
        .created();

    var timer =
        engine.runningTimers().running(asAdmin, Option.none(), 0, 10).get().items().single();
    assertThat(timer.details().account().get().value()).isEqualTo("42");
    assertThat(timer.details().comment().get().text()).isEqualTo("7.50");
  }

  @Test
  void malformedJsonAnUnknownOwnerAndAnOversizedBodyStartNoTimer() {
    start(danaToken, "{\"owner\": ").isError(400, "invalid_request");
    start(danaToken, "[\"" + decimal(dana) + "\"]").isError(400, "invalid_request");
    start(danaToken, "{\"owner\": \"12345\"}").isError(404, "owner_not_found");
    start(
            danaToken,
            owned("\"comment\": \"" + "x".repeat(1024 * 1024) + "\"")
                .replace("OWNER", decimal(dana)))
        .isError(413, "request_too_large");

    assertThat(engine.runningTimers().running(asAdmin, Option.none(), 0, 10).get().items())
        .isEmpty();
  }

  @Test
  void theOpenListsQueryNamesItsBrokenField() {
    assertThat(open(miriToken, "limit=0").isError(400, "invalid_parameter").message())
        .contains("limit");
    assertThat(open(miriToken, "offset=-3").isError(400, "invalid_parameter").message())
        .contains("offset");
    assertThat(open(miriToken, "owner=12ab").isError(400, "invalid_parameter").message())
        .contains("owner");
    assertThat(open(miriToken, "limit=10&colour=red").ok().get("limit").asInt()).isEqualTo(10);
  }
}
