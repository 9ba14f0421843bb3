package org.worktime.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import io.vavr.collection.List;
import io.vavr.control.Option;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.worktime.adapters.jsonrpc.JsonRpcConfig;
import org.worktime.adapters.jsonrpc.JsonRpcEndpoint;
import org.worktime.adapters.persistence.jdbc.JdbcDataSources;
import org.worktime.adapters.persistence.jdbc.JdbcStores;
import org.worktime.adapters.rest.RestConfig;
import org.worktime.adapters.rest.RestServer;
import org.worktime.application.Actor;
import org.worktime.application.Channel;
import org.worktime.application.Engine;
import org.worktime.application.EngineBuilder;
import org.worktime.application.Request;
import org.worktime.domain.id.TimeOrderedIdGenerator;

/**
 * PostgreSQL stopped under a running server, then started again, as an operator's outage: every
 * dialect answers 503 in its own error shape with {@code Retry-After}, {@code /health/ready} says
 * 503, nothing acknowledged before the outage is lost, and the pool takes the database back by
 * itself. The seconds each answer took are printed (docs/reliability.md), not asserted.
 */
class AStoreOutageIsAnsweredTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path pgData;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private EmbeddedPostgres postgres;
  private int pgPort;
  private HikariDataSource dataSource;
  private RestServer server;
  private String base;
  private String token;

  @BeforeEach
  void aServerOnPostgres() throws IOException {
    pgPort = freePort();
    postgres = startPostgres();
    dataSource =
        JdbcDataSources.fromUrl(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
    Clock clock = Clock.systemUTC();
    Engine engine =
        new EngineBuilder()
            .clock(clock)
            .ids(new TimeOrderedIdGenerator(clock, new SecureRandom()))
            .stores(JdbcStores.create(dataSource))
            .build();
    Actor admin =
        engine.tenantSetup().createTenant("admin@example.com", "Admin", ZoneId.of("UTC")).get();
    token =
        engine
            .apiKeys()
            .issue(Request.of(admin, Channel.CLI), admin.employee(), "outage", Option.none())
            .get()
            .token();
    server =
        new RestServer(
            engine,
            RestConfig.loopback(),
            List.of(
                new JsonRpcMount(new JsonRpcEndpoint(engine, JsonRpcConfig.loopback(), clock))));
    base = "http://127.0.0.1:" + server.start();
  }

  @AfterEach
  void stop() throws IOException {
    server.stop();
    dataSource.close();
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void everyDialectAnswers503InItsOwnShapeAndThePoolRecoversByItself() throws Exception {
    HttpResponse<String> opened = send("POST", "/rest/timeman.open?auth=" + token, null);
    assertThat(opened.statusCode()).isEqualTo(200);
    assertThat(send("GET", "/health/ready", null).statusCode()).isEqualTo(200);

    postgres.close();
    postgres = null;

    expectOutage(
        "Bitrix",
        send("GET", "/rest/timeman.status?auth=" + token, null),
        body -> assertThat(body.get("error").asText()).isEqualTo("SERVICE_UNAVAILABLE"));
    expectOutage(
        "TheBase",
        send("GET", "/v2/timer/open", null),
        body -> assertThat(body.get("error").asText()).isEqualTo("service_unavailable"));
    expectOutage(
        "Staffomatic",
        send("GET", "/v3/work_timers.json", null),
        body -> assertThat(body.get("error").asText()).isEqualTo("service_unavailable"));
    expectOutage(
        "management",
        send("GET", "/api/v1/employees", null),
        body -> {
          assertThat(body.get("type").asText()).isEqualTo("urn:worktime:problem:store-unavailable");
          assertThat(body.get("status").asInt()).isEqualTo(503);
        });
    expectOutage(
        "JSON-RPC",
        send(
            "POST",
            JsonRpcEndpoint.PATH,
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"employees\",\"params\":{}}"),
        body -> {
          assertThat(body.get("error").get("code").asInt()).isEqualTo(-32050);
          assertThat(body.get("error").get("data").get("retryAfter").asInt()).isEqualTo(3);
        });
    expectOutage(
        "a write (Bitrix timeman.close)",
        send("POST", "/rest/timeman.close?auth=" + token, null),
        body -> assertThat(body.get("error").asText()).isEqualTo("SERVICE_UNAVAILABLE"));

    long readyStarted = System.nanoTime();
    HttpResponse<String> ready = send("GET", "/health/ready", null);
    System.out.printf(
        "outage: /health/ready answered %d in %.2f s%n", ready.statusCode(), since(readyStarted));
    assertThat(ready.statusCode()).isEqualTo(503);

    postgres = startPostgres();
    long restarted = System.nanoTime();
    HttpResponse<String> status = send("GET", "/rest/timeman.status?auth=" + token, null);
    for (int attempt = 0; status.statusCode() != 200 && attempt < 60; attempt++) {
      Thread.sleep(250);
      status = send("GET", "/rest/timeman.status?auth=" + token, null);
    }
    System.out.printf("outage: served again %.2f s after PostgreSQL was back%n", since(restarted));
    assertThat(status.statusCode()).isEqualTo(200);
    // The day opened before the outage is still open, and the refused close changed nothing.
    assertThat(JSON.readTree(status.body()).get("result").get("STATUS").asText())
        .isEqualTo("OPENED");
    assertThat(send("GET", "/health/ready", null).statusCode()).isEqualTo(200);
  }

  private void expectOutage(String dialect, HttpResponse<String> answer, Consumer<JsonNode> shape)
      throws IOException {
    assertThat(answer.statusCode()).as(dialect).isEqualTo(503);
    assertThat(answer.headers().firstValue("Retry-After")).as(dialect).contains("3");
    assertThat(answer.body()).as(dialect).doesNotContain("Exception").doesNotContain(token);
    shape.accept(JSON.readTree(answer.body()));
  }

  private HttpResponse<String> send(String method, String path, String json)
      throws IOException, InterruptedException {
    long started = System.nanoTime();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token);
    if (json != null) {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<String> answer =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (answer.statusCode() == 503) {
      System.out.printf(
          "outage: %s %s answered 503 in %.2f s%n",
          method, path.replaceAll("auth=[^&]*", "auth=…"), since(started));
    }
    return answer;
  }

  private EmbeddedPostgres startPostgres() throws IOException {
    return EmbeddedPostgres.builder()
        .setDataDirectory(pgData)
        .setCleanDataDirectory(false)
        .setPort(pgPort)
        .start();
  }

  private static double since(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
