package org.worktime.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code serve} killed by SIGKILL while writers are busy, then started again on the same
 * store, again and again: every write it answered 200 must still be there. Each writer drives one
 * employee of its own through Bitrix cycles ({@code timeman.open}, {@code pause}, {@code open} to
 * resume, {@code close}), so what it was told tells exactly how far that employee's days went: its
 * closed days and the state of the open one. After the restart, JSON-RPC {@code timesheet} (and
 * Bitrix {@code timeman.status}, a second read path) must show each employee at least as far as its
 * last acknowledged step, and at most one step further (the request in flight when the process
 * died, which may have committed unanswered). The restarted serve must say in a line that the last
 * stop was unclean; after a SIGTERM the next start must not.
 *
 * <p>Small by default; {@code reliability/kill9.sh} runs it at full size through {@code
 * -Dkill9.kills}, {@code -Dkill9.writers} and {@code -Dkill9.maxSeconds}.
 */
class KillNineTest {

  private static final String UNCLEAN = "did not stop cleanly";
  private static final String[] STEPS = {
    "/rest/timeman.open", "/rest/timeman.pause", "/rest/timeman.open", "/rest/timeman.close"
  };

  private static final int KILLS = Integer.getInteger("kill9.kills", 2);
  private static final int WRITERS = Integer.getInteger("kill9.writers", 8);
  private static final double MAX_SECONDS =
      Double.parseDouble(System.getProperty("kill9.maxSeconds", "3"));
  private static final int MAX_CYCLES_PER_ROUND = 100_000;

  @TempDir Path work;

  @Test
  void everyAcknowledgedWriteSurvivesKillNineOnH2() throws Exception {
    Path data = work.resolve("data");
    survive("h2", List.of("--data", data.toString()));
  }

  @Test
  void everyAcknowledgedWriteSurvivesKillNineOnPostgres() throws Exception {
    // The data directory holds serve's running marker, on PostgreSQL too.
    List<String> store = new ArrayList<>(Postgres.freshStore("kill9"));
    store.addAll(List.of("--data", work.resolve("marker").toString()));
    survive("postgresql", store);
  }

  /** One writer's employee: its number, its key, and how far it was told its days went. */
  private static final class Writer {
    final long number;
    final String token;
    final AtomicLong acknowledged = new AtomicLong();

    Writer(long number, String token) {
      this.number = number;
      this.token = token;
    }
  }

  private void survive(String store, List<String> storeArgs) throws Exception {
    Path logs = work.resolve("logs");
    SplittableRandom random = new SplittableRandom();
    Map<Integer, Long> statuses = new ConcurrentHashMap<>();
    long acknowledged = 0;
    long lost = 0;
    long beyond = 0;
    long unclean = 0;
    long cleanSaidUnclean = 0;
    long writingNanos = 0;
    long cycles = 0;
    List<String> restartsWithoutTheLine = new ArrayList<>();
    double startSeconds = 0;
    long testStarted = System.nanoTime();

    ServeProcess serve = ServeProcess.start(logs, store + "-0", storeArgs, true);
    String admin = serve.adminKey();
    List<Writer> writers = employees(new Http(serve.base()), admin);
    try {
      for (int kill = 1; kill <= KILLS; kill++) {
        Round round = write(serve, writers, statuses, random);
        acknowledged += round.acknowledged;
        writingNanos += round.nanos;
        cycles += round.cycles;

        serve = ServeProcess.start(logs, store + "-" + kill, storeArgs, false);
        startSeconds += serve.startSeconds();
        Check check = check(new Http(serve.base()), admin, writers);
        lost += check.lost;
        beyond += check.beyond;
        if (serve.linesMentioning(UNCLEAN).isEmpty()) {
          restartsWithoutTheLine.add("restart " + kill);
        } else {
          unclean++;
        }
      }
      // A clean stop (SIGTERM), then a start that must not speak of an unclean one.
      serve.stop();
      serve = ServeProcess.start(logs, store + "-clean", storeArgs, false);
      Check afterClean = check(new Http(serve.base()), admin, writers);
      lost += afterClean.lost;
      beyond += afterClean.beyond;
      cleanSaidUnclean = serve.linesMentioning(UNCLEAN).size();
      serve.stop();
    } finally {
      serve.close();
    }

    double msPerCycle = cycles == 0 ? 0 : writingNanos / 1e6 / cycles;
    Figures.report(
        "kill9",
        String.format(
            "store=%s kills=%d writers=%d acknowledged_writes=%d lost_writes=%d"
                + " beyond_in_flight=%d cycles=%d ms_per_cycle=%.2f statuses=%s"
                + " restarts_saying_unclean=%d/%d clean_restart_saying_unclean=%d"
                + " restart_s=%.1f total_s=%.1f",
            store,
            KILLS,
            WRITERS,
            acknowledged,
            lost,
            beyond,
            cycles,
            msPerCycle,
            new TreeMap<>(statuses),
            unclean,
            KILLS,
            cleanSaidUnclean,
            startSeconds / KILLS,
            (System.nanoTime() - testStarted) / 1e9));

    assertThat(acknowledged).as("writes acknowledged").isPositive();
    assertThat(lost).as("acknowledged writes lost").isZero();
    assertThat(beyond).as("writes recorded beyond the one in flight").isZero();
    assertThat(statuses.keySet()).as("every write answered 200").containsOnly(200);
    assertThat(restartsWithoutTheLine)
        .as("a start after kill -9 says in a line that serve %s", UNCLEAN)
        .isEmpty();
    assertThat(cleanSaidUnclean).as("a start after SIGTERM speaks of no unclean stop").isZero();
  }

  /** N employees through the management API, and a key for each. */
  private static List<Writer> employees(Http http, String admin) throws Exception {
    List<Writer> writers = new ArrayList<>();
    for (int n = 0; n < WRITERS; n++) {
      JsonNode employee =
          http.created(
              "/api/v1/employees",
              admin,
              "{\"email\":\"writer"
                  + n
                  + "@example.org\",\"name\":\"Writer "
                  + n
                  + "\",\"homeZone\":\"UTC\"}");
      long number = employee.get("number").asLong();
      JsonNode key =
          http.created("/api/v1/keys", admin, "{\"employee\":" + number + ",\"label\":\"writer\"}");
      writers.add(new Writer(number, key.get("token").asText()));
    }
    return writers;
  }

  private record Round(long acknowledged, long cycles, long nanos) {}

  /**
   * Every writer cycles its employee until the process is killed at a random moment; answers the
   * writes acknowledged, the cycles, and the writers' time spent writing (summed).
   */
  private static Round write(
      ServeProcess serve,
      List<Writer> writers,
      Map<Integer, Long> statuses,
      SplittableRandom random)
      throws Exception {
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong acknowledged = new AtomicLong();
    AtomicLong steps = new AtomicLong();
    AtomicLong nanos = new AtomicLong();
    Http http = new Http(serve.base());
    List<Thread> threads = new ArrayList<>();
    for (Writer writer : writers) {
      Thread thread =
          new Thread(
              () -> {
                long started = System.nanoTime();
                long limit = writer.acknowledged.get() + 4L * MAX_CYCLES_PER_ROUND;
                try {
                  while (!stop.get() && writer.acknowledged.get() < limit) {
                    String step = STEPS[(int) (writer.acknowledged.get() % 4)];
                    Http.Answer answer = http.post(step, writer.token);
                    statuses.merge(answer.status(), 1L, Long::sum);
                    if (answer.status() != 200) {
                      System.err.println(
                          "writer " + writer.number + " " + step + ": " + answer.body());
                      break; // out of step with its own employee: the test fails on the status
                    }
                    writer.acknowledged.incrementAndGet();
                    acknowledged.incrementAndGet();
                    steps.incrementAndGet();
                  }
                } catch (IOException gone) {
                  // The process was killed under the request: it was not acknowledged.
                } catch (InterruptedException interrupted) {
                  Thread.currentThread().interrupt();
                } finally {
                  nanos.addAndGet(System.nanoTime() - started);
                }
              },
              "writer-" + writer.number);
      thread.start();
      threads.add(thread);
    }
    long millis = (long) (1000 * (0.5 + random.nextDouble() * (MAX_SECONDS - 0.5)));
    Thread.sleep(millis);
    serve.kill9();
    stop.set(true);
    for (Thread thread : threads) {
      thread.join(60_000);
      assertThat(thread.isAlive()).as("a writer ends once the process is gone").isFalse();
    }
    return new Round(acknowledged.get(), steps.get() / 4, nanos.get());
  }

  private record Check(long lost, long beyond) {}

  /**
   * What the restarted store shows per employee, as steps: four per closed day, and for the day
   * still open 1 (opened), 2 (on its break) or 3 (resumed). Must be the acknowledged steps, or one
   * more; the writers then go on from what is stored.
   */
  private static Check check(Http http, String admin, List<Writer> writers) throws Exception {
    Http.Answer answer = http.rpc(admin, "timesheet", Http.aroundToday());
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonNode result = answer.json().get("result");
    assertThat(result).as(answer.body()).isNotNull();
    Map<Long, Long> stored = new TreeMap<>();
    for (JsonNode employee : result) {
      long closed = 0;
      long open = 0;
      for (JsonNode session : employee.get("sessions")) {
        if (!session.get("endDate").isNull()) {
          closed++;
        } else {
          JsonNode lunches = session.get("lunches");
          open =
              lunches.isEmpty()
                  ? 1
                  : lunches.get(lunches.size() - 1).get("endDate").isNull() ? 2 : 3;
          assertThat(lunches.size()).as("one break a day").isLessThanOrEqualTo(1);
        }
      }
      stored.put(employee.get("employeeNumber").asLong(), 4 * closed + open);
    }
    long lost = 0;
    long beyond = 0;
    Function<Long, String> expected =
        steps ->
            switch ((int) (steps % 4)) {
              case 1, 3 -> "OPENED";
              case 2 -> "PAUSED";
              default -> "CLOSED";
            };
    for (Writer writer : writers) {
      long steps = stored.getOrDefault(writer.number, 0L);
      long told = writer.acknowledged.get();
      if (steps < told) {
        lost += told - steps;
        System.err.println(
            "employee " + writer.number + ": acknowledged " + told + " steps, stored " + steps);
      } else if (steps > told + 1) {
        beyond += steps - told - 1;
      }
      Http.Answer status = http.post("/rest/timeman.status", writer.token);
      assertThat(status.status()).as(status.body()).isEqualTo(200);
      assertThat(status.json().get("result").get("STATUS").asText())
          .as("Bitrix's status of employee %d after %d steps", writer.number, steps)
          .isEqualTo(expected.apply(steps));
      writer.acknowledged.set(steps);
    }
    return new Check(lost, beyond);
  }
}
