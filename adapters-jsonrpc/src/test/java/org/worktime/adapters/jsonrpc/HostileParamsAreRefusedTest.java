package org.worktime.adapters.jsonrpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Numbers and dates an operator found to cost memory, time or an internal error: a number whose
 * text is too long or too large to read is a parse error (-32700) naming where it is; a date beyond
 * the years the engine holds is an invalid param (-32602) naming the param. Nothing is written.
 */
class HostileParamsAreRefusedTest extends JsonRpcFixture {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"1e100000000", "1e1000000000", "1e2147483647", "1.5e-2147483648"})
  void aNumberTooLargeToReadIsAParseErrorThatSaysWhere(String number) {
    for (String body :
        new String[] {
          "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"clock-in\",\"params\":{\"x\":"
              + number
              + "}}",
          "{\"jsonrpc\":\"2.0\",\"id\":" + number + ",\"method\":\"clock-in\"}",
          "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"clock-in\",\"params\":{\"x\":"
              + number
              + "}}]"
        }) {
      Reply reply = post(firstToken, body);

      assertThat(reply.status()).as(reply.text()).isEqualTo(200);
      JsonNode response = reply.json();
      assertThat(response.get("id").isNull()).as(reply.text()).isTrue();
      assertThat(response.get("error").get("code").intValue()).isEqualTo(RpcError.PARSE_ERROR);
      assertThat(response.get("error").get("data").get("reason").asText())
          .contains(body.contains("\"x\"") ? "params.x" : "id");
      assertThat(reply.text().length()).isLessThan(1000);
    }
    assertNothingWasWritten();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "startDate, +999999999-12-31",
    "startDate, -999999999-01-01",
    "endDate, +999999999-12-31",
    "startDate, 0000-12-31"
  })
  void aDateBeyondTheYearsTheEngineHoldsIsAnInvalidParamOfEveryRead(String param, String date) {
    for (String method : new String[] {"sessions", "lunches", "timesheet", "extended-sessions"}) {
      String params =
          param.equals("startDate")
              ? "{\"startDate\":\"" + date + "\",\"endDate\":\"2024-10-09\"}"
              : "{\"startDate\":\"2024-10-09\",\"endDate\":\"" + date + "\"}";

      JsonNode error = error(adminToken, method, params, RpcError.INVALID_PARAMS);

      assertThat(error.get("data").get("param").asText()).isEqualTo(param);
      assertThat(error.get("data").get("reason").asText())
          .isEqualTo("must be a date from 0001-01-01 to 9999-12-31");
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"+999999999-12-31 23:59:59", "-999999999-01-01 00:00:00"})
  void aDeviceTimeBeyondTheYearsTheEngineHoldsIsAnInvalidParamAndNothingIsWritten(String date) {
    JsonNode error =
        error(
            firstToken,
            "clock-in",
            "{\"date\":\"" + date + "\",\"timezone\":\"Asia/Jerusalem\"}",
            RpcError.INVALID_PARAMS);

    assertThat(error.get("data").get("param").asText()).isEqualTo("date");
    assertNothingWasWritten();
  }

  @Test
  void anEmployeeNumberBeyondALongIsAnInvalidParam() {
    JsonNode error =
        error(
            adminToken,
            "clock-in",
            "{\"employeeNumber\":99999999999999999999}",
            RpcError.INVALID_PARAMS);

    assertThat(error.get("data").get("param").asText()).isEqualTo("employeeNumber");
    assertNothingWasWritten();
  }

  private void assertNothingWasWritten() {
    for (var employee : new org.worktime.domain.employee.Employee[] {first, second}) {
      assertThat(engine.workdayStatus().statusOf(asAdmin, employee.id()).get()).isEmpty();
    }
  }
}
