package org.worktime.app.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Plain HTTP/1.1 on loopback, every call bounded in time: a status and a body. */
final class Http {

  static final ObjectMapper JSON = new ObjectMapper();

  /** An answer: its status and its body as text. */
  record Answer(int status, String body) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException notJson) {
        throw new UncheckedIOException("not JSON (" + status + "): " + body, notJson);
      }
    }
  }

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final String base;

  Http(String base) {
    this.base = base;
  }

  /** Sends a request; a JSON body (or none, when null) with a Bearer token (or none, when null). */
  Answer send(String method, String path, String token, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    HttpResponse<String> response =
        client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Answer(response.statusCode(), response.body());
  }

  Answer post(String path, String token) throws IOException, InterruptedException {
    return send("POST", path, token, null);
  }

  /** A JSON-RPC call by name with params as a JSON text. */
  Answer rpc(String token, String method, String params) throws IOException, InterruptedException {
    return send(
        "POST",
        "/api/v1/json-rpc",
        token,
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + method + "\",\"params\":" + params + "}");
  }

  /** JSON-RPC params for the days around today (UTC): yesterday to tomorrow. */
  static String aroundToday() {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    return "{\"startDate\":\""
        + today.minusDays(1)
        + "\",\"endDate\":\""
        + today.plusDays(1)
        + "\"}";
  }

  /** A management call that must succeed; answers its JSON. */
  JsonNode created(String path, String token, String body)
      throws IOException, InterruptedException {
    Answer answer = send("POST", path, token, body);
    if (answer.status() != 201) {
      throw new AssertionError(
          "POST " + path + " answered " + answer.status() + ": " + answer.body());
    }
    return answer.json();
  }
}
