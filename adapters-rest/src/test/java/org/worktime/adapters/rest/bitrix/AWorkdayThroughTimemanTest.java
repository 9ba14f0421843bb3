package org.worktime.adapters.rest.bitrix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AWorkdayThroughTimemanTest extends TimemanFixture {

  @Test
  void aUserWhoNeverOpenedADayIsClosedAndNothingElse() {
    JsonNode result = get("timeman.status", auth(flexibleToken)).result();

    assertThat(result.toString()).isEqualTo("{\"STATUS\":\"CLOSED\"}");
  }

  @Test
  void openPauseContinueAndCloseCountTheBreakAndTheNetDuration() {
    JsonNode opened = get("timeman.open", auth(flexibleToken)).result();
    assertThat(opened.get("STATUS").asText()).isEqualTo("OPENED");
    assertThat(opened.get("TIME_START").asText()).isEqualTo("2017-04-21T09:00:00+08:00");
    assertThat(opened.get("ACTIVE").asBoolean()).isTrue();

    clock.advance(Duration.ofHours(3));
    JsonNode paused = get("timeman.pause", auth(flexibleToken)).result();
    assertThat(paused.get("STATUS").asText()).isEqualTo("PAUSED");
    assertThat(paused.get("TIME_LEAKS").asText()).isEqualTo("00:00:00");

    clock.advance(Duration.ofMinutes(30));
    JsonNode during = get("timeman.status", auth(flexibleToken)).result();
    assertThat(during.get("STATUS").asText()).isEqualTo("PAUSED");
    assertThat(during.get("TIME_LEAKS").asText()).isEqualTo("00:30:00");
    assertThat(during.get("DURATION").asText()).isEqualTo("00:00:00");

    JsonNode continued = get("timeman.open", auth(flexibleToken)).result();
    assertThat(continued.get("STATUS").asText()).isEqualTo("OPENED");
    assertThat(continued.get("TIME_START").asText()).isEqualTo("2017-04-21T09:00:00+08:00");
    assertThat(continued.get("TIME_LEAKS").asText()).isEqualTo("00:30:00");

    clock.advance(Duration.ofHours(5));
    JsonNode closed = get("timeman.close", auth(flexibleToken)).result();
    assertThat(closed.get("STATUS").asText()).isEqualTo("CLOSED");
    assertThat(closed.get("TIME_FINISH").asText()).isEqualTo("2017-04-21T17:30:00+08:00");
    assertThat(closed.get("DURATION").asText()).isEqualTo("08:00:00");
    assertThat(closed.get("TIME_LEAKS").asText()).isEqualTo("00:30:00");
    assertThat(closed.get("IP_CLOSE").asText()).isEqualTo("127.0.0.1");
    assertThat(get("timeman.status", auth(flexibleToken)).result()).isEqualTo(closed);
  }

  @Test
  void openingAfterAClosedDayStartsANewOne() {
    get("timeman.open", auth(flexibleToken)).result();
    clock.advance(Duration.ofHours(2));
    get("timeman.close", auth(flexibleToken)).result();
    clock.advance(Duration.ofHours(1));

    JsonNode reopened = get("timeman.open", auth(flexibleToken)).result();

    assertThat(reopened.get("STATUS").asText()).isEqualTo("OPENED");
    assertThat(reopened.get("TIME_START").asText()).isEqualTo("2017-04-21T12:00:00+08:00");
    assertThat(reopened.get("TIME_LEAKS").asText()).isEqualTo("00:00:00");
  }

  @Test
  void theDotJsonSuffixAJsonBodyAFormBodyAndAnyCaseOfNamesAllWork() {
    JsonNode opened =
        postJson("timeman.open.json", flexibleToken, "{\"User_Id\": 6, \"Lat\": 1.5, \"lon\": -2}")
            .result();
    assertThat(opened.get("LAT_OPEN").doubleValue()).isEqualTo(1.5);
    assertThat(opened.get("LON_OPEN").doubleValue()).isEqualTo(-2.0);

    JsonNode byForm =
        postForm("TIMEMAN.STATUS.JSON", "AUTH=" + flexibleToken + "&USER_ID=6").result();

    assertThat(byForm).isEqualTo(opened);
  }

  @Test
  void aManagerActsOnAnotherUsersDay() {
    JsonNode opened = get("timeman.open", auth(managerToken) + "&USER_ID=6").result();

    assertThat(opened.get("STATUS").asText()).isEqualTo("OPENED");
    assertThat(get("timeman.status", auth(flexibleToken)).result()).isEqualTo(opened);
  }

  @Test
  void anUnclosedFlexibleDayExpiresAtMidnightAndSuggestsNineHours() {
    get("timeman.open", auth(flexibleToken)).result();
    clock.set(Instant.parse("2017-04-21T16:30:00Z")); // 00:30 on Saturday in Shanghai

    JsonNode expired = get("timeman.status", auth(flexibleToken)).result();

    assertThat(expired.get("STATUS").asText()).isEqualTo("EXPIRED");
    assertThat(expired.get("TIME_FINISH_DEFAULT").asText()).isEqualTo("2017-04-21T18:00:00+08:00");
    assertThat(expired.get("TIME_FINISH").isNull()).isTrue();
  }

  @Test
  void anUnclosedFixedDayExpiresHalfwayToTheNextShiftAndSuggestsTheShiftsEnd() {
    clock.set(Instant.parse("2017-04-20T01:00:00Z")); // Thursday 09:00 in Shanghai
    get("timeman.open", auth(fixedToken)).result();
    clock.set(Instant.parse("2017-04-20T17:29:59Z")); // Friday 01:29:59
    assertThat(get("timeman.status", auth(fixedToken)).result().has("TIME_FINISH_DEFAULT"))
        .isFalse();
    clock.set(Instant.parse("2017-04-20T17:30:00Z")); // Friday 01:30, half-way to 09:00

    JsonNode expired = get("timeman.status", auth(fixedToken)).result();

    assertThat(expired.get("STATUS").asText()).isEqualTo("EXPIRED");
    assertThat(expired.get("TIME_FINISH_DEFAULT").asText()).isEqualTo("2017-04-20T18:00:00+08:00");
  }

  @Test
  void anExpiredDayClosesWithAnExplicitTime() {
    get("timeman.open", auth(flexibleToken)).result();
    clock.set(Instant.parse("2017-04-21T16:30:00Z"));

    JsonNode closed =
        get("timeman.close", auth(flexibleToken) + "&TIME=2017-04-21T18%3A00%3A00%2B08%3A00")
            .result();

    assertThat(closed.get("STATUS").asText()).isEqualTo("CLOSED");
    assertThat(closed.get("TIME_FINISH").asText()).isEqualTo("2017-04-21T18:00:00+08:00");
    assertThat(closed.get("DURATION").asText()).isEqualTo("09:00:00");
    assertThat(closed.has("TIME_FINISH_DEFAULT")).isFalse();
  }

  @Test
  void aCloseTimeGivenInAnotherZoneIsReportedInTheDaysZone() {
    get("timeman.open", auth(flexibleToken)).result();
    clock.advance(Duration.ofHours(4));

    JsonNode closed =
        get("timeman.close", auth(flexibleToken) + "&TIME=2017-04-21T04%3A00%3A00%2B00%3A00")
            .result();

    assertThat(closed.get("TIME_FINISH").asText()).isEqualTo("2017-04-21T12:00:00+08:00");
    assertThat(closed.get("TZ_OFFSET").intValue()).isEqualTo(28800);
  }

  @Test
  void aPlusSentUnescapedInTheQueryIsReadAsThePlusOfTheOffset() {
    JsonNode opened =
        get("timeman.open", auth(flexibleToken) + "&TIME=2017-04-21T08:55:00+08:00").result();

    assertThat(opened.get("TIME_START").asText()).isEqualTo("2017-04-21T08:55:00+08:00");
  }

  @Test
  void theSettingsOfAFixedScheduleAreItsLimits() {
    JsonNode settings = get("timeman.settings", auth(fixedToken)).result();

    assertThat(settings.toString())
        .isEqualTo(
            "{\"UF_TIMEMAN\":true,\"UF_TM_FREE\":false,\"UF_TM_MAX_START\":\"10:00:00\","
                + "\"UF_TM_MIN_FINISH\":\"17:00:00\",\"UF_TM_MIN_DURATION\":\"08:00:00\","
                + "\"UF_TM_ALLOWED_DELTA\":\"00:15:00\",\"ADMIN\":false}");
  }

  @Test
  void adminIsTheCallersOwnAndOnlyForTheirOwnSettings() {
    assertThat(get("timeman.settings", auth(managerToken)).result().get("ADMIN").asBoolean())
        .isTrue();
    assertThat(get("timeman.settings", auth(adminToken)).result().get("ADMIN").asBoolean())
        .isTrue();
    assertThat(get("timeman.settings", auth(managerToken) + "&USER_ID=5").result().has("ADMIN"))
        .isFalse();
    assertThat(get("timeman.settings", auth(managerToken) + "&USER_ID=7").result().has("ADMIN"))
        .isTrue();
  }

  @Test
  void theSettingsOfFlexibleHoursAnswerUnsetLimitsAsZero() {
    JsonNode settings = get("timeman.settings", auth(managerToken) + "&user_id=6").result();

    assertThat(settings.toString())
        .isEqualTo(
            "{\"UF_TIMEMAN\":true,\"UF_TM_FREE\":true,\"UF_TM_MAX_START\":\"00:00:00\","
                + "\"UF_TM_MIN_FINISH\":\"00:00:00\",\"UF_TM_MIN_DURATION\":\"00:00:00\","
                + "\"UF_TM_ALLOWED_DELTA\":\"00:15:00\"}");
  }
}
