package org.worktime.benchmarks.server;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.worktime.adapters.persistence.jdbc.JdbcStores;
import org.worktime.adapters.rest.RestConfig;
import org.worktime.adapters.rest.RestServer;
import org.worktime.application.Engine;
import org.worktime.application.EngineBuilder;
import org.worktime.domain.id.Id;
import org.worktime.domain.id.IdGenerator;
import org.worktime.domain.id.TimeOrderedIdGenerator;

/**
 * Records what one Bitrix cycle (open, pause, open again to resume, close) sends to the database,
 * once per employee: the REST server runs in this process, wired as {@code serve} wires it, over a
 * {@link RecordingDataSource}, and each request goes over loopback HTTP as a client's would. What
 * was recorded is the exact SQL, parameters and transaction control of the service's write path,
 * taken from the service itself rather than written again by hand.
 */
final class CycleCapture {

  /** The Bitrix calls of one cycle, in order; the second open continues the paused day. */
  static final List<String> STEPS =
      List.of(
          "/rest/timeman.open", "/rest/timeman.pause", "/rest/timeman.open", "/rest/timeman.close");

  /** One employee's cycle: its requests' calls, and the ids the engine made during it. */
  record Cycle(List<Recording.Request> requests, Set<UUID> generatedIds) {}

  private CycleCapture() {}

  /** One cycle for each token's employee, each left closed as it was found. */
  static List<Cycle> capture(DataSource database, List<String> tokens) throws IOException {
    Recording recording = new Recording();
    Clock clock = Clock.systemUTC();
    RecordingIds ids = new RecordingIds(new TimeOrderedIdGenerator(clock, new SecureRandom()));
    Engine engine =
        new EngineBuilder()
            .clock(clock)
            .ids(ids)
            .stores(JdbcStores.over(RecordingDataSource.wrap(database, recording)))
            .build();
    RestServer server = new RestServer(engine, RestConfig.loopback().withPort(0));
    int port = server.start();
    List<Cycle> cycles = new ArrayList<>();
    try {
      for (String token : tokens) {
        int first = recording.requests().size();
        ids.clear();
        try (HttpConnection http = new HttpConnection("127.0.0.1", port)) {
          closeWhatWasLeftOpen(http, token);
          for (String step : STEPS) {
            recording.begin(step);
            HttpConnection.Answer answer = http.post(step, token);
            recording.end();
            if (answer.status() != 200) {
              throw new IllegalStateException(
                  step + " answered " + answer.status() + ": " + answer.body());
            }
          }
        }
        List<Recording.Request> all = recording.requests();
        cycles.add(new Cycle(all.subList(first, all.size()), ids.made()));
      }
    } finally {
      server.stop();
    }
    return cycles;
  }

  /**
   * A load generator stopped mid-cycle (wrk stops where its time ends) leaves a day open or paused:
   * close it first, unrecorded. {@code WRONG_STATUS} (400) means there was none.
   */
  static void closeWhatWasLeftOpen(HttpConnection http, String token) throws IOException {
    HttpConnection.Answer answer = http.post("/rest/timeman.close", token);
    if (answer.status() != 200 && !answer.body().contains("WRONG_STATUS")) {
      throw new IllegalStateException("closing a day left open answered " + answer.body());
    }
  }

  /** The engine's id generator, remembering what it made since the last {@link #clear()}. */
  private static final class RecordingIds implements IdGenerator {
    private final IdGenerator target;
    private final Set<UUID> made = new HashSet<>();

    RecordingIds(IdGenerator target) {
      this.target = target;
    }

    @Override
    public synchronized Id next() {
      Id id = target.next();
      made.add(id.toUuid());
      return id;
    }

    synchronized void clear() {
      made.clear();
    }

    synchronized Set<UUID> made() {
      return Set.copyOf(made);
    }
  }
}
