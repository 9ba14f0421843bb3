package org.worktime.benchmarks.server;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.worktime.adapters.persistence.jdbc.JdbcDataSources;
import org.worktime.domain.id.TimeOrderedIdGenerator;

/**
 * The write path's ceiling: {@code JdbcCeiling JDBC_URL USER PASSWORD TOKENS_FILE CLIENTS WARM_UP_S
 * MEASURED_S [SQL_FILE]}. Records one Bitrix cycle per client through the service in process
 * ({@link CycleCapture}), then replays the recorded JDBC calls with as many clients, on a pool of
 * the service's size ({@link JdbcDataSources#POOL_SIZE}): first as fast as they go, then at half
 * that rate for the latencies. Prints the captured statements per request, then one line per run.
 */
public final class JdbcCeiling {

  /** The code is warm by then: a short warm-up lets the fixed rate settle. */
  private static final Duration HALF_RATE_WARM_UP = Duration.ofSeconds(2);

  private JdbcCeiling() {}

  private static Duration shorter(Duration one, Duration other) {
    return one.compareTo(other) < 0 ? one : other;
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 7) {
      throw new IllegalArgumentException(
          "usage: JdbcCeiling JDBC_URL USER PASSWORD TOKENS_FILE CLIENTS WARM_UP_S MEASURED_S"
              + " [SQL_FILE]");
    }
    int clients = Integer.parseInt(args[4]);
    Duration warmUp = Duration.ofSeconds(Long.parseLong(args[5]));
    Duration measured = Duration.ofSeconds(Long.parseLong(args[6]));
    List<String> tokens = Files.readAllLines(Path.of(args[3])).subList(0, clients);

    List<CycleCapture.Cycle> cycles;
    try (HikariDataSource service = JdbcDataSources.fromUrl(args[0], args[1], args[2])) {
      cycles = CycleCapture.capture(service, tokens);
    }
    System.out.println(Cycles.summary(cycles.get(0)));
    if (args.length > 7) {
      Files.writeString(Path.of(args[7]), Cycles.sql(cycles.get(0)));
    }

    try (HikariDataSource pool = JdbcDataSources.fromUrl(args[0], args[1], args[2])) {
      Clock clock = Clock.systemUTC();
      Replay replay = new Replay(pool, new TimeOrderedIdGenerator(clock, new SecureRandom()));
      List<Load.Client> replaying = new ArrayList<>();
      for (CycleCapture.Cycle cycle : cycles) {
        replaying.add(replaying(replay, cycle));
      }
      int steps = CycleCapture.STEPS.size();
      Load.Result max = Load.closedLoop(replaying, steps, warmUp, measured);
      System.out.println(max.line("ceiling-max"));
      Load.Result half =
          Load.fixedRate(
              replaying,
              steps,
              shorter(warmUp, HALF_RATE_WARM_UP),
              measured,
              max.stepsPerSecond() / 2);
      System.out.println(half.line("ceiling-half"));
    }
  }

  private static Load.Client replaying(Replay replay, CycleCapture.Cycle cycle) {
    Replay.FreshIds[] fresh = new Replay.FreshIds[1];
    return index -> {
      if (index == 0) {
        fresh[0] = replay.freshIds(cycle.generatedIds());
      }
      replay.request(cycle.requests().get(index), fresh[0]);
    };
  }

  /** Helpers for the capture's report. */
  static final class Cycles {
    private Cycles() {}

    static String summary(CycleCapture.Cycle cycle) {
      return cycle.requests().stream()
          .map(
              request ->
                  String.format(
                      "captured %-20s %d statements, %d connections, %d commits",
                      request.name(),
                      request.calls().stream()
                          .filter(
                              call ->
                                  call instanceof Recording.Execute
                                      || call instanceof Recording.Batch)
                          .count(),
                      request.calls().stream().filter(Recording.Borrow.class::isInstance).count(),
                      request.calls().stream()
                          .filter(
                              call ->
                                  call instanceof Recording.Control control
                                      && control.method().equals("commit"))
                          .count()))
          .collect(Collectors.joining("\n"));
    }

    /** The cycle's calls as text: each request, then its SQL and transaction control in order. */
    static String sql(CycleCapture.Cycle cycle) {
      StringBuilder text = new StringBuilder();
      for (Recording.Request request : cycle.requests()) {
        text.append("-- ").append(request.name()).append('\n');
        for (Recording.Call call : request.calls()) {
          if (call instanceof Recording.Execute execute) {
            text.append("[c").append(execute.connection()).append("] ").append(execute.sql());
            text.append(";  -- ").append(execute.parameters().size()).append(" parameters\n");
          } else if (call instanceof Recording.Batch batch) {
            text.append("[c").append(batch.connection()).append("] ").append(batch.sql());
            text.append(";  -- a batch of ").append(batch.rows().size()).append(" rows\n");
          } else if (call instanceof Recording.Control control) {
            text.append("[c").append(control.connection()).append("] ").append(control.method());
            text.append(control.argument() == null ? "()" : "(" + control.argument() + ")");
            text.append('\n');
          } else {
            text.append("[c").append(call.connection()).append("] ");
            text.append(call instanceof Recording.Borrow ? "borrow" : "release").append('\n');
          }
        }
      }
      return text.toString();
    }
  }
}
