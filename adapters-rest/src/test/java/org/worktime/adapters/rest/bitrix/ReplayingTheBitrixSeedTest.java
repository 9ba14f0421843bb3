package org.worktime.adapters.rest.bitrix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Seed 003's {@code timeman.open} example, replayed over HTTP, field by field. */
class ReplayingTheBitrixSeedTest extends TimemanFixture {

  private static final String SEED_QUERY =
      "time=2017-04-21T07%3A30%3A00%2B08%3A00&report=Forgot&lat=54.7199881&lon=20.4879224&user_id=5";

  @Test
  void theSeedsManualOpeningAnswersEveryFieldOfTheSeedsResponse() {
    Reply reply = get("timeman.open", auth(fixedToken) + "&" + SEED_QUERY);

    assertThat(reply.contentType().toLowerCase())
        .contains("application/json")
        .contains("charset=utf-8");
    JsonNode result = reply.result();
    List<String> fields = new ArrayList<>();
    result.fieldNames().forEachRemaining(fields::add);
    assertThat(fields)
        .containsExactly(
            "STATUS",
            "TIME_START",
            "TIME_FINISH",
            "DURATION",
            "TIME_LEAKS",
            "ACTIVE",
            "IP_OPEN",
            "IP_CLOSE",
            "LAT_OPEN",
            "LON_OPEN",
            "LAT_CLOSE",
            "LON_CLOSE",
            "TZ_OFFSET");
    assertThat(result.get("STATUS").asText()).isEqualTo("OPENED");
    assertThat(result.get("TIME_START").asText()).isEqualTo("2017-04-21T07:30:00+08:00");
    assertThat(result.get("TIME_FINISH").isNull()).isTrue();
    assertThat(result.get("DURATION").asText()).isEqualTo("00:00:00");
    assertThat(result.get("TIME_LEAKS").asText()).isEqualTo("00:00:00");
    assertThat(result.get("ACTIVE").isBoolean()).isTrue();
    assertThat(result.get("ACTIVE").asBoolean())
        .as("07:30 given at 09:00 is further than the allowed 15 minutes")
        .isFalse();
    assertThat(result.get("IP_OPEN").asText())
        .as("the seed's 192.168.1.1 is the caller's address; ours is loopback")
        .isEqualTo("127.0.0.1");
    assertThat(result.get("IP_CLOSE").asText()).isEmpty();
    assertThat(result.get("LAT_OPEN").isNumber()).isTrue();
    assertThat(result.get("LAT_OPEN").doubleValue()).isEqualTo(54.7199881);
    assertThat(result.get("LON_OPEN").doubleValue()).isEqualTo(20.4879224);
    assertThat(result.get("LAT_CLOSE").isInt()).isTrue();
    assertThat(result.get("LAT_CLOSE").intValue()).isZero();
    assertThat(result.get("LON_CLOSE").intValue()).isZero();
    assertThat(result.get("TZ_OFFSET").intValue()).isEqualTo(28800);
  }

  /**
   * The seed shows the answer's {@code result} alone; the vendor's answers (and its SDKs) also
   * carry the {@code time} object after it, measured, so only that part of the text is the seed's.
   */
  @Test
  void theSeedsResponseTextMatchesTheSeedExceptForTheCallersAddressAndTheTime() {
    String seed =
        "{\"result\":{\"STATUS\":\"OPENED\",\"TIME_START\":\"2017-04-21T07:30:00+08:00\","
            + "\"TIME_FINISH\":null,\"DURATION\":\"00:00:00\",\"TIME_LEAKS\":\"00:00:00\","
            + "\"ACTIVE\":false,\"IP_OPEN\":\"127.0.0.1\",\"IP_CLOSE\":\"\","
            + "\"LAT_OPEN\":54.7199881,\"LON_OPEN\":20.4879224,\"LAT_CLOSE\":0,\"LON_CLOSE\":0,"
            + "\"TZ_OFFSET\":28800}";

    String text = get("timeman.open", auth(fixedToken) + "&" + SEED_QUERY).text();

    assertThat(text).startsWith(seed + ",\"time\":{\"start\":").endsWith("}}");
  }

  @Test
  void theSeedsOpeningIsTheSameDayThroughTheStatusMethod() {
    JsonNode opened = get("timeman.open", auth(fixedToken) + "&" + SEED_QUERY).result();

    assertThat(get("timeman.status", auth(fixedToken) + "&user_id=5").result()).isEqualTo(opened);
  }

  @Test
  void aManualTimeWithinTheAllowedDeltaLeavesTheDayActive() {
    JsonNode result =
        get(
                "timeman.open",
                auth(fixedToken) + "&TIME=2017-04-21T08%3A50%3A00%2B08%3A00&REPORT=Traffic")
            .result();

    assertThat(result.get("ACTIVE").asBoolean()).isTrue();
    assertThat(result.get("TIME_START").asText()).isEqualTo("2017-04-21T08:50:00+08:00");
  }
}
