package org.worktime.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.worktime.adapters.rest.tls.PemFiles;
import org.worktime.adapters.rest.tls.ThrowawayCertificate;
import org.worktime.application.EngineBuilder;

/** The server with a certificate: HTTPS only, on the one port, probes included. */
class ServingHttpsTest {

  @TempDir Path dir;

  private final ThrowawayCertificate certificate = ThrowawayCertificate.ec();
  private RestServer server;
  private int port;

  @BeforeEach
  void serveHttps() {
    RestConfig config =
        RestConfig.loopback()
            .withTls(
                PemFiles.read(
                        certificate.writeCertificate(dir.resolve("cert.pem")),
                        certificate.writePkcs8Key(dir.resolve("key.pem")))
                    .get());
    server =
        new RestServer(new EngineBuilder().clock(new MutableClock(Instant.now())).build(), config);
    port = server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void aClientTrustingTheCertificateIsAnsweredOverHttps() throws Exception {
    HttpClient trusting =
        HttpClient.newBuilder()
            .sslContext(certificate.trustingIt())
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    HttpResponse<String> live = get(trusting, "https://127.0.0.1:" + port + "/health/live");
    HttpResponse<String> byName = get(trusting, "https://localhost:" + port + "/health/ready");
    HttpResponse<String> timeman =
        get(trusting, "https://127.0.0.1:" + port + "/rest/timeman.status");

    assertThat(live.statusCode()).isEqualTo(200);
    assertThat(live.body()).isEqualTo("{\"status\":\"UP\"}");
    assertThat(byName.statusCode()).isEqualTo(200);
    assertThat(timeman.statusCode()).isEqualTo(401);
    assertThat(timeman.body()).contains("NO_AUTH_FOUND");
  }

  @Test
  void aClientThatDoesNotTrustItIsRefusedInTheHandshake() {
    HttpClient ordinary = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    assertThatThrownBy(() -> get(ordinary, "https://127.0.0.1:" + port + "/health/live"))
        .isInstanceOf(SSLHandshakeException.class);
  }

  @Test
  void plainHttpIsNotServedOnTheHttpsPort() {
    HttpClient plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    assertThatThrownBy(() -> get(plain, "http://127.0.0.1:" + port + "/health/live"))
        .isInstanceOf(IOException.class);
  }

  private static HttpResponse<String> get(HttpClient client, String uri)
      throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(10)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
