package org.worktime.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.worktime.application.Engine;
import org.worktime.application.EngineBuilder;

class StartingAndStoppingTheServerTest {

  private final Engine engine =
      new EngineBuilder().clock(new MutableClock(Instant.parse("2026-11-23T08:00:00Z"))).build();

  @Test
  void aServerOnPortZeroAnswersOnTheFreePortItBoundAndStopsGracefully() throws Exception {
    engine.tenantSetup().createTenant("ada@example.com", "Ada", ZoneId.of("UTC")).get();
    RestServer server = new RestServer(engine, RestConfig.loopback());
    int port = server.start();
    HttpClient http = HttpClient.newHttpClient();
    URI status = URI.create("http://127.0.0.1:" + port + "/rest/timeman.status");

    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(status).GET().build(), HttpResponse.BodyHandlers.ofString());
    server.stop();

    assertThat(port).isPositive();
    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(
            answer.headers().firstValue("Content-Type").orElse("").toLowerCase().replace(" ", ""))
        .as("Jetty writes the parameter without the space")
        .isEqualTo("application/json;charset=utf-8");
    assertThatThrownBy(
            () ->
                HttpClient.newHttpClient()
                    .send(
                        HttpRequest.newBuilder(status).GET().build(),
                        HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(IOException.class);
  }
}
