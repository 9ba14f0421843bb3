package org.worktime.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.worktime.adapters.rest.http.AccessLog;
import org.worktime.application.Actor;
import org.worktime.application.Channel;
import org.worktime.application.Engine;
import org.worktime.application.EngineBuilder;
import org.worktime.application.Request;

class AccessLogTest {

  private final CopyOnWriteArrayList<String> lines = new CopyOnWriteArrayList<>();
  private RestServer server;
  private int port;
  private String token;
  private String webhook;

  @BeforeEach
  void serve() {
    Engine engine =
        new EngineBuilder().clock(new MutableClock(Instant.parse("2026-11-23T08:00:00Z"))).build();
    Actor admin =
        engine.tenantSetup().createTenant("ada@example.com", "Ada", ZoneId.of("UTC")).get();
    token =
        engine
            .apiKeys()
            .issue(Request.of(admin, Channel.EMBEDDED), admin.employee(), "test", Option.none())
            .get()
            .token();
    webhook =
        engine
            .apiKeys()
            .issueWebhook(Request.of(admin, Channel.EMBEDDED), admin.employee(), "hook")
            .get()
            .token();
    server = new RestServer(engine, RestConfig.loopback(), List.empty(), new AccessLog(lines::add));
    port = server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void everyRequestIsOneJsonLineWithoutItsTokenOrQuery() throws Exception {
    HttpResponse<String> answer =
        send(HttpRequest.newBuilder(uri("/rest/timeman.status?auth=" + token)));

    assertThat(answer.statusCode()).isEqualTo(200);
    String requestId = answer.headers().firstValue(AccessLog.REQUEST_ID).orElseThrow();
    awaitLines(1);
    assertThat(lines.get(0))
        .startsWith("{\"requestId\":\"" + requestId + "\",\"method\":\"GET\"")
        .contains("\"path\":\"/rest/timeman.status\"", "\"status\":200", "\"millis\":")
        .doesNotContain(token)
        .doesNotContain("auth=");
  }

  @Test
  void aWebhooksSecretInThePathIsMaskedWhateverTheAnswer() throws Exception {
    int served =
        send(HttpRequest.newBuilder(uri("/rest/1/" + webhook + "/timeman.status"))).statusCode();
    int refused =
        send(HttpRequest.newBuilder(uri("/rest/2/" + webhook + "/timeman.status"))).statusCode();
    int unknown = send(HttpRequest.newBuilder(uri("/rest/1/" + webhook + "/x/y"))).statusCode();

    assertThat(List.of(served, refused, unknown)).containsExactly(200, 401, 404);
    awaitLines(3);
    assertThat(lines)
        .anySatisfy(line -> assertThat(line).contains("\"path\":\"/rest/1/***/timeman.status\""))
        .allSatisfy(
            line -> assertThat(line).doesNotContain(webhook).doesNotContain(webhook.toLowerCase()));
  }

  @Test
  void aCallersPlainRequestIdIsKeptAndAnythingElseIsReplaced() throws Exception {
    HttpResponse<String> kept =
        send(
            HttpRequest.newBuilder(uri("/rest/timeman.status"))
                .header("Authorization", "Bearer " + token)
                .header(AccessLog.REQUEST_ID, "trace-42.a_b"));
    HttpResponse<String> replaced =
        send(
            HttpRequest.newBuilder(uri("/health/live"))
                .header(AccessLog.REQUEST_ID, "not plain {\"x\": 1}"));

    assertThat(kept.headers().firstValue(AccessLog.REQUEST_ID)).contains("trace-42.a_b");
    assertThat(replaced.headers().firstValue(AccessLog.REQUEST_ID).orElseThrow())
        .matches("[0-9a-f-]{36}");
    awaitLines(2);
    assertThat(String.join("\n", lines)).doesNotContain(token).doesNotContain("not plain");
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The log line is written after the answer is sent, so it may trail the client a little. */
  private void awaitLines(int count) throws InterruptedException {
    for (int i = 0; i < 100 && lines.size() < count; i++) {
      Thread.sleep(20);
    }
    assertThat(lines).hasSizeGreaterThanOrEqualTo(count);
  }
}
