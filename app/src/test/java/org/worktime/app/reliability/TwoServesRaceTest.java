package org.worktime.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two real {@code serve} processes on one PostgreSQL, as two stateless servers behind a load
 * balancer: each round, 16 threads on each hit the same employee at once, half opening the day
 * through Bitrix ({@code timeman.open}), half checking in through Staffomatic ({@code POST
 * /v3/work_timers.json}, {@code do: start}). Exactly one of them may succeed and exactly one day
 * may then run; every other answer must be the dialect's refusal of a second day (or its conflict),
 * never a 500. The day is closed and the next round begins.
 *
 * <p>Small by default; {@code reliability/race.sh} runs it at full size ({@code -Drace.rounds}).
 */
class TwoServesRaceTest {

  private static final int ROUNDS = Integer.getInteger("race.rounds", 20);
  private static final int THREADS_PER_SERVE = Integer.getInteger("race.threads", 16);

  /** The answers that refuse a second day: "it already runs", or "changed at the same moment". */
  private static final List<String> REFUSALS =
      List.of(
          "bitrix 400 WRONG_STATUS",
          "bitrix 409 CONFLICT",
          "staffomatic 409 invalid_state",
          "staffomatic 409 conflict");

  @TempDir Path work;

  @Test
  void exactlyOneDayPerRoundWhenTwoServesRaceToOpenIt() throws Exception {
    List<String> store = Postgres.freshStore("race");
    Path logs = work.resolve("logs");
    Map<String, Integer> outcomes = new TreeMap<>();
    List<String> wrongRounds = new ArrayList<>();
    int threads = 2 * THREADS_PER_SERVE;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long started = System.nanoTime();
    // Each serve its own data directory (its running marker), as on two hosts.
    try (ServeProcess first = ServeProcess.start(logs, "race-a", withData(store, "a"), true);
        ServeProcess second = ServeProcess.start(logs, "race-b", withData(store, "b"), false)) {
      String admin = first.adminKey();
      Http a = new Http(first.base());
      Http b = new Http(second.base());
      long racer =
          a.created(
                  "/api/v1/employees",
                  admin,
                  "{\"email\":\"racer@example.org\",\"name\":\"Racer\",\"homeZone\":\"UTC\"}")
              .get("number")
              .asLong();
      // A key per thread: Staffomatic's rate limit counts per token.
      List<String> tokens = new ArrayList<>();
      for (int n = 0; n < threads; n++) {
        tokens.add(
            a.created("/api/v1/keys", admin, "{\"employee\":" + racer + ",\"label\":\"racer\"}")
                .get("token")
                .asText());
      }

      for (int round = 1; round <= ROUNDS; round++) {
        CyclicBarrier together = new CyclicBarrier(threads);
        List<Future<String>> answers = new ArrayList<>();
        for (int n = 0; n < threads; n++) {
          Http http = n < THREADS_PER_SERVE ? a : b;
          String token = tokens.get(n);
          boolean bitrix = n % 2 == 0;
          answers.add(
              pool.submit(
                  () -> {
                    together.await(30, TimeUnit.SECONDS);
                    return bitrix
                        ? outcome("bitrix", http.post("/rest/timeman.open", token), "error")
                        : outcome(
                            "staffomatic",
                            http.send("POST", "/v3/work_timers.json", token, "{\"do\":\"start\"}"),
                            "error");
                  }));
        }
        int successes = 0;
        for (Future<String> answer : answers) {
          String outcome = answer.get(60, TimeUnit.SECONDS);
          outcomes.merge(outcome, 1, Integer::sum);
          if (outcome.equals("bitrix 200") || outcome.equals("staffomatic 201")) {
            successes++;
          }
        }
        Days days = days(round % 2 == 0 ? a : b, admin, racer);
        if (successes != 1 || days.running() != 1 || days.all() != round) {
          wrongRounds.add(
              String.format(
                  "round %d: %d successes, %d days, %d running",
                  round, successes, days.all(), days.running()));
        }
        Http.Answer closed = (round % 2 == 0 ? b : a).post("/rest/timeman.close", tokens.get(0));
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
      }
    } finally {
      pool.shutdownNow();
    }
    int attempts = outcomes.values().stream().mapToInt(Integer::intValue).sum();
    Figures.report(
        "race",
        String.format(
            "serves=2 threads=%d rounds=%d attempts=%d wrong_rounds=%d outcomes=%s total_s=%.1f",
            threads,
            ROUNDS,
            attempts,
            wrongRounds.size(),
            outcomes,
            (System.nanoTime() - started) / 1e9));

    assertThat(wrongRounds).as("rounds without exactly one day").isEmpty();
    assertThat(attempts).isEqualTo(ROUNDS * threads);
    assertThat(outcomes.keySet())
        .as("every answer a success or a refusal of a second day")
        .allMatch(
            outcome ->
                outcome.equals("bitrix 200")
                    || outcome.equals("staffomatic 201")
                    || REFUSALS.contains(outcome));
  }

  private List<String> withData(List<String> store, String name) {
    List<String> options = new ArrayList<>(store);
    options.addAll(List.of("--data", work.resolve(name).toString()));
    return options;
  }

  /** "dialect status code", the code being the answer's error field when it has one. */
  private static String outcome(String dialect, Http.Answer answer, String codeField) {
    if (answer.status() == 200 || answer.status() == 201) {
      return dialect + " " + answer.status();
    }
    JsonNode code = answer.json().get(codeField);
    return dialect + " " + answer.status() + " " + (code == null ? "?" : code.asText());
  }

  private record Days(long all, long running) {}

  /** The racer's days as JSON-RPC lists them, and how many of them run. */
  private static Days days(Http http, String admin, long racer) throws Exception {
    Http.Answer answer = http.rpc(admin, "sessions", Http.aroundToday());
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    long days = 0;
    long running = 0;
    for (JsonNode employee : answer.json().get("result")) {
      if (employee.get("employeeNumber").asLong() == racer) {
        for (JsonNode session : employee.get("sessions")) {
          days++;
          if (session.get("endDate").isNull()) {
            running++;
          }
        }
      }
    }
    return new Days(days, running);
  }
}
