package org.worktime.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.worktime.adapters.jsonrpc.JsonRpcConfig;
import org.worktime.adapters.jsonrpc.JsonRpcEndpoint;
import org.worktime.adapters.rest.RestConfig;
import org.worktime.adapters.rest.RestServer;
import org.worktime.application.Actor;
import org.worktime.application.Channel;
import org.worktime.application.Engine;
import org.worktime.application.EngineBuilder;
import org.worktime.application.Request;

/**
 * Hundreds of uploads that send their bodies one byte every two seconds, more than the server has
 * threads, while a probe asks for {@code timeman.status}: the probe is still answered, because a
 * body whose credentials may be inside it is read without holding a thread, and one whose caller
 * authenticated first must keep up a minimum rate. The size comes from {@code -Dslow.clients}
 * ({@code reliability/slow-clients.sh} runs 1,000); latencies are printed, not asserted.
 */
class SlowClientsCannotStarveTheServerTest {

  private static final int CLIENTS = Integer.getInteger("slow.clients", 300);
  private static final int AUTHENTICATED_CLIENTS = Integer.getInteger("slow.authenticated", 40);
  private static final Duration DRIP = Duration.ofSeconds(2);

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private RestServer server;
  private int port;
  private String token;

  @BeforeEach
  void aServer() {
    Clock clock = Clock.systemUTC();
    Engine engine = new EngineBuilder().clock(clock).build();
    Actor admin =
        engine.tenantSetup().createTenant("admin@example.com", "Admin", ZoneId.of("UTC")).get();
    token =
        engine
            .apiKeys()
            .issue(Request.of(admin, Channel.CLI), admin.employee(), "probe", Option.none())
            .get()
            .token();
    server =
        new RestServer(
            engine,
            RestConfig.loopback(),
            List.of(
                new JsonRpcMount(new JsonRpcEndpoint(engine, JsonRpcConfig.loopback(), clock))));
    port = server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void othersAreStillServedWhileHundredsOfBodiesTrickleIn() throws Exception {
    java.util.List<Socket> slow = new ArrayList<>();
    try {
      for (int i = 0; i < CLIENTS; i++) {
        // Bitrix may carry its token in the body, so nothing can be refused before it is read.
        slow.add(open("/rest/timeman.open", ""));
      }
      for (int i = 0; i < AUTHENTICATED_CLIENTS; i++) {
        slow.add(open("/v3/work_timers.json", "Authorization: Bearer " + token + "\r\n"));
      }
      long dripping = System.nanoTime();
      java.util.List<Double> latencies = new ArrayList<>();
      int answered = 0;
      int rounds = 0;
      while (System.nanoTime() - dripping < Duration.ofSeconds(12).toNanos()) {
        for (Socket socket : slow) {
          drip(socket);
        }
        long asked = System.nanoTime();
        HttpResponse<String> status = probe();
        latencies.add((System.nanoTime() - asked) / 1e6);
        if (status.statusCode() == 200) {
          answered++;
        }
        rounds++;
        Thread.sleep(DRIP.toMillis());
      }
      long closedByServer =
          slow.stream().filter(SlowClientsCannotStarveTheServerTest::answered).count();
      latencies.sort(Double::compare);
      System.out.printf(
          "slow clients: %d without credentials + %d authenticated, one byte every %d s for 12 s;"
              + " probe answered %d of %d, latency median %.1f ms, max %.1f ms; %d slow requests"
              + " answered or closed by the server%n",
          CLIENTS,
          AUTHENTICATED_CLIENTS,
          DRIP.toSeconds(),
          answered,
          rounds,
          latencies.get(latencies.size() / 2),
          latencies.get(latencies.size() - 1),
          closedByServer);
      assertThat(answered).as("every probe answered while the bodies trickle in").isEqualTo(rounds);
    } finally {
      for (Socket socket : slow) {
        socket.close();
      }
    }
    assertThat(probe().statusCode()).isEqualTo(200);
  }

  private Socket open(String path, String credentials) throws IOException {
    Socket socket = new Socket();
    socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
    socket.setSoTimeout(1);
    OutputStream out = socket.getOutputStream();
    out.write(
        ("POST "
                + path
                + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + credentials
                + "Content-Length: 1000\r\n\r\n{")
            .getBytes(StandardCharsets.US_ASCII));
    out.flush();
    return socket;
  }

  /** One more byte of the body; a connection the server already answered or closed is left. */
  private static void drip(Socket socket) {
    try {
      socket.getOutputStream().write(' ');
      socket.getOutputStream().flush();
    } catch (IOException closed) {
      // The server gave up on this body (too slow): as it should.
    }
  }

  /** Whether the server has answered or closed the connection. */
  private static boolean answered(Socket socket) {
    try {
      socket.getInputStream().read(); // a byte of the answer, or the end of the stream
      return true;
    } catch (java.net.SocketTimeoutException nothingYet) {
      return false;
    } catch (IOException closed) {
      return true;
    }
  }

  private HttpResponse<String> probe() throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/rest/timeman.status?auth=" + token))
            .timeout(Duration.ofSeconds(10))
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
