package org.worktime.benchmarks;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.worktime.domain.id.BreakId;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.Id;
import org.worktime.domain.id.TenantId;
import org.worktime.domain.id.WorkdayId;
import org.worktime.domain.place.Origin;
import org.worktime.domain.place.SourceType;
import org.worktime.domain.policy.SchedulePolicy;
import org.worktime.domain.workday.ClosedWorkday;
import org.worktime.domain.workday.Closing;
import org.worktime.domain.workday.OpenedWorkday;
import org.worktime.domain.workday.Opening;
import org.worktime.domain.workday.PausedWorkday;
import org.worktime.domain.workday.Timing;
import org.worktime.domain.workday.Transition;
import org.worktime.domain.workday.Workdays;

/**
 * One whole day through {@link Workdays}: open, pause, resume, close, on flexible hours. Every
 * instant is fixed in the state; the measured code reads no clock.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class WorkdayTransitionsBenchmark {

  private SchedulePolicy policy;
  private Opening opening;
  private Closing closing;
  private Origin origin;
  private Timing now;
  private BreakId breakId;
  private Instant opensAt;
  private Instant pausesAt;
  private Instant resumesAt;
  private Instant closesAt;

  @Setup
  public void aFlexibleDay() {
    policy = SchedulePolicy.flexible();
    origin = Origin.of(SourceType.WEB);
    now = Timing.now();
    opening =
        new Opening(
            WorkdayId.of(new Id(1L, 1L)),
            TenantId.of(new Id(2L, 2L)),
            EmployeeId.of(new Id(3L, 3L)),
            ZoneId.of("Europe/Berlin"),
            now,
            origin,
            Option.none());
    closing = new Closing(now, origin, Option.none());
    breakId = BreakId.of(new Id(4L, 4L));
    opensAt = Instant.parse("2026-03-30T06:00:00Z");
    pausesAt = Instant.parse("2026-03-30T10:00:00Z");
    resumesAt = Instant.parse("2026-03-30T10:30:00Z");
    closesAt = Instant.parse("2026-03-30T14:30:00Z");

    ClosedWorkday day = cycle(ignored -> {});
    if (!day.netWorkedAt(closesAt).equals(Duration.ofHours(8))) {
      throw new IllegalStateException("the benchmarked day is not the expected one: " + day);
    }
  }

  @Benchmark
  public ClosedWorkday openPauseResumeClose(Blackhole events) {
    return cycle(events::consume);
  }

  /** The events go to {@code sink}, so that none of the four transitions is optimised away. */
  private ClosedWorkday cycle(Consumer<Object> sink) {
    Transition<OpenedWorkday> opened = Workdays.open(opening, Option.none(), policy, opensAt).get();
    sink.accept(opened.events());
    Transition<PausedWorkday> paused =
        Workdays.pause(opened.workday(), breakId, now, origin, policy, pausesAt).get();
    sink.accept(paused.events());
    Transition<OpenedWorkday> resumed =
        Workdays.resume(paused.workday(), now, origin, policy, resumesAt).get();
    sink.accept(resumed.events());
    Transition<ClosedWorkday> closed =
        Workdays.close(resumed.workday(), closing, policy, closesAt).get();
    sink.accept(closed.events());
    return closed.workday();
  }
}
