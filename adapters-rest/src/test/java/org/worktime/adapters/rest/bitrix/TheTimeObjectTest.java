package org.worktime.adapters.rest.bitrix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every answer's {@code time} object, which b24phpsdk's {@code Response/DTO/Time.php} reads key by
 * key without checking and the JS SDK's limiter feeds on: present, and measured.
 */
class TheTimeObjectTest extends TimemanFixture {

  static final List<String> KEYS =
      List.of(
          "start",
          "finish",
          "duration",
          "processing",
          "date_start",
          "date_finish",
          "operating_reset_at",
          "operating");

  @ParameterizedTest
  @MethodSource("everyMethod")
  void everySuccessfulAnswerCarriesAMeasuredTime(String method) {
    if (method.equals("timeman.pause") || method.equals("timeman.close")) {
      get("timeman.open", auth(managerToken)).result();
    }
    double before = System.currentTimeMillis() / 1000.0;
    Reply reply = get(method, auth(managerToken));
    double after = System.currentTimeMillis() / 1000.0;
    assertThat(reply.result()).isNotNull();
    JsonNode time = reply.json().get("time");

    assertThat(time).isNotNull();
    assertThat(iterable(time.fieldNames())).containsExactlyElementsOf(KEYS);
    double start = time.get("start").doubleValue();
    double finish = time.get("finish").doubleValue();
    assertThat(start).isBetween(before - 0.01, finish);
    assertThat(finish).isLessThanOrEqualTo(after + 0.01);
    assertThat(time.get("duration").doubleValue())
        .isCloseTo(finish - start, org.assertj.core.data.Offset.offset(1e-5));
    assertThat(time.get("processing").doubleValue())
        .isBetween(0.0, time.get("duration").doubleValue() + 1e-6);
    assertThat(OffsetDateTime.parse(time.get("date_start").asText()).toEpochSecond())
        .isEqualTo((long) start);
    assertThat(OffsetDateTime.parse(time.get("date_finish").asText()).toEpochSecond())
        .isEqualTo((long) finish);
    assertThat(time.get("operating_reset_at").longValue()).isGreaterThan((long) start);
    assertThat(time.get("operating").doubleValue())
        .isGreaterThanOrEqualTo(time.get("processing").doubleValue() - 1e-9);
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"timeman.status", "timeman.settings"})
  void theOperatingTimeAddsUpWithinTheWindowAndTheWindowStays(String method) {
    JsonNode first = get(method, auth(managerToken)).json().get("time");
    JsonNode second = get(method, auth(managerToken)).json().get("time");

    assertThat(second.get("operating").doubleValue())
        .isCloseTo(
            first.get("operating").doubleValue() + second.get("processing").doubleValue(),
            org.assertj.core.data.Offset.offset(1e-6));
    assertThat(second.get("operating_reset_at").longValue())
        .isEqualTo(first.get("operating_reset_at").longValue());
  }

  @ParameterizedTest
  @MethodSource("everyMethod")
  void anErrorHasNoTimeAsTheVendorsErrorsHaveNone(String method) {
    JsonNode error = get(method, "auth=nothing").json();

    assertThat(iterable(error.fieldNames())).containsExactly("error", "error_description");
  }

  private static List<String> iterable(java.util.Iterator<String> names) {
    List<String> all = new java.util.ArrayList<>();
    names.forEachRemaining(all::add);
    return all;
  }
}
