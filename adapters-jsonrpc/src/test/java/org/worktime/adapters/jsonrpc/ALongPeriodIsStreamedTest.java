package org.worktime.adapters.jsonrpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.control.Option;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.worktime.application.workday.CloseWorkdayUseCase;
import org.worktime.application.workday.DayRef;
import org.worktime.application.workday.OpenWorkdayUseCase;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.place.Origin;
import org.worktime.domain.place.SourceType;
import org.worktime.domain.workday.Closing;
import org.worktime.domain.workday.Timing;

/**
 * Ten employees over 60 days: the answer is written while the period is read, so it goes out in
 * chunks with no length known in advance, and still parses whole with every session in place.
 */
class ALongPeriodIsStreamedTest extends JsonRpcFixture {

  private static final Origin TERMINAL = Origin.of(SourceType.TERMINAL);

  @Test
  void aLongAnswerGoesOutInChunksAndHoldsEverySession() throws Exception {
    java.util.List<Employee> staff = new java.util.ArrayList<>();
    for (int i = 0; i < 10; i++) {
      staff.add(add(3000 + i, "staff" + i + "@example.com", JERUSALEM));
    }
    LocalDate day = LocalDate.of(2024, 9, 1);
    for (int d = 0; d < 60; d++, day = day.plusDays(1)) {
      clock.set(at(day + " 08:00:00"));
      for (Employee employee : staff) {
        engine
            .openWorkday()
            .open(
                new OpenWorkdayUseCase.Command(
                    asAdmin, employee.id(), Timing.now(), TERMINAL, Option.none()))
            .get();
      }
      clock.advance(Duration.ofHours(8));
      for (Employee employee : staff) {
        engine
            .closeWorkday()
            .close(
                new CloseWorkdayUseCase.Command(
                    asAdmin,
                    new DayRef.LatestOf(employee.id()),
                    new Closing(Timing.now(), TERMINAL, Option.none())))
            .get();
      }
    }

    HttpResponse<byte[]> response =
        http.send(
            HttpRequest.newBuilder(endpoint)
                .header("Authorization", "Bearer " + adminToken)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"jsonrpc\":\"2.0\",\"method\":\"timesheet\",\"params\":"
                            + "{\"startDate\":\"2024-09-01\",\"endDate\":\"2024-10-30\"},\"id\":1}",
                        StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Length")).isEmpty();
    assertThat(response.headers().firstValue("Transfer-Encoding")).contains("chunked");
    JsonNode result = JSON.readTree(response.body()).get("result");
    assertThat(result).hasSize(10);
    result.forEach(group -> assertThat(group.get("sessions")).hasSize(60));
    assertThat(byNumber(result).get(9).get("sessions").get(59).get("endDate").asText())
        .isEqualTo("2024-10-30 16:00:00");
  }
}
