package org.worktime.adapters.rest.bitrix;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimemanErrorCodesTest extends TimemanFixture {

  @Test
  void aTimeWithoutAnOffsetIsAWrongDatetimeFormat() {
    get("timeman.open", auth(flexibleToken) + "&TIME=2017-04-21T07%3A30%3A00")
        .isError(400, "WRONG_DATETIME_FORMAT");
    get("timeman.open", auth(flexibleToken) + "&TIME=21.04.2017+07%3A30")
        .isError(400, "WRONG_DATETIME_FORMAT");
    get("timeman.close", auth(flexibleToken) + "&TIME=2017-02-30T07%3A30%3A00%2B08%3A00")
        .isError(400, "WRONG_DATETIME_FORMAT");
  }

  @Test
  void anOpeningTimeOnAnotherDateIsAWrongDatetime() {
    get("timeman.open", auth(fixedToken) + "&TIME=2017-04-20T07%3A30%3A00%2B08%3A00&REPORT=x")
        .isError(400, "WRONG_DATETIME");
  }

  @Test
  void aClosingTimeOnAnotherDateIsAWrongDatetime() {
    get("timeman.open", auth(flexibleToken)).result();
    clock.advance(Duration.ofHours(2));

    get("timeman.close", auth(flexibleToken) + "&TIME=2017-04-19T10%3A00%3A00%2B08%3A00")
        .isError(400, "WRONG_DATETIME");
  }

  @Test
  void aManualTimeOnAFixedScheduleNeedsAReport() {
    get("timeman.open", auth(fixedToken) + "&TIME=2017-04-21T08%3A30%3A00%2B08%3A00")
        .isError(400, "REPORT_NEEDED");
  }

  @Test
  void closingAnExpiredDayWithoutATimeIsRefusedAsExpired() {
    get("timeman.open", auth(flexibleToken)).result();
    clock.set(Instant.parse("2017-04-21T16:30:00Z"));

    get("timeman.close", auth(flexibleToken)).isError(400, "WD_EXPIRED");
    get("timeman.pause", auth(flexibleToken)).isError(400, "WD_EXPIRED");
  }

  @Test
  void continuingAPausedDayAtAManualTimeIsRefusedWithTheTimeCode() {
    get("timeman.open", auth(flexibleToken)).result();
    clock.advance(Duration.ofHours(1));
    get("timeman.pause", auth(flexibleToken)).result();
    clock.advance(Duration.ofMinutes(10));

    get("timeman.open", auth(flexibleToken) + "&TIME=2017-04-21T10%3A05%3A00%2B08%3A00")
        .isError(400, "TIME");
  }

  @Test
  void illegalTransitionsAreAWrongStatusNeverASilentStatus() {
    get("timeman.pause", auth(flexibleToken)).isError(400, "WRONG_STATUS");
    get("timeman.close", auth(flexibleToken)).isError(400, "WRONG_STATUS");
    get("timeman.open", auth(flexibleToken)).result();
    get("timeman.open", auth(flexibleToken)).isError(400, "WRONG_STATUS");
    clock.advance(Duration.ofMinutes(5));
    get("timeman.pause", auth(flexibleToken)).result();
    get("timeman.pause", auth(flexibleToken)).isError(400, "WRONG_STATUS");
    get("timeman.close", auth(flexibleToken)).result();
    get("timeman.close", auth(flexibleToken)).isError(400, "WRONG_STATUS");
    get("timeman.pause", auth(flexibleToken)).isError(400, "WRONG_STATUS");
  }

  @Test
  void aTimeLaterThanNowIsRefused() {
    get("timeman.open", auth(flexibleToken) + "&TIME=2017-04-21T09%3A30%3A00%2B08%3A00")
        .isError(400, "TIME_IN_FUTURE");
  }

  @Test
  void aCloseBeforeTheLastBreakIsOutOfOrder() {
    get("timeman.open", auth(flexibleToken)).result();
    clock.advance(Duration.ofHours(2));
    get("timeman.pause", auth(flexibleToken)).result();
    clock.advance(Duration.ofHours(1));

    get("timeman.close", auth(flexibleToken) + "&TIME=2017-04-21T10%3A00%3A00%2B08%3A00")
        .isError(400, "TIME_OUT_OF_ORDER");
  }

  @Test
  void anUnknownUserNumberIsNotFound() {
    get("timeman.status", auth(managerToken) + "&USER_ID=99").isUnknownUser();
    get("timeman.open", auth(flexibleToken) + "&USER_ID=99").isUnknownUser();
  }

  @Test
  void aUserNumberThatIsNotANumberIsAnArgumentError() {
    get("timeman.status", auth(managerToken) + "&USER_ID=abc").isError(400, "ERROR_ARGUMENT");
    get("timeman.status", auth(managerToken) + "&USER_ID=-5").isError(400, "ERROR_ARGUMENT");
    get("timeman.status", auth(managerToken) + "&USER_ID=0").isError(400, "ERROR_ARGUMENT");
    get("timeman.status", auth(managerToken) + "&USER_ID=99999999999999999999")
        .isError(400, "ERROR_ARGUMENT");
  }

  @Test
  void anUnknownMethodIsNotFound() {
    get("timeman.explode", auth(flexibleToken)).isError(404, "ERROR_METHOD_NOT_FOUND");
    get("timeman/open", auth(flexibleToken)).isError(404, "ERROR_METHOD_NOT_FOUND");
    get("", auth(flexibleToken)).isError(404, "ERROR_METHOD_NOT_FOUND");
  }
}
