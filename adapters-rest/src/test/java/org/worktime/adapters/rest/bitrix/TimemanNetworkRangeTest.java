package org.worktime.adapters.rest.bitrix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@code timeman.networkrange.get|set|check} ({@code api-reference/timeman/networkrange/}): a
 * company's office networks, an admin's to read and set, and every open and close recorded as
 * inside or outside them. The server listens on loopback, so every caller's address is 127.0.0.1.
 */
class TimemanNetworkRangeTest extends TimemanFixture {

  private static final String LOOPBACK_OFFICE = "משרד 127 🏢";

  private static final String RANGES =
      "{\"RANGES\": [{\"ip_range\": \"127.0.0.0-127.255.255.255\", \"name\": \""
          + LOOPBACK_OFFICE
          + "\"}, {\"ip_range\": \"10.10.0.1\", \"name\": \"Printer\"}]}";

  @Test
  void anAdminSetsReadsAndChecksTheOfficeNetworksByteExact() {
    assertThat(get("timeman.networkrange.get", auth(adminToken)).result().isEmpty()).isTrue();

    JsonNode saved = postJson("timeman.networkrange.set", adminToken, RANGES).result();
    assertThat(saved.get("result").asBoolean()).isTrue();

    JsonNode listed = get("timeman.networkrange.get", auth(adminToken)).result();
    assertThat(listed.size()).isEqualTo(2);
    assertThat(listed.get(0).get("ip_range").asText()).isEqualTo("127.0.0.0-127.255.255.255");
    assertThat(listed.get(0).get("name").asText()).isEqualTo(LOOPBACK_OFFICE);
    assertThat(listed.get(1).get("ip_range").asText()).isEqualTo("10.10.0.1");

    JsonNode own = get("timeman.networkrange.check", auth(adminToken)).result();
    assertThat(own.get("ip").asText()).isEqualTo("127.0.0.1");
    assertThat(own.get("range").asText()).isEqualTo("127.0.0.0-127.255.255.255");
    assertThat(own.get("name").asText()).isEqualTo(LOOPBACK_OFFICE);
    JsonNode printer =
        get("timeman.networkrange.check", auth(adminToken) + "&IP=10.10.0.1").result();
    assertThat(printer.get("name").asText()).isEqualTo("Printer");
    JsonNode elsewhere =
        get("timeman.networkrange.check", auth(adminToken) + "&IP=10.10.0.2").result();
    assertThat(elsewhere.isBoolean() && !elsewhere.asBoolean()).isTrue();
    get("timeman.networkrange.check", auth(adminToken) + "&IP=10.10.0.300")
        .isError(400, "ERROR_ARGUMENT");
  }

  @Test
  void theFormAndTextFormsOfTheVendorsExamplesSetTheSameRanges() {
    String form =
        "auth="
            + adminToken
            + "&RANGES[0][ip_range]=192.168.0.0-192.168.255.255&RANGES[0][name]="
            + URLEncoder.encode(LOOPBACK_OFFICE, StandardCharsets.UTF_8)
            + "&RANGES[1][ip_range]=::1&RANGES[1][name]=v6";
    assertThat(postForm("timeman.networkrange.set", form).result().get("result").asBoolean())
        .isTrue();
    JsonNode listed = get("timeman.networkrange.get", auth(adminToken)).result();
    assertThat(listed.get(0).get("ip_range").asText()).isEqualTo("192.168.0.0-192.168.255.255");
    assertThat(listed.get(0).get("name").asText()).isEqualTo(LOOPBACK_OFFICE);
    assertThat(listed.get(1).get("ip_range").asText()).isEqualTo("::1");

    String text = "[{\"ip_range\":\"172.16.0.0-172.31.255.255\",\"name\":\"172.x\"}]";
    String asText = "{\"ranges\": " + JSON.valueToTree(text) + "}";
    assertThat(postJson("timeman.networkrange.set", adminToken, asText).result().get("result"))
        .isEqualTo(JSON.getNodeFactory().booleanNode(true));
    assertThat(
            get("timeman.networkrange.get", auth(adminToken)).result().get(0).get("name").asText())
        .isEqualTo("172.x");
  }

  @Test
  void aWrongRangeIsListedAndNothingIsSaved() {
    postJson("timeman.networkrange.set", adminToken, RANGES).result();

    JsonNode refused =
        postJson(
                "timeman.networkrange.set",
                adminToken,
                "{\"RANGES\": [{\"ip_range\": \"10.0.0.0-10.255.255.255\", \"name\": \"ok\"},"
                    + " {\"ip_range\": \"a172.16.0.0-172.31.255.255\", \"name\": \"bad\"},"
                    + " {\"ip_range\": \"10.0.0.9-10.0.0.1\", \"name\": \"backwards\"},"
                    + " {\"ip_range\": \"10.0.0.1-::1\", \"name\": \"two families\"}]}")
            .result();
    assertThat(refused.get("result").asBoolean()).isFalse();
    assertThat(refused.get("error_ranges").size()).isEqualTo(3);
    assertThat(refused.get("error_ranges").get(0).get("ip_range").asText())
        .isEqualTo("a172.16.0.0-172.31.255.255");
    assertThat(refused.get("error_ranges").get(1).get("name").asText()).isEqualTo("backwards");
    assertThat(refused.get("error_ranges").get(2).get("name").asText()).isEqualTo("two families");
    assertThat(get("timeman.networkrange.get", auth(adminToken)).result().size()).isEqualTo(2);

    postJson("timeman.networkrange.set", adminToken, "{\"RANGES\": \"not a list\"}")
        .isError(400, "INVALID_FORMAT");
    get("timeman.networkrange.set", auth(adminToken)).isError(400, "INVALID_FORMAT");
    assertThat(get("timeman.networkrange.get", auth(adminToken)).result().size()).isEqualTo(2);

    assertThat(
            postJson("timeman.networkrange.set", adminToken, "{\"RANGES\": []}")
                .result()
                .get("result")
                .asBoolean())
        .isTrue();
    assertThat(get("timeman.networkrange.get", auth(adminToken)).result().isEmpty()).isTrue();
  }

  @Test
  void onlyAnAdminReadsSetsOrChecksThemAsTheVendorAnswers() {
    for (String token : new String[] {flexibleToken, managerToken}) {
      get("timeman.networkrange.get", auth(token)).isError(400, "ACCESS_ERROR");
      get("timeman.networkrange.check", auth(token)).isError(400, "ACCESS_ERROR");
      postJson("timeman.networkrange.set", token, RANGES).isError(400, "ACCESS_ERROR");
      postJson(
              "timeman.networkrange.set",
              token,
              "{\"RANGES\": [{\"ip_range\": \"nonsense\", \"name\": \"x\"}]}")
          .isError(400, "ACCESS_ERROR");
    }
    assertThat(get("timeman.networkrange.get", auth(adminToken)).result().isEmpty()).isTrue();
  }

  @Test
  void anOpenAndACloseAreRecordedInsideOrOutsideTheNetworksOfTheirMoment() {
    JsonNode unknown = get("timeman.open", auth(managerToken)).result();
    assertThat(unknown.has("OFFICE_OPEN")).as("no office networks yet").isFalse();

    postJson("timeman.networkrange.set", adminToken, RANGES).result();
    JsonNode opened = get("timeman.open", auth(flexibleToken)).result();
    assertThat(opened.get("IP_OPEN").asText()).isEqualTo("127.0.0.1");
    assertThat(opened.get("OFFICE_OPEN").asText()).isEqualTo(LOOPBACK_OFFICE);
    assertThat(opened.has("OFFICE_CLOSE")).isFalse();

    postJson(
            "timeman.networkrange.set",
            adminToken,
            "{\"RANGES\": [{\"ip_range\": \"10.0.0.0-10.255.255.255\", \"name\": \"10.x\"}]}")
        .result();
    JsonNode closed = get("timeman.close", auth(flexibleToken)).result();
    assertThat(closed.get("OFFICE_OPEN").asText()).isEqualTo(LOOPBACK_OFFICE);
    assertThat(closed.get("OFFICE_CLOSE").asBoolean(true)).isFalse();
    assertThat(closed.get("OFFICE_CLOSE").isBoolean()).isTrue();
    assertThat(get("timeman.status", auth(flexibleToken)).result()).isEqualTo(closed);
  }
}
