package org.worktime.benchmarks;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
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
import org.worktime.domain.id.BreakId;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.Id;
import org.worktime.domain.id.TenantId;
import org.worktime.domain.id.WorkdayId;
import org.worktime.domain.place.Origin;
import org.worktime.domain.place.SourceType;
import org.worktime.domain.policy.SchedulePolicy;
import org.worktime.domain.workday.Closing;
import org.worktime.domain.workday.Opening;
import org.worktime.domain.workday.Timing;
import org.worktime.domain.workday.Workday;
import org.worktime.domain.workday.Workdays;

/**
 * One employee's month: the net worked time, break time and elapsed time summed over the 22 closed
 * working days of March 2026 in Berlin (the DST change included), each with one to three breaks.
 * The days are built once, through {@link Workdays}, before measuring.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MonthAggregationBenchmark {

  /** What a month report shows. */
  public record MonthTotals(Duration netWorked, Duration breaks, Duration elapsed) {}

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private Seq<Workday> month;
  private Instant asOf;

  @Setup
  public void aMonthOfClosedDays() {
    SchedulePolicy policy = SchedulePolicy.flexible();
    Origin origin = Origin.of(SourceType.TERMINAL);
    Timing now = Timing.now();
    List<Workday> days = List.empty();
    long ids = 1;
    for (LocalDate date = LocalDate.of(2026, 3, 1);
        date.getMonthValue() == 3;
        date = date.plusDays(1)) {
      if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
        continue;
      }
      int n = days.size();
      Instant start =
          date.atTime(LocalTime.of(7, 30).plusMinutes(7L * n)).atZone(BERLIN).toInstant();
      Workday day =
          Workdays.open(
                  new Opening(
                      WorkdayId.of(new Id(0L, ids++)),
                      TenantId.of(new Id(1L, 1L)),
                      EmployeeId.of(new Id(2L, 2L)),
                      BERLIN,
                      now,
                      origin,
                      Option.none()),
                  days.headOption(),
                  policy,
                  start)
              .get()
              .workday();
      int breaks = 1 + n % 3;
      for (int b = 0; b < breaks; b++) {
        Instant pause = start.plus(Duration.ofHours(2L + 2L * b));
        Instant resume = pause.plus(Duration.ofMinutes(15L + 5L * b));
        day =
            Workdays.pause(day, BreakId.of(new Id(0L, ids++)), now, origin, policy, pause)
                .get()
                .workday();
        day = Workdays.resume(day, now, origin, policy, resume).get().workday();
      }
      Instant close = start.plus(Duration.ofHours(8).plusMinutes(30L + 3L * n));
      day =
          Workdays.close(day, new Closing(now, origin, Option.none()), policy, close)
              .get()
              .workday();
      days = days.prepend(day);
    }
    month = days.reverse();
    asOf = Instant.parse("2026-04-01T00:00:00Z");

    MonthTotals totals = sumTheMonth();
    if (month.size() != 22
        || !totals.netWorked().plus(totals.breaks()).equals(totals.elapsed())
        || month.map(Workday::breaks).map(Seq::size).distinct().size() != 3) {
      throw new IllegalStateException("the benchmarked month is not the expected one: " + totals);
    }
  }

  @Benchmark
  public MonthTotals sumTheMonth() {
    Duration net = Duration.ZERO;
    Duration breaks = Duration.ZERO;
    Duration elapsed = Duration.ZERO;
    for (Workday day : month) {
      net = net.plus(day.netWorkedAt(asOf));
      breaks = breaks.plus(day.breakTimeAt(asOf));
      elapsed = elapsed.plus(day.elapsedAt(asOf));
    }
    return new MonthTotals(net, breaks, elapsed);
  }
}
