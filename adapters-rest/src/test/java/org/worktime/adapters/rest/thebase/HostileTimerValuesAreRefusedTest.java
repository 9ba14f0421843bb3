package org.worktime.adapters.rest.thebase;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Numbers and times an operator found to cost memory, time or a 500: each is TheBase's 400 that
 * names the field, and no timer starts.
 */
class HostileTimerValuesAreRefusedTest extends TheBaseFixture {

  static Stream<Arguments> hostileStarts() {
    return Stream.of(
        hostile("{\"x\": 1e100000000, " + OWNER + "}", "invalid_parameter", "x"),
        hostile("{\"x\": 1e1000000000, " + OWNER + "}", "invalid_parameter", "x"),
        hostile("{" + OWNER + ", \"x\": 1e2147483647}", "invalid_parameter", "x"),
        hostile("{" + OWNER + ", \"x\": 1.5e-2147483648}", "invalid_parameter", "x"),
        hostile("{\"owner\": 1e2147483647}", "invalid_parameter", "owner"),
        hostile("{" + OWNER + ", \"comment\": 1e-1000000000}", "invalid_parameter", "comment"),
        hostile(
            "{" + OWNER + ", \"start_time\": \"+999999999-12-31T23:59:59Z\"}",
            "invalid_start_time",
            "start_time"),
        hostile(
            "{" + OWNER + ", \"start_time\": \"-999999999-01-01T00:00:00Z\"}",
            "invalid_start_time",
            "start_time"),
        hostile(
            "{" + OWNER + ", \"start_time\": \"-999999999-01-01T00:00:00\"}",
            "invalid_start_time",
            "start_time"),
        hostile(
            "{" + OWNER + ", \"start_time\": \"+999999999-12-31 23:59:59\"}",
            "invalid_start_time",
            "start_time"));
  }

  private static final String OWNER = "\"owner\": \"OWNER\"";

  private static Arguments hostile(String json, String code, String field) {
    return Arguments.of(json, code, field);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileStarts")
  void aHostileValueIsNamedInHebrewAndNoTimerStarts(String json, String code, String field) {
    Reply reply = start(danaToken, json.replace("OWNER", decimal(dana))).isError(400, code);

    assertThat(reply.message()).contains(field);
    assertThat(reply.body().length).isLessThan(1000);
    assertThat(engine.runningTimers().running(asAdmin, Option.none(), 0, 10).get().items())
        .isEmpty();
  }

  @Test
  void aHostileLimitOrOffsetIsNamed() {
    assertThat(open(miriToken, "limit=1e1000000000").isError(400, "invalid_parameter").message())
        .contains("limit");
    assertThat(
            open(miriToken, "offset=9223372036854775808")
                .isError(400, "invalid_parameter")
                .message())
        .contains("offset");
  }
}
