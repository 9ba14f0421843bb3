package org.worktime.adapters.rest.staffomatic;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.worktime.adapters.rest.RestServer;
import org.worktime.adapters.rest.http.AccessLog;

/**
 * HTTP Basic as the vendor's README ({@code curl -u email:password}) and the PHP client's {@code
 * ClientFactory.php} send it: the employee's email and one of their API keys as the password. A
 * wrong pair is 401 with a challenge naming Basic and Bearer, and the password is in no answer and
 * no log line.
 */
class BasicCredentialsTest extends StaffomaticFixture {

  private static final String CHALLENGE = "Basic realm=\"worktime\", Bearer realm=\"worktime\"";

  @Test
  void anEmailAndItsOwnKeyActAsThatEmployee() {
    Reply reply =
        send(
            authorized("work_timers.json", basic("nora@example.com", noraToken))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"do\": \"start\"}"))
                .build());

    assertThat(reply.ok(201).get("user_id").asLong()).isEqualTo(493);
    assertThat(reply.json().get("created_by_id").asLong()).isEqualTo(493);
  }

  @Test
  void theEmailIsReadInAnyCase() {
    assertThat(
            send(authorized("work_timers.json", basic("Nora@Example.com", noraToken)).build())
                .status())
        .isEqualTo(200);
  }

  @Test
  void aWrongKeyIs401WithTheChallengeAndWithoutThePassword() {
    String wrong = noraToken.substring(0, noraToken.length() - 4) + "AAAA";
    Reply reply =
        send(authorized("work_timers.json", basic("nora@example.com", wrong)).build())
            .isError(401, "unauthorized");

    assertThat(reply.header("WWW-Authenticate")).isEqualTo(CHALLENGE);
    assertThat(reply.text()).doesNotContain(wrong).doesNotContain("nora@example.com");
  }

  @Test
  void anUnknownEmailWithAValidKeyIs401() {
    send(authorized("work_timers.json", basic("nobody@example.com", noraToken)).build())
        .isError(401, "unauthorized");
  }

  @Test
  void aColleaguesEmailWithOnesOwnKeyIs401() {
    send(authorized("work_timers.json", basic("ole@example.com", noraToken)).build())
        .isError(401, "unauthorized");
  }

  @Test
  void anotherCompanysEmployeeWithTheSameNumberIsNotConfused() {
    send(authorized("work_timers.json", basic("zoe@example.com", noraToken)).build())
        .isError(401, "unauthorized");
    assertThat(
            send(authorized("work_timers.json", basic("zoe@example.com", zoeToken)).build())
                .status())
        .isEqualTo(200);
  }

  @Test
  void basicThatIsNoPairIs401() {
    send(authorized("work_timers.json", "Basic !!!not-base64").build())
        .isError(401, "unauthorized");
    send(authorized("work_timers.json", basic("", noraToken)).build()).isError(401, "unauthorized");
    send(authorized(
                "work_timers.json",
                "Basic " + java.util.Base64.getEncoder().encodeToString(new byte[] {(byte) 0xff}))
            .build())
        .isError(401, "unauthorized");
  }

  @Test
  void noCredentialsAtAllIs401WithBothSchemesOffered() {
    Reply reply = get("work_timers.json", null).isError(401, "unauthorized");

    assertThat(reply.header("WWW-Authenticate")).isEqualTo(CHALLENGE);
  }

  @Test
  void thePasswordIsInNoAccessLogLine() throws Exception {
    CopyOnWriteArrayList<String> lines = new CopyOnWriteArrayList<>();
    RestServer logged = new RestServer(engine, config(), List.empty(), new AccessLog(lines::add));
    int port = logged.start();
    try {
      String wrong = noraToken.substring(0, noraToken.length() - 4) + "AAAA";
      for (String password : new String[] {noraToken, wrong}) {
        http.send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + port + "/v3/work_timers.json"))
                .header("Authorization", basic("nora@example.com", password))
                .build(),
            java.net.http.HttpResponse.BodyHandlers.discarding());
      }
      long deadline = System.nanoTime() + 5_000_000_000L;
      while (lines.size() < 2 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(lines).hasSize(2);
      assertThat(String.join("\n", lines))
          .doesNotContain(noraToken)
          .doesNotContain(wrong)
          .doesNotContain(noraToken.substring(noraToken.indexOf('.') + 1))
          .doesNotContain("nora@example.com");
    } finally {
      logged.stop();
    }
  }
}
