package org.worktime.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.worktime.adapters.rest.http.AccessLog;
import org.worktime.application.Actor;
import org.worktime.application.Channel;
import org.worktime.application.Engine;
import org.worktime.application.EngineBuilder;
import org.worktime.application.Request;

class MetricsTest {

  private static final Pattern OPEN_DAYS =
      Pattern.compile("(?m)^worktime_open_workdays(?:\\{[^}]*\\})? (\\S+)$");

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
  private RestServer server;
  private int port;
  private String token;
  private Actor admin;

  @BeforeEach
  void serve() {
    Engine engine = new EngineBuilder().clock(clock).build();
    admin = engine.tenantSetup().createTenant("ada@example.com", "Ada", ZoneId.of("UTC")).get();
    token =
        engine
            .apiKeys()
            .issue(Request.of(admin, Channel.EMBEDDED), admin.employee(), "test", Option.none())
            .get()
            .token();
    server = new RestServer(engine, RestConfig.loopback(), List.empty(), new AccessLog(line -> {}));
    port = server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void metricsArePrometheusTextWithoutCredentials() throws Exception {
    get("/health/live");
    awaitMetrics("dialect=\"health\"");
    HttpResponse<String> answer = get("/metrics");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type"))
        .contains("text/plain; version=0.0.4; charset=utf-8");
    assertThat(answer.body())
        .contains("# TYPE http_server_requests_seconds histogram")
        .contains("# TYPE worktime_open_workdays gauge")
        .contains("jvm_memory_used_bytes{")
        .contains("jvm_threads_live_threads ")
        .contains("jvm_gc_");
  }

  @Test
  void everyRequestIsCountedByMethodDialectAndStatus() throws Exception {
    int made = 3;
    for (int i = 0; i < made; i++) {
      assertThat(get("/rest/timeman.status?auth=" + token).statusCode()).isEqualTo(200);
    }
    assertThat(get("/v2/nothing-here").statusCode()).isEqualTo(404);
    assertThat(get("/health/live").statusCode()).isEqualTo(200);
    assertThat(get("/what/ever").statusCode()).isEqualTo(404);

    String metrics = awaitMetrics("dialect=\"other\"");

    assertThat(count(metrics, "bitrix", "GET", 200)).isGreaterThanOrEqualTo(made);
    assertThat(count(metrics, "thebase", "GET", 404)).isGreaterThanOrEqualTo(1);
    assertThat(count(metrics, "health", "GET", 200)).isGreaterThanOrEqualTo(1);
    assertThat(count(metrics, "other", "GET", 404)).isGreaterThanOrEqualTo(1);
    assertThat(metrics)
        .contains("http_server_requests_seconds_sum{")
        .contains("http_server_requests_seconds_bucket{");
  }

  @Test
  void theOpenDaysGaugeRisesWhenADayOpensAndFallsWhenItCloses() throws Exception {
    double before = openDays(get("/metrics").body());

    assertThat(get("/rest/timeman.open?auth=" + token).statusCode()).isEqualTo(200);
    double opened = openDays(get("/metrics").body());
    clock.advance(Duration.ofHours(8));
    assertThat(get("/rest/timeman.close?auth=" + token).statusCode()).isEqualTo(200);
    double closed = openDays(get("/metrics").body());

    assertThat(opened).isEqualTo(before + 1);
    assertThat(closed).isEqualTo(before);
  }

  @Test
  void noLineCarriesATokenAnIdOrAPath() throws Exception {
    get("/rest/timeman.open?auth=" + token);
    get("/rest/timeman.status?auth=" + token + "&USER_ID=" + admin.employee().value());
    get("/v3/users/" + admin.employee().value() + "/absences?auth=" + token);
    get("/oauth/token?secret=" + token);

    String metrics = awaitMetrics("dialect=\"oauth\"");

    assertThat(metrics)
        .doesNotContain(token)
        .doesNotContain(admin.employee().value().toString())
        .doesNotContain(admin.tenant().value().toString())
        .doesNotContain("timeman")
        .doesNotContain("absences")
        .doesNotContainPattern("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-")
        .doesNotContain("/rest")
        .doesNotContain("/v3");
  }

  private HttpResponse<String> get(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
            HttpResponse.BodyHandlers.ofString());
  }

  /** A request is counted after its answer is sent, so the count may trail the client a little. */
  private String awaitMetrics(String expected) throws Exception {
    String metrics = get("/metrics").body();
    for (int i = 0; i < 100 && !metrics.contains(expected); i++) {
      Thread.sleep(20);
      metrics = get("/metrics").body();
    }
    return metrics;
  }

  private static double count(String metrics, String dialect, String method, int status) {
    Pattern line =
        Pattern.compile(
            "(?m)^http_server_requests_seconds_count\\{dialect=\""
                + dialect
                + "\",method=\""
                + method
                + "\",status=\""
                + status
                + "\"[^}]*\\} (\\S+)$");
    Matcher matcher = line.matcher(metrics);
    assertThat(matcher.find()).as("a count line for %s %s %s", dialect, method, status).isTrue();
    return Double.parseDouble(matcher.group(1));
  }

  private static double openDays(String metrics) {
    Matcher matcher = OPEN_DAYS.matcher(metrics);
    assertThat(matcher.find()).as("the open-days gauge").isTrue();
    return Double.parseDouble(matcher.group(1));
  }
}
