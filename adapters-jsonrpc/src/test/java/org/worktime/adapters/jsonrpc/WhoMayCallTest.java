package org.worktime.adapters.jsonrpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.worktime.application.Actor;
import org.worktime.application.Channel;
import org.worktime.application.Request;

/** Authentication, tenants, the body limit, the HTTP method, and mounting beside other routes. */
class WhoMayCallTest extends JsonRpcFixture {

  private static final String CALL = "{\"jsonrpc\":\"2.0\",\"method\":\"employees\",\"id\":1}";
  private static final String WEEK = "{\"startDate\":\"2024-10-08\",\"endDate\":\"2024-10-15\"}";

  @Test
  void aCallWithoutACredentialIs401WithAJsonRpcErrorAndANullId() {
    assertUnauthenticated(post(null, CALL));
  }

  @Test
  void aBadTokenOrAnotherSchemeIs401() {
    assertUnauthenticated(post("wt_nonsense", CALL));
    assertUnauthenticated(
        send(
            HttpRequest.newBuilder(endpoint)
                .header("Authorization", "Basic " + adminToken)
                .POST(HttpRequest.BodyPublishers.ofString(CALL))
                .build()));
    assertUnauthenticated(
        send(
            HttpRequest.newBuilder(endpoint)
                .header("Authorization", "Bearer ")
                .POST(HttpRequest.BodyPublishers.ofString(CALL))
                .build()));
  }

  @Test
  void aRevokedKeyIs401() {
    var issued =
        engine.apiKeys().issue(asAdmin, first.id(), "old", io.vavr.control.Option.none()).get();
    engine.apiKeys().revoke(asAdmin, issued.key().id()).get();

    assertUnauthenticated(post(issued.token(), CALL));
  }

  @Test
  void anotherTenantSeesNothingAndReachesNoOne() {
    replayTheSeed();
    Actor other =
        engine
            .tenantSetup()
            .createTenant("zoe@example.org", "Zoe", ZoneId.of("Asia/Jerusalem"))
            .get();
    String otherToken =
        engine
            .apiKeys()
            .issue(
                Request.of(other, Channel.EMBEDDED),
                other.employee(),
                "k",
                io.vavr.control.Option.none())
            .get()
            .token();

    for (String method : new String[] {"sessions", "lunches", "timesheet", "extended-sessions"}) {
      assertThat(result(otherToken, method, WEEK)).as(method).isEmpty();
    }
    assertThat(result(otherToken, "employees", "{}")).hasSize(1);
    error(otherToken, "clock-in", "{\"employeeNumber\":1265}", -32002);
    assertThat(byNumber(result("sessions", WEEK)).get(0).get("sessions")).hasSize(2);
  }

  @Test
  void anEmployeeReadsOnlyTheirOwnDays() {
    replayTheSeed();

    JsonNode own = result(secondToken, "timesheet", WEEK);

    assertThat(own).hasSize(1);
    assertThat(own.get(0).get("employeeNumber").intValue()).isEqualTo(1267);
  }

  @Test
  void aBodyOverTheLimitIs413() {
    JsonRpcServer small =
        new JsonRpcServer(engine, JsonRpcConfig.loopback().withMaxBodyBytes(100), clock);
    int port = small.start();
    try {
      endpoint = URI.create("http://127.0.0.1:" + port + JsonRpcEndpoint.PATH);

      Reply reply = post(adminToken, "[" + (CALL + ",").repeat(5) + CALL + "]");

      assertThat(reply.status()).isEqualTo(413);
      assertThat(reply.json().get("error").get("code").intValue()).isEqualTo(-32600);
    } finally {
      small.stop();
    }
  }

  @Test
  void onlyPostIsAllowed() {
    Reply reply = send(HttpRequest.newBuilder(endpoint).GET().build());

    assertThat(reply.status()).isEqualTo(405);
    assertThat(reply.json().get("error").get("code").intValue()).isEqualTo(-32600);
  }

  @Test
  void theEndpointMountsOnAJavalinThatServesOtherRoutes() {
    JsonRpcEndpoint rpc = new JsonRpcEndpoint(engine, JsonRpcConfig.loopback(), clock);
    Javalin shared =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.routes.get("/rest/ping", ctx -> ctx.result("pong"));
              rpc.register(config.routes);
            });
    shared.start("127.0.0.1", 0);
    try {
      String base = "http://127.0.0.1:" + shared.port();
      endpoint = URI.create(base + JsonRpcEndpoint.PATH);

      assertThat(result("employees", "{}")).hasSize(3);
      assertThat(send(HttpRequest.newBuilder(URI.create(base + "/rest/ping")).GET().build()).text())
          .isEqualTo("pong");
    } finally {
      shared.stop();
    }
  }

  private static void assertUnauthenticated(Reply reply) {
    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.contentType().toLowerCase()).contains("application/json");
    JsonNode body = reply.json();
    assertThat(body.get("jsonrpc").asText()).isEqualTo("2.0");
    assertThat(body.get("id").isNull()).isTrue();
    assertThat(body.get("error").get("code").intValue()).isEqualTo(-32000);
    assertThat(body.has("result")).isFalse();
  }
}
