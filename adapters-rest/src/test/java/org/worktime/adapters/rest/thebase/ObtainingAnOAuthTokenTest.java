package org.worktime.adapters.rest.thebase;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.worktime.application.access.ApiKeysUseCase.Issued;

/** The client credentials grant end to end, and each of RFC 6749's error answers. */
class ObtainingAnOAuthTokenTest extends TheBaseFixture {

  private Issued client;

  @BeforeEach
  void aClientRegisteredForDana() {
    client = engine.apiKeys().registerClient(asAdmin, dana.id(), "crm").get();
  }

  private static String basic(String id, String secret) {
    return "Basic "
        + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
  }

  private Reply token(String authorization, String form) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + "/oauth/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return send(request.build());
  }

  private Reply tokenByBasic() {
    return token(basic(client.clientId(), client.clientSecret()), "grant_type=client_credentials");
  }

  private static void isOAuthError(Reply reply, int status, String code) {
    assertThat(reply.status()).as(reply.text()).isEqualTo(status);
    JsonNode body = reply.json();
    assertThat(body.get("error").asText()).isEqualTo(code);
    assertThat(body.get("error_description").asText())
        .matches("[\\x20-\\x21\\x23-\\x5B\\x5D-\\x7E]+");
  }

  @Test
  void aRegisteredClientGetsABearerTokenForAnHourThatStartsATimerUntilItExpires() {
    Reply granted = tokenByBasic();

    JsonNode body = granted.ok();
    assertThat(body.get("token_type").asText()).isEqualTo("bearer");
    assertThat(body.get("expires_in").asInt()).isEqualTo(3600);
    String accessToken = body.get("access_token").asText();
    assertThat(accessToken).isNotBlank();

    start(accessToken, seedBody(dana, "my first timer")).created();

    clock.advance(Duration.ofSeconds(3599));
    open(accessToken, "").ok();
    clock.advance(Duration.ofSeconds(2));
    Reply expired = start(accessToken, seedBody(dana, "too late")).isError(401, "invalid_token");
    assertThat(expired.challenge()).startsWith("Bearer");
  }

  @Test
  void theTokenAnswerIsNeverCached() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/oauth/token"))
                .header("Authorization", basic(client.clientId(), client.clientSecret()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(response.headers().firstValue("Pragma")).hasValue("no-cache");
  }

  @Test
  void theClientMayAuthenticateWithFormFieldsInstead() {
    Reply granted =
        token(
            null,
            "grant_type=client_credentials&client_id="
                + client.clientId()
                + "&client_secret="
                + client.clientSecret());

    start(granted.ok().get("access_token").asText(), seedBody(dana, "by form")).created();
  }

  @Test
  void theTokenWorksOnTheOtherDialectsToo() {
    String accessToken = tokenByBasic().ok().get("access_token").asText();

    Reply bitrix =
        send(
            HttpRequest.newBuilder(URI.create(base + "/rest/timeman.status"))
                .header("Authorization", "Bearer " + accessToken)
                .GET()
                .build());

    assertThat(bitrix.status()).as(bitrix.text()).isEqualTo(200);
    assertThat(bitrix.json().get("result").get("STATUS").asText()).isEqualTo("CLOSED");
  }

  @Test
  void anotherGrantTypeIsUnsupported() {
    isOAuthError(
        token(basic(client.clientId(), client.clientSecret()), "grant_type=password"),
        400,
        "unsupported_grant_type");
    isOAuthError(
        token(basic(client.clientId(), client.clientSecret()), "grant_type=authorization_code"),
        400,
        "unsupported_grant_type");
  }

  @Test
  void aMissingGrantTypeIsAnInvalidRequest() {
    isOAuthError(
        token(basic(client.clientId(), client.clientSecret()), ""), 400, "invalid_request");
  }

  @Test
  void aWrongSecretAnUnknownClientOrNoClientIsAnInvalidClient() {
    Reply wrong =
        token(
            basic(client.clientId(), "bm90LXRoZS1zZWNyZXQtYXQtYWxs"),
            "grant_type=client_credentials");
    isOAuthError(wrong, 401, "invalid_client");
    assertThat(wrong.challenge()).startsWith("Basic");
    isOAuthError(
        token(basic("00", client.clientSecret()), "grant_type=client_credentials"),
        401,
        "invalid_client");
    isOAuthError(token(null, "grant_type=client_credentials"), 401, "invalid_client");
    isOAuthError(
        token("Basic !!!not-base64", "grant_type=client_credentials"), 401, "invalid_client");
    isOAuthError(
        token(
            "Basic "
                + Base64.getEncoder().encodeToString("no-colon".getBytes(StandardCharsets.UTF_8)),
            "grant_type=client_credentials"),
        401,
        "invalid_client");
  }

  @Test
  void anAccessTokenOrAnApiKeyIsNotAClient() {
    Issued apiKey =
        engine.apiKeys().issue(asAdmin, dana.id(), "key", io.vavr.control.Option.none()).get();

    isOAuthError(
        token(basic(apiKey.clientId(), apiKey.clientSecret()), "grant_type=client_credentials"),
        401,
        "invalid_client");
  }

  @Test
  void theClientsOwnCredentialsAreNotABearerToken() {
    start(client.token(), seedBody(dana, "x")).isError(401, "invalid_token");
  }

  @Test
  void aRevokedClientGetsNoToken() {
    engine.apiKeys().revoke(asAdmin, client.key().id()).get();

    isOAuthError(tokenByBasic(), 401, "invalid_client");
  }

  @Test
  void theHeaderAndTheFormTogetherAreAnInvalidRequest() {
    isOAuthError(
        token(
            basic(client.clientId(), client.clientSecret()),
            "grant_type=client_credentials&client_id=" + client.clientId()),
        400,
        "invalid_request");
  }

  @Test
  void aSecretInTheQueryStringIsRefused() {
    Reply reply =
        send(
            HttpRequest.newBuilder(
                    URI.create(
                        base
                            + "/oauth/token?client_id="
                            + client.clientId()
                            + "&client_secret="
                            + client.clientSecret()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build());

    isOAuthError(reply, 400, "invalid_request");
  }

  @Test
  void theTokenEndpointTakesPostOnlyAndOtherPathsAreNotFound() {
    isOAuthError(
        send(HttpRequest.newBuilder(URI.create(base + "/oauth/token")).GET().build()),
        405,
        "invalid_request");
    isOAuthError(
        send(HttpRequest.newBuilder(URI.create(base + "/oauth/authorize")).GET().build()),
        404,
        "not_found");
  }

  @Test
  void aJsonBodyIsReadLikeTheForm() {
    Reply granted =
        send(
            HttpRequest.newBuilder(URI.create(base + "/oauth/token"))
                .header("Authorization", basic(client.clientId(), client.clientSecret()))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString("{\"grant_type\": \"client_credentials\"}"))
                .build());

    assertThat(granted.ok().get("token_type").asText()).isEqualTo("bearer");
    isOAuthError(
        send(
            HttpRequest.newBuilder(URI.create(base + "/oauth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"grant_type\": "))
                .build()),
        400,
        "invalid_request");
  }
}
