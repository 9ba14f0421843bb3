package org.worktime.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code worktime serve} over HTTPS ({@link HttpsServe}): the dialects and the JSON-RPC
 * service on the one TLS port, the certificate named by options or environment variables, and the
 * client address taken from a trusted proxy's header.
 */
class ServingHttpsProcessTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void aDayOverHttpsAndTheTimeClockIdTheSameAfterARestart() throws Exception {
    long id;
    HttpsServe serve = HttpsServe.start(dir);
    try {
      assertThat(serve.output())
          .contains(" serving https://127.0.0.1:" + serve.port())
          .contains("HTTPS only, certificate CN=localhost, valid until ");
      HttpResponse<String> live = serve.send("/health/live", "GET", null);
      HttpResponse<String> opened = serve.send("/rest/timeman.open", "POST", "{}");

      assertThat(live.statusCode()).isEqualTo(200);
      assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
      assertThat(JSON.readTree(opened.body()).get("result").get("STATUS").asText())
          .isEqualTo("OPENED");
      JsonNode employee = extendedSessions(serve);
      assertThat(employee.get("id").isIntegralNumber()).as("%s", employee).isTrue();
      id = employee.get("id").longValue();
    } finally {
      serve.close();
    }

    HttpsServe again = serve.restart();
    try {
      assertThat(extendedSessions(again).get("id").longValue()).isEqualTo(id);
    } finally {
      again.close();
    }
  }

  @Test
  void theCertificateAndTheTrustedProxiesByEnvironmentVariables() throws Exception {
    try (HttpsServe serve =
        HttpsServe.start(
            dir, List.of(), Map.of("WORKTIME_TRUSTED_PROXIES", "10.0.0.0/8, 127.0.0.1"), true)) {
      assertThat(serve.output())
          .contains("HTTPS only, certificate CN=localhost")
          .contains("proxies in: 10.0.0.0/8, 127.0.0.1");

      HttpResponse<String> opened =
          serve
              .client()
              .send(
                  java.net.http.HttpRequest.newBuilder(
                          java.net.URI.create(serve.base() + "/rest/timeman.open"))
                      .header("Authorization", "Bearer " + serve.adminKey())
                      .header("X-Forwarded-For", "203.0.113.50, 198.51.100.7")
                      .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                      .build(),
                  HttpResponse.BodyHandlers.ofString());

      assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
      assertThat(JSON.readTree(opened.body()).get("result").get("IP_OPEN").asText())
          .isEqualTo("198.51.100.7");
    }
  }

  /** The one employee's group of {@code extended-sessions} around today. */
  private static JsonNode extendedSessions(HttpsServe serve) throws Exception {
    LocalDate today = LocalDate.now(ZoneId.systemDefault());
    HttpResponse<String> answer =
        serve.send(
            "/api/v1/json-rpc",
            "POST",
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"extended-sessions\",\"params\":"
                + "{\"startDate\":\""
                + today.minusDays(1)
                + "\",\"endDate\":\""
                + today.plusDays(1)
                + "\"}}");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonNode result = JSON.readTree(answer.body()).get("result");
    assertThat(result).as(answer.body()).hasSize(1);
    return result.get(0);
  }
}
