package org.worktime.adapters.rest.bitrix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.worktime.adapters.rest.BitrixLimit;
import org.worktime.adapters.rest.RestConfig;

/**
 * The vendor's request intensity limit ({@code limits.md}): a leaky bucket per caller, here 3 at
 * once and 1 a second drained; past it {@code 503 QUERY_LIMIT_EXCEEDED}. The caller is the
 * credential's key, else the address.
 */
class TheQueryLimitTest extends TimemanFixture {

  @Override
  RestConfig config() {
    return super.config().withClock(clock).withBitrixLimit(new BitrixLimit(3, 1));
  }

  private Reply status(String token) {
    return get("timeman.status", auth(token));
  }

  private void useUp(String token) {
    for (int i = 0; i < 3; i++) {
      assertThat(status(token).status()).isEqualTo(200);
    }
  }

  @Test
  void theRequestPastTheBurstIsRefusedInTheVendorsShape() {
    useUp(fixedToken);
    Reply refused = status(fixedToken).isError(503, "QUERY_LIMIT_EXCEEDED");
    assertThat(refused.json().get("error_description").asText()).isEqualTo("Too many requests");
    assertThat(refused.json().has("result")).isFalse();
  }

  @Test
  void theBucketDrainsAtItsRate() {
    useUp(fixedToken);
    status(fixedToken).isError(503, "QUERY_LIMIT_EXCEEDED");

    clock.advance(Duration.ofSeconds(1));
    assertThat(status(fixedToken).status()).isEqualTo(200);
    status(fixedToken).isError(503, "QUERY_LIMIT_EXCEEDED");

    clock.advance(Duration.ofSeconds(3));
    useUp(fixedToken);
    status(fixedToken).isError(503, "QUERY_LIMIT_EXCEEDED");
  }

  @Test
  void anotherCallerIsUnaffected() {
    useUp(fixedToken);
    status(fixedToken).isError(503, "QUERY_LIMIT_EXCEEDED");

    useUp(flexibleToken);
    String hook = engine.apiKeys().issueWebhook(asAdmin, fixed.id(), "crm").get().token();
    assertThat(
            send(HttpRequest.newBuilder(URI.create(base + "/rest/5/" + hook + "/timeman.status"))
                    .GET()
                    .build())
                .status())
        .isEqualTo(200);
  }

  @Test
  void oneCredentialIsOneCallerHoweverItIsSent() {
    assertThat(status(fixedToken).status()).isEqualTo(200);
    assertThat(get("timeman.status", "access_token=" + fixedToken).status()).isEqualTo(200);
    assertThat(postJson("timeman.status", fixedToken, "{}").status()).isEqualTo(200);
    postJson("timeman.status", fixedToken, "{}").isError(503, "QUERY_LIMIT_EXCEEDED");
  }

  @Test
  void aBatchCountsAsOneRequest() {
    assertThat(status(fixedToken).status()).isEqualTo(200);
    JsonNode batch =
        postJson(
                "batch",
                fixedToken,
                "{\"cmd\":{\"a\":\"timeman.status\",\"b\":\"timeman.settings\","
                    + "\"c\":\"timeman.status\",\"d\":\"timeman.settings\"}}")
            .result();
    assertThat(batch.get("result").size()).isEqualTo(4);
    assertThat(status(fixedToken).status()).isEqualTo(200);
    status(fixedToken).isError(503, "QUERY_LIMIT_EXCEEDED");
  }

  @Test
  void callersWithoutACredentialAreCountedByTheirAddress() {
    for (int i = 0; i < 3; i++) {
      get("timeman.status", "").isError(401, "NO_AUTH_FOUND");
    }
    get("timeman.status", "").isError(503, "QUERY_LIMIT_EXCEEDED");
    assertThat(status(fixedToken).status()).isEqualTo(200);
  }
}
