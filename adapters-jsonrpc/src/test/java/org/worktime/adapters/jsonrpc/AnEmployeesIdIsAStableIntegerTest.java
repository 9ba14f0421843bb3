package org.worktime.adapters.jsonrpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * {@code extended-sessions} names each employee by an integer {@code id}, as seed 004 does ({@code
 * "id": 21814}): typed clients parse it as a number, so it must be one, and it must name the same
 * employee on every call.
 */
class AnEmployeesIdIsAStableIntegerTest extends JsonRpcFixture {

  private static final String WEEK = "{\"startDate\":\"2024-10-08\",\"endDate\":\"2024-10-15\"}";

  @Test
  void theIdIsAJsonIntegerTheSameOnEveryCallAndDifferentPerEmployee() {
    replayTheSeed();

    JsonNode before = byNumber(result("extended-sessions", WEEK));
    clock.set(at("2024-10-15 12:00:00"));
    JsonNode after = byNumber(result("extended-sessions", WEEK));

    JsonNode first = before.get(0).get("id");
    JsonNode second = before.get(1).get("id");
    assertThat(first.isIntegralNumber()).as("id %s", first).isTrue();
    assertThat(second.isIntegralNumber()).as("id %s", second).isTrue();
    assertThat(first.longValue()).isPositive().isNotEqualTo(second.longValue());
    assertThat(after.get(0).get("id")).isEqualTo(first);
    assertThat(after.get(1).get("id")).isEqualTo(second);
  }

  @Test
  void theIdIsTheEmployeesShortNumberNotTheirEmployeeNumber() {
    replayTheSeed();

    JsonNode result = byNumber(result("extended-sessions", WEEK));

    assertThat(result.get(0).get("employeeNumber").asText()).isEqualTo("1265");
    assertThat(result.get(0).get("id").longValue())
        .isEqualTo(engine.shortNumbers().numberOf(asAdmin, first.id().value()));
    assertThat(result.get(1).get("id").longValue())
        .isEqualTo(engine.shortNumbers().numberOf(asAdmin, second.id().value()));
  }
}
