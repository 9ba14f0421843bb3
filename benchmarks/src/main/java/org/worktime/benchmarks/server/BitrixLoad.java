package org.worktime.benchmarks.server;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Bitrix cycles against a running service: {@code BitrixLoad BASE_URL TOKENS_FILE CLIENTS WARM_UP_S
 * MEASURED_S CYCLES_PER_S}. Each client is one employee on one keep-alive connection, doing open,
 * pause, open (resume), close; at a fixed total rate of cycles per second, or as fast as they go
 * when the rate is 0. Every answer must be 200. Prints one line of figures.
 */
public final class BitrixLoad {

  private BitrixLoad() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 6) {
      throw new IllegalArgumentException(
          "usage: BitrixLoad BASE_URL TOKENS_FILE CLIENTS WARM_UP_S MEASURED_S CYCLES_PER_S");
    }
    URI base = URI.create(args[0]);
    int clients = Integer.parseInt(args[2]);
    List<String> tokens = Files.readAllLines(Path.of(args[1])).subList(0, clients);
    Duration warmUp = Duration.ofSeconds(Long.parseLong(args[3]));
    Duration measured = Duration.ofSeconds(Long.parseLong(args[4]));
    double cyclesPerSecond = Double.parseDouble(args[5]);
    int steps = CycleCapture.STEPS.size();

    List<HttpConnection> connections = new ArrayList<>();
    List<Load.Client> cycling = new ArrayList<>();
    try {
      for (String token : tokens) {
        HttpConnection http = new HttpConnection(base.getHost(), base.getPort());
        connections.add(http);
        CycleCapture.closeWhatWasLeftOpen(http, token);
        cycling.add(
            index -> {
              HttpConnection.Answer answer = http.post(CycleCapture.STEPS.get(index), token);
              if (answer.status() != 200) {
                throw new IllegalStateException(
                    CycleCapture.STEPS.get(index) + " answered " + answer.body());
              }
            });
      }
      Load.Result result =
          cyclesPerSecond > 0
              ? Load.fixedRate(cycling, steps, warmUp, measured, cyclesPerSecond * steps)
              : Load.closedLoop(cycling, steps, warmUp, measured);
      System.out.println(result.line(cyclesPerSecond > 0 ? "service-fixed" : "service-max"));
    } finally {
      for (HttpConnection http : connections) {
        http.close();
      }
    }
  }
}
