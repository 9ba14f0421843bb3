package org.worktime.adapters.rest.bitrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * b24phpsdk, Bitrix24's official PHP SDK, is served by no registry here: these are the requests its
 * source sends, replayed, and the fields its source reads, checked as it reads them. It follows
 * {@code src/Core/ApiClient.php} (POST, the parameters as a JSON body, {@code auth} in it for an
 * application, its default headers), {@code src/Core/EndpointUrlFormatter.php} (the method in lower
 * case; a webhook's URL, the method and a trailing slash; the request id in the query string),
 * {@code src/Core/Response/Response.php} and {@code Response/DTO/Time.php} (every key of {@code
 * time} read without a check), {@code src/Core/Core.php} (what each status leads to: 401 {@code
 * expired_token} renews the token, any other 401 throws) and {@code ApiLevelErrorHandler.php} (an
 * empty code with "not found" in the description is its {@code ItemNotFoundException}).
 */
class ReplayingB24PhpSdkTest extends TimemanFixture {

  /** ApiClient::getResponse: POST, JSON body, its headers, the request id in the query. */
  Reply sdkCall(String url, String json) {
    return send(
        HttpRequest.newBuilder(URI.create(url + "?bx24_request_id=6592a1e8c1a9f"))
            .header("Accept", "application/json")
            .header("Accept-Charset", "utf-8")
            .header("User-Agent", "b24-php-sdk-vendor-v-3.2.0-php-8.3.6")
            .header("X-BITRIX24-PHP-SDK-PHP-VERSION", "8.3.6")
            .header("X-BITRIX24-PHP-SDK-VERSION", "3.2.0")
            .header("X-Request-ID", "6592a1e8c1a9f")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .build());
  }

  @Test
  void throughAWebhookTheMethodInLowerCaseWithATrailingSlashAnswersWhatResponseReads() {
    String secret = engine.apiKeys().issueWebhook(asAdmin, flexible.id(), "php").get().token();
    String webhookUrl = base + "/rest/6/" + secret;

    Reply opened = sdkCall(webhookUrl + "/" + "TIMEMAN.OPEN".toLowerCase(Locale.ROOT) + "/", "{}");
    clock.advance(Duration.ofHours(1));
    Reply closed =
        sdkCall(webhookUrl + "/timeman.close/", "{\"REPORT\":\"\\u05e1\\u05d9\\u05d5\\u05dd\"}");

    readsAsResponseDoes(opened);
    assertThat(opened.json().at("/result/STATUS").asText()).isEqualTo("OPENED");
    readsAsResponseDoes(closed);
    assertThat(closed.json().at("/result/STATUS").asText()).isEqualTo("CLOSED");
  }

  @Test
  void asAnApplicationTheTokenGoesAsAuthInTheJsonBody() {
    Reply status =
        sdkCall(base + "/rest/timeman.status", "{\"USER_ID\":5,\"auth\":\"" + managerToken + "\"}");

    readsAsResponseDoes(status);
    assertThat(status.json().at("/result/STATUS").asText()).isEqualTo("CLOSED");
  }

  @Test
  void anUnknownUserIsTheSdksItemNotFoundException() {
    Reply reply =
        sdkCall(
            base + "/rest/timeman.status", "{\"USER_ID\":99,\"auth\":\"" + managerToken + "\"}");

    // Core::call, 400: ApiLevelErrorHandler::handle; an empty code whose description holds
    // "not found" becomes error_not_found, thrown as ItemNotFoundException.
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("error").asText()).isEmpty();
    assertThat(reply.json().get("error_description").asText().toLowerCase(Locale.ROOT))
        .contains("not found");
  }

  @Test
  void onlyAnExpiredAccessTokenSendsTheSdkToRenewIt() {
    var client = engine.apiKeys().registerClient(asAdmin, flexible.id(), "php app").get();
    String token =
        engine
            .authenticate()
            .exchange(client.clientId(), client.clientSecret(), Duration.ofHours(1))
            .get()
            .token();
    clock.advance(Duration.ofHours(2));

    Reply expired = sdkCall(base + "/rest/timeman.status", "{\"auth\":\"" + token + "\"}");
    Reply unknown = sdkCall(base + "/rest/timeman.status", "{\"auth\":\"wt_unknown\"}");

    // Core::call, 401: 'expired_token' renews the token and repeats the call; anything else
    // throws at once, so a token that no renewal can fix does not send it round in circles.
    assertThat(expired.status()).isEqualTo(401);
    assertThat(expired.json().get("error").asText()).isEqualTo("expired_token");
    assertThat(unknown.status()).isEqualTo(401);
    assertThat(unknown.json().get("error").asText()).isNotEqualTo("expired_token");
  }

  /**
   * Response::getResponseData: {@code result} an array (a PHP array: a JSON object), and every key
   * Time::initFromResponse reads: four floats, two dates for CarbonImmutable, and, where present,
   * {@code operating} (a float) and {@code operating_reset_at} (an integer).
   */
  private static void readsAsResponseDoes(Reply reply) {
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    JsonNode body = reply.json();
    assertThat(body.get("result").isObject()).isTrue();
    JsonNode time = body.get("time");
    for (String seconds : new String[] {"start", "finish", "duration", "processing", "operating"}) {
      assertThat(time.get(seconds).isNumber()).as(seconds).isTrue();
    }
    assertThatCode(() -> OffsetDateTime.parse(time.get("date_start").asText()))
        .doesNotThrowAnyException();
    assertThatCode(() -> OffsetDateTime.parse(time.get("date_finish").asText()))
        .doesNotThrowAnyException();
    assertThat(time.get("operating_reset_at").isIntegralNumber()).isTrue();
  }
}
