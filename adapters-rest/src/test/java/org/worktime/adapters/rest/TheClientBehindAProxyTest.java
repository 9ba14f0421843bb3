package org.worktime.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.worktime.adapters.rest.http.AccessLog;
import org.worktime.adapters.rest.http.TrustedProxies;
import org.worktime.application.Actor;
import org.worktime.application.Channel;
import org.worktime.application.Engine;
import org.worktime.application.EngineBuilder;
import org.worktime.application.Request;

/**
 * A real server whose every request comes from 127.0.0.1: as a trusted proxy, or as a client that
 * is not one. Bitrix's {@code IP_OPEN}/{@code IP_CLOSE}, the access log and Staffomatic's rate
 * limit per address all name the client the same way.
 */
class TheClientBehindAProxyTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final CopyOnWriteArrayList<String> log = new CopyOnWriteArrayList<>();
  private final HttpClient http = HttpClient.newHttpClient();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
  private final Engine engine = new EngineBuilder().clock(clock).build();
  private final String token;
  private RestServer server;
  private String base;

  TheClientBehindAProxyTest() {
    Actor admin =
        engine.tenantSetup().createTenant("ada@example.com", "Ada", ZoneId.of("UTC")).get();
    token =
        engine
            .apiKeys()
            .issue(Request.of(admin, Channel.EMBEDDED), admin.employee(), "t", Option.none())
            .get()
            .token();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void throughATrustedProxyTheDayRecordsTheForwardedClient() throws Exception {
    serve("127.0.0.0/8");

    JsonNode opened =
        timeman("timeman.open", "X-Forwarded-For", "1.1.1.1, 198.51.100.1, 127.0.0.1");
    clock.advance(Duration.ofHours(8));
    JsonNode closed = timeman("timeman.close", "Forwarded", "for=\"[2001:db8::17]:4711\"");

    assertThat(opened.get("IP_OPEN").asText()).isEqualTo("198.51.100.1");
    assertThat(closed.get("IP_OPEN").asText()).isEqualTo("198.51.100.1");
    assertThat(closed.get("IP_CLOSE").asText()).isEqualTo("2001:db8:0:0:0:0:0:17");
  }

  @Test
  void fromAnUntrustedPeerAForgedHeaderIsIgnored() throws Exception {
    serve("10.0.0.0/8");

    JsonNode opened = timeman("timeman.open", "X-Forwarded-For", "198.51.100.1");
    clock.advance(Duration.ofHours(8));
    JsonNode closed = timeman("timeman.close", "Forwarded", "for=198.51.100.1");

    assertThat(opened.get("IP_OPEN").asText()).isEqualTo("127.0.0.1");
    assertThat(closed.get("IP_CLOSE").asText()).isEqualTo("127.0.0.1");
  }

  @Test
  void aMalformedHeaderFromATrustedProxyIsIgnoredNotAnError() throws Exception {
    serve("127.0.0.1");

    HttpResponse<String> answer =
        send("/rest/timeman.open", "X-Forwarded-For", "\"[::1, not-an-ip;=,");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(answer.body()).get("result").get("IP_OPEN").asText())
        .isEqualTo("127.0.0.1");
  }

  @Test
  void theAccessLogNamesTheClientAndTheProxyItCameThrough() throws Exception {
    serve("127.0.0.1");

    send("/health/live", "X-Forwarded-For", "198.51.100.1");
    send("/health/live", "X-Other", "none");

    awaitLines(2);
    assertThat(log.get(0))
        .contains("\"remote\":\"198.51.100.1\"")
        .contains("\"proxy\":\"127.0.0.1\"");
    assertThat(log.get(1)).contains("\"remote\":\"127.0.0.1\"").doesNotContain("proxy");
  }

  @Test
  void clientsBehindATrustedProxyHaveARateLimitEach() throws Exception {
    serve("127.0.0.1");

    assertThat(workTimers("198.51.100.1")).isEqualTo(401);
    assertThat(workTimers("198.51.100.1")).isEqualTo(401);
    assertThat(workTimers("198.51.100.1")).isEqualTo(429);
    assertThat(workTimers("198.51.100.2")).isEqualTo(401);
  }

  @Test
  void clientsForgingHeadersShareTheirRealAddressesRateLimit() throws Exception {
    serve("10.0.0.0/8");

    assertThat(workTimers("198.51.100.1")).isEqualTo(401);
    assertThat(workTimers("198.51.100.2")).isEqualTo(401);
    assertThat(workTimers("198.51.100.3")).isEqualTo(429);
  }

  private void serve(String trusted) {
    server =
        new RestServer(
            engine,
            RestConfig.loopback()
                .withClock(clock)
                .withRateLimit(2, Duration.ofSeconds(60))
                .withTrustedProxies(TrustedProxies.of(java.util.List.of(trusted)).get()),
            List.empty(),
            new AccessLog(log::add));
    base = "http://127.0.0.1:" + server.start();
  }

  private JsonNode timeman(String method, String header, String value) throws Exception {
    HttpResponse<String> answer = send("/rest/" + method, header, value);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return JSON.readTree(answer.body()).get("result");
  }

  private int workTimers(String forwardedFor) throws Exception {
    return send("/v3/work_timers.json", "X-Forwarded-For", forwardedFor).statusCode();
  }

  private HttpResponse<String> send(String path, String header, String value) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path)).header(header, value);
    if (path.startsWith("/rest/")) {
      request.header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody());
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The line is written after the answer is sent: wait for it a little. */
  private void awaitLines(int count) throws InterruptedException {
    for (int i = 0; i < 100 && log.size() < count; i++) {
      Thread.sleep(20);
    }
    assertThat(log).hasSizeGreaterThanOrEqualTo(count);
  }
}
