package org.worktime.domain.timer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.Id;
import org.worktime.domain.id.TenantId;
import org.worktime.domain.id.TimerId;
import org.worktime.domain.place.Origin;
import org.worktime.domain.place.SourceType;
import org.worktime.domain.time.Punch;

/**
 * Generated sequences of start and stop commands, at generated times clustered around the Berlin
 * DST changes, run against the domain and against a tiny reference model (a list of intervals per
 * owner); after every step both must agree.
 */
class TaskTimerProperties {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final TenantId TENANT = TenantId.of(new Id(0, 1));
  private static final Origin ORIGIN = Origin.of(SourceType.API);
  private static final int OWNERS = 3;

  /**
   * Where a run begins: shortly before a Berlin spring-forward or fall-back, or an ordinary day.
   */
  private static final Gen<Instant> BEGINNINGS =
      Generate.pick(
              List.of(
                  Instant.parse("2024-03-31T01:00:00Z"),
                  Instant.parse("2024-10-27T01:00:00Z"),
                  Instant.parse("2025-03-30T01:00:00Z"),
                  Instant.parse("2021-09-22T16:33:08Z")))
          .zip(
              SourceDSL.longs().between(0, 3 * 3_600),
              (Instant transition, Long before) -> transition.minusSeconds(before));

  /**
   * How far the clock moves before a step: mostly minutes, sometimes hours, sometimes not at all.
   */
  private static final Gen<Long> ADVANCES =
      Generate.frequency(
          Pair.of(1, Generate.constant(0L)),
          Pair.of(6, SourceDSL.longs().between(1, 900)),
          Pair.of(2, SourceDSL.longs().between(900, 3 * 3_600)));

  /** How far before now an explicit time lies; negative is in the future. */
  private static final Gen<Long> OFFSETS =
      Generate.frequency(
          Pair.of(2, Generate.constant(0L)),
          Pair.of(1, SourceDSL.longs().between(-600, -1)),
          Pair.of(6, SourceDSL.longs().between(1, 4 * 3_600)));

  private static final Gen<Option<Long>> START_TIMES =
      Generate.booleans()
          .zip(OFFSETS, (Boolean explicit, Long offset) -> explicit ? Option.some(offset) : none());

  private static final Gen<Integer> OWNER_INDEXES = SourceDSL.integers().between(0, OWNERS - 1);

  private static Gen<Command> commands(Gen<SecondTimerPolicy> policies) {
    Gen<Command> starts =
        OWNER_INDEXES.zip(
            ADVANCES,
            START_TIMES,
            policies,
            (Integer owner, Long advance, Option<Long> startTime, SecondTimerPolicy policy) ->
                new Start(owner, advance, startTime, policy));
    Gen<Command> stops =
        OWNER_INDEXES.zip(
            ADVANCES,
            SourceDSL.integers().between(0, 7),
            OFFSETS.map((Long offset) -> Math.max(0L, offset)),
            (Integer owner, Long advance, Integer pick, Long endOffset) ->
                new Stop(owner, advance, pick, endOffset));
    return Generate.frequency(Pair.of(3, starts), Pair.of(2, stops));
  }

  @Test
  void domainAndReferenceModelAgreeUnderMixedPolicies() {
    checkRuns(Generate.enumValues(SecondTimerPolicy.class));
  }

  @Test
  void domainAndReferenceModelAgreeWhenASecondTimerStopsTheRunningOne() {
    checkRuns(Generate.constant(SecondTimerPolicy.STOP_RUNNING));
  }

  @Test
  void domainAndReferenceModelAgreeWhenASecondTimerIsRefused() {
    checkRuns(Generate.constant(SecondTimerPolicy.REFUSE));
  }

  @Test
  void totalMinutesIsTheExactMinutesRoundedHalfUpToOneDecimal() {
    qt().forAll(SourceDSL.longs().between(0, 40L * 86_400), SourceDSL.integers().between(0, 999))
        .checkAssert(
            (seconds, millis) -> {
              String shown =
                  TimerMinutes.oneDecimal(Duration.ofSeconds(seconds, millis * 1_000_000L));
              // A sixtieth has no finite decimal; ten places are plenty to compare with 0.05.
              BigDecimal exact =
                  BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(60), 10, RoundingMode.DOWN);
              BigDecimal difference = new BigDecimal(shown).subtract(exact);
              assertThat(shown).matches("\\d+\\.\\d");
              assertThat(difference.abs()).isLessThanOrEqualTo(new BigDecimal("0.05"));
              if (difference.abs().compareTo(new BigDecimal("0.05")) == 0) {
                assertThat(difference.signum()).as("a half tenth rounds up").isPositive();
              }
            });
  }

  private static void checkRuns(Gen<SecondTimerPolicy> policies) {
    qt().forAll(BEGINNINGS, SourceDSL.lists().of(commands(policies)).ofSizeBetween(1, 30))
        .checkAssert((beginning, run) -> new Run(beginning).play(run));
  }

  private static Option<Long> none() {
    return Option.none();
  }

  private static EmployeeId owner(int index) {
    return EmployeeId.of(new Id(1, index));
  }

  /** One generated command; times are relative to the clock at the moment of the step. */
  sealed interface Command {
    int owner();

    long advance();
  }

  record Start(int owner, long advance, Option<Long> startOffset, SecondTimerPolicy policy)
      implements Command {}

  /** Stops one of the owner's timers (running or not), picked by index among the owner's timers. */
  record Stop(int owner, long advance, int pick, long endOffset) implements Command {}

  /** The reference: per owner, a list of intervals, the last maybe open. */
  record ModelTimer(TimerId id, int owner, Instant start, Option<Instant> end) {}

  /** One run of a command sequence against both the domain and the model. */
  private static final class Run {
    private Instant now;
    private long nextId = 1;
    private final Map<TimerId, TaskTimer> domain = new LinkedHashMap<>();
    private final Map<Integer, List<ModelTimer>> model = new LinkedHashMap<>();

    Run(Instant beginning) {
      this.now = beginning;
      for (int owner = 0; owner < OWNERS; owner++) {
        model.put(owner, new ArrayList<>());
      }
    }

    void play(List<Command> commands) {
      for (Command command : commands) {
        now = now.plusSeconds(command.advance());
        if (command instanceof Start start) {
          start(start);
        } else {
          stop((Stop) command);
        }
        checkInvariants();
      }
    }

    private void start(Start command) {
      TimerId id = TimerId.of(new Id(2, nextId++));
      Option<Instant> startTime = command.startOffset().map(now::minusSeconds);
      Option<RunningTimer> running =
          Option.ofOptional(
              domain.values().stream()
                  .filter(RunningTimer.class::isInstance)
                  .map(RunningTimer.class::cast)
                  .filter(timer -> timer.owner().equals(owner(command.owner())))
                  .findFirst());

      Either<TimerError, TimerTransition<RunningTimer>> actual =
          TaskTimers.start(
              new StartTimer(
                  id,
                  TENANT,
                  owner(command.owner()),
                  TimerDetails.none(),
                  startTime,
                  BERLIN,
                  ORIGIN),
              running,
              command.policy(),
              now);
      Option<TimerError> expected =
          modelStart(id, command.owner(), startTime.getOrElse(now), command.policy());

      assertThat(actual.swap().toOption()).as("outcome of %s", command).isEqualTo(expected);
      actual.forEach(
          transition -> {
            TimerEvent last = transition.events().last();
            assertThat(last).isEqualTo(new TimerEvent.TimerStarted(transition.state()));
            assertThat(transition.events().size())
                .isEqualTo(transition.stoppedPrevious().isDefined() ? 2 : 1);
            transition.stoppedPrevious().forEach(stopped -> domain.put(stopped.id(), stopped));
            domain.put(transition.state().id(), transition.state());
          });
    }

    private void stop(Stop command) {
      List<ModelTimer> owned = model.get(command.owner());
      if (owned.isEmpty()) {
        return;
      }
      TimerId id = owned.get(command.pick() % owned.size()).id();
      Instant end = now.minusSeconds(command.endOffset());

      Either<TimerError, TimerTransition<StoppedTimer>> actual =
          TaskTimers.stop(domain.get(id), Punch.live(end, BERLIN, ORIGIN));
      Option<TimerError> expected = modelStop(command.owner(), id, end);

      assertThat(actual.swap().toOption()).as("outcome of %s", command).isEqualTo(expected);
      actual.forEach(
          transition -> {
            assertThat(transition.events())
                .containsExactly(new TimerEvent.TimerStopped(transition.state()));
            domain.put(id, transition.state());
          });
    }

    private Option<TimerError> modelStart(
        TimerId id, int owner, Instant start, SecondTimerPolicy policy) {
      if (start.isAfter(now)) {
        return Option.some(new TimerError.StartInFuture(start, now));
      }
      List<ModelTimer> owned = model.get(owner);
      for (int i = 0; i < owned.size(); i++) {
        ModelTimer open = owned.get(i);
        if (open.end().isEmpty()) {
          if (policy == SecondTimerPolicy.REFUSE) {
            return Option.some(new TimerError.TimerAlreadyRunning(open.id()));
          }
          if (start.isBefore(open.start())) {
            return Option.some(
                new TimerError.StartBeforeRunningTimer(open.id(), open.start(), start));
          }
          owned.set(i, new ModelTimer(open.id(), owner, open.start(), Option.some(start)));
        }
      }
      owned.add(new ModelTimer(id, owner, start, Option.none()));
      return Option.none();
    }

    private Option<TimerError> modelStop(int owner, TimerId id, Instant end) {
      List<ModelTimer> owned = model.get(owner);
      for (int i = 0; i < owned.size(); i++) {
        ModelTimer timer = owned.get(i);
        if (timer.id().equals(id)) {
          if (timer.end().isDefined()) {
            return Option.some(new TimerError.TimerNotRunning(id));
          }
          if (end.isBefore(timer.start())) {
            return Option.some(new TimerError.EndBeforeStart(timer.start(), end));
          }
          owned.set(i, new ModelTimer(id, owner, timer.start(), Option.some(end)));
        }
      }
      return Option.none();
    }

    private void checkInvariants() {
      for (int owner = 0; owner < OWNERS; owner++) {
        EmployeeId employee = owner(owner);
        assertThat(
                domain.values().stream()
                    .filter(timer -> timer.owner().equals(employee))
                    .filter(RunningTimer.class::isInstance)
                    .count())
            .as("running timers of owner %d", owner)
            .isLessThanOrEqualTo(1);
      }
      List<ModelTimer> fromDomain = new ArrayList<>();
      for (TaskTimer timer : domain.values()) {
        int owner = (int) timer.owner().value().leastSignificantBits();
        Option<Instant> end =
            timer.fold(running -> Option.none(), stopped -> Option.some(stopped.end().at()));
        fromDomain.add(new ModelTimer(timer.id(), owner, timer.start().at(), end));
      }
      List<ModelTimer> fromModel = new ArrayList<>();
      model.values().forEach(fromModel::addAll);
      assertThat(fromDomain).containsExactlyInAnyOrderElementsOf(fromModel);

      for (TaskTimer timer : domain.values()) {
        long seconds =
            timer.fold(
                running -> running.elapsed(now).getSeconds(),
                stopped -> stopped.duration().getSeconds());
        long expected =
            timer.fold(running -> now, stopped -> stopped.end().at()).getEpochSecond()
                - timer.start().at().getEpochSecond();
        assertThat(seconds).as("seconds of %s", timer.id()).isNotNegative().isEqualTo(expected);
      }
    }
  }
}
