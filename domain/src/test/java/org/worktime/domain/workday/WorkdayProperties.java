package org.worktime.domain.workday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.worktime.domain.id.BreakId;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.Id;
import org.worktime.domain.id.TenantId;
import org.worktime.domain.id.WorkdayId;
import org.worktime.domain.place.Origin;
import org.worktime.domain.place.SourceType;
import org.worktime.domain.policy.Deviation;
import org.worktime.domain.policy.Schedule.FixedShifts;
import org.worktime.domain.policy.Schedule.FlexibleHours;
import org.worktime.domain.policy.SchedulePolicy;
import org.worktime.domain.policy.Shift;
import org.worktime.domain.text.Note;
import org.worktime.domain.time.Interval;
import org.worktime.domain.time.Punch;
import org.worktime.domain.workday.WorkdayError.AlreadyVerified;
import org.worktime.domain.workday.WorkdayError.BreakNotFound;
import org.worktime.domain.workday.WorkdayError.BreakOutsideDay;
import org.worktime.domain.workday.WorkdayError.EndBeforeStart;
import org.worktime.domain.workday.WorkdayError.IllegalTransition;
import org.worktime.domain.workday.WorkdayError.NothingToApprove;
import org.worktime.domain.workday.WorkdayError.OverlappingBreak;
import org.worktime.domain.workday.WorkdayError.OverlappingWorkday;
import org.worktime.domain.workday.WorkdayError.ReopenNotAllowed;
import org.worktime.domain.workday.WorkdayError.ReportNeeded;
import org.worktime.domain.workday.WorkdayError.TimeInFuture;
import org.worktime.domain.workday.WorkdayError.TimeNotAllowedWhenContinuing;
import org.worktime.domain.workday.WorkdayError.TimeOutOfOrder;
import org.worktime.domain.workday.WorkdayError.WorkdayExpired;
import org.worktime.domain.workday.WorkdayError.WrongDate;

/**
 * Stateful properties of the workday: generated command lists, at generated times clustered around
 * DST transitions, run against {@link Workdays} and against a small reference model (plain
 * intervals), compared after every step. The model decides what is legal and which error an illegal
 * command must get; the domain must agree, and its days must keep the invariants of domain.md at
 * every step.
 */
class WorkdayProperties {

  private static final TenantId TENANT = TenantId.of(new Id(7, 7));
  private static final EmployeeId EMPLOYEE = EmployeeId.of(new Id(8, 8));
  private static final EmployeeId MANAGER = EmployeeId.of(new Id(9, 9));
  private static final BreakId UNKNOWN_BREAK = BreakId.of(new Id(6, 6));
  private static final Origin WEB = Origin.of(SourceType.WEB);
  private static final Note REASON = new Note("property test");
  private static final Duration ALLOWED_DELTA = Duration.ofMinutes(15);

  // ---------------------------------------------------------------------------------------------
  // The stateful property.

  @Test
  void everyCommandSequenceAgreesWithTheReferenceModelAndKeepsTheInvariants() {
    qt().withExamples(1000).withShrinkCycles(2_000).forAll(SCENARIOS).checkAssert(Machine::run);
  }

  // ---------------------------------------------------------------------------------------------
  // Focused properties.

  /** Durations come from instants: across a DST change a day lasts what really elapsed. */
  @Test
  void aDayAcrossADstChangeLastsTheRealElapsedTime() {
    qt().withExamples(300)
        .forAll(
            Generate.pick(DST_ANCHORS), integers().between(0, 12 * 60), integers().between(1, 960))
        .checkAssert(
            (anchor, minutesBefore, realMinutes) -> {
              SchedulePolicy policy = Policy.FLEXIBLE_TWO_DAYS.policy;
              ZoneId zone = anchor.zone();
              Instant start = anchor.transition().minus(Duration.ofMinutes(minutesBefore));
              Instant end = start.plus(Duration.ofMinutes(realMinutes));
              Workday opened = open(zone, start, policy);
              Workday closed =
                  Workdays.close(opened, new Closing(Timing.now(), WEB, Option.none()), policy, end)
                      .get()
                      .workday();
              Duration real = Duration.ofMinutes(realMinutes);
              assertThat(closed.elapsedAt(end)).isEqualTo(real);
              assertThat(closed.netWorkedAt(end)).isEqualTo(real);

              Duration wall =
                  Duration.between(
                      LocalDateTime.ofInstant(start, zone), LocalDateTime.ofInstant(end, zone));
              boolean crosses =
                  start.isBefore(anchor.transition()) && !anchor.transition().isAfter(end);
              Duration shift = crosses ? anchor.shift() : Duration.ZERO;
              assertThat(wall)
                  .as("the wall clock moved by the DST shift")
                  .isEqualTo(real.plus(shift));

              Instant breakStart = anchor.transition().minus(Duration.ofMinutes(15));
              Instant breakEnd = anchor.transition().plus(Duration.ofMinutes(15));
              if (!breakStart.isBefore(start) && !breakEnd.isAfter(end)) {
                Workday withBreak =
                    Workdays.addBreak(
                            closed,
                            BreakId.of(new Id(2, 1)),
                            new Interval(breakStart, breakEnd),
                            WEB,
                            end)
                        .get()
                        .workday();
                assertThat(withBreak.breakTimeAt(end)).isEqualTo(Duration.ofMinutes(30));
                assertThat(withBreak.netWorkedAt(end))
                    .isEqualTo(real.minus(Duration.ofMinutes(30)));
              }
            });
  }

  /**
   * A night shift belongs to the local date it started on, also when closed after midnight, by a
   * live close (two-day expiry) or by a manual time on the next day (classic expiry at midnight).
   */
  @Test
  void aWorkdayBelongsToTheLocalDateItStartedOn() {
    qt().withExamples(300)
        .forAll(
            Generate.pick(ANCHORS),
            integers().between(-1, 1),
            integers().between(18 * 60, 24 * 60 - 1),
            integers().between(0, 12 * 60))
        .checkAssert(
            (anchor, dayShift, minuteOfDay, lengthMinutes) -> {
              ZoneId zone = anchor.zone();
              LocalDate date = LocalDate.ofInstant(anchor.transition(), zone).plusDays(dayShift);
              Instant start =
                  ZonedDateTime.of(date, LocalTime.MIN.plusMinutes(minuteOfDay), zone).toInstant();
              Instant end = start.plus(Duration.ofMinutes(lengthMinutes));
              LocalDate startDate = LocalDate.ofInstant(start, zone);

              SchedulePolicy twoDays = Policy.FLEXIBLE_TWO_DAYS.policy;
              Workday live = open(zone, start, twoDays);
              assertThat(live.date()).isEqualTo(startDate);
              Workday liveClosed =
                  Workdays.close(live, new Closing(Timing.now(), WEB, Option.none()), twoDays, end)
                      .get()
                      .workday();
              assertThat(liveClosed.date()).isEqualTo(startDate);
              assertThat(liveClosed.elapsedAt(end)).isEqualTo(Duration.ofMinutes(lengthMinutes));

              SchedulePolicy classic = Policy.FLEXIBLE.policy;
              Workday day = open(zone, start, classic);
              Instant later = end.plus(Duration.ofHours(1));
              Timing manual = new Timing.Manual(end.atZone(zone), Option.none());
              Either<WorkdayError, Transition<ClosedWorkday>> closed =
                  Workdays.close(day, new Closing(manual, WEB, Option.none()), classic, later);
              if (lengthMinutes == 0) {
                // A close time not after the start means the next day: in the future here.
                assertThat(closed.getLeft()).isInstanceOf(TimeInFuture.class);
              } else {
                assertThat(closed.get().workday().date()).isEqualTo(startDate);
                assertThat(closed.get().workday().end().get().at()).isEqualTo(end);
              }
            });
  }

  private static Workday open(ZoneId zone, Instant start, SchedulePolicy policy) {
    Opening opening =
        new Opening(
            WorkdayId.of(new Id(1, 1)), TENANT, EMPLOYEE, zone, Timing.now(), WEB, Option.none());
    return Workdays.open(opening, Option.none(), policy, start).get().workday();
  }

  // ---------------------------------------------------------------------------------------------
  // Zones, transitions and policies.

  /** A moment to start near: a DST transition of the zone, or any instant for a zone without. */
  record Anchor(ZoneId zone, Instant transition, Duration shift) {
    @Override
    public String toString() {
      return zone + " @ " + transition + " (" + shift + ")";
    }
  }

  private static final java.util.List<Anchor> DST_ANCHORS = dstAnchors();

  private static final java.util.List<Anchor> ANCHORS = allAnchors();

  private static java.util.List<Anchor> dstAnchors() {
    java.util.List<Anchor> anchors = new ArrayList<>();
    for (String name :
        java.util.List.of(
            "Europe/Berlin",
            "America/New_York",
            "Asia/Jerusalem",
            "Australia/Lord_Howe",
            "Pacific/Chatham",
            "America/Sao_Paulo")) {
      ZoneId zone = ZoneId.of(name);
      Instant from = Instant.parse("2018-01-01T00:00:00Z");
      for (int i = 0; i < 2; i++) {
        ZoneOffsetTransition transition = zone.getRules().nextTransition(from);
        anchors.add(new Anchor(zone, transition.getInstant(), transition.getDuration()));
        from = transition.getInstant();
      }
    }
    return java.util.List.copyOf(anchors);
  }

  private static java.util.List<Anchor> allAnchors() {
    java.util.List<Anchor> anchors = new ArrayList<>(dstAnchors());
    anchors.add(new Anchor(ZoneOffset.UTC, Instant.parse("2018-03-25T01:00:00Z"), Duration.ZERO));
    anchors.add(
        new Anchor(
            ZoneOffset.ofHoursMinutes(5, 30),
            Instant.parse("2018-10-28T01:00:00Z"),
            Duration.ZERO));
    return java.util.List.copyOf(anchors);
  }

  /** A shift's local hours, kept here so that the model computes expiry on its own. */
  record Hours(LocalTime start, LocalTime end) {
    boolean crossesMidnight() {
      return !end.isAfter(start);
    }
  }

  enum Policy {
    FLEXIBLE(1, Map.of(), null, null, true),
    FLEXIBLE_TWO_DAYS(2, Map.of(), null, null, true),
    /** Night shifts Monday to Saturday, Sunday off; late starts and short days need a report. */
    NIGHT_SHIFTS(
        0,
        everyDayBut(DayOfWeek.SUNDAY, new Hours(LocalTime.of(22, 0), LocalTime.of(6, 0))),
        LocalTime.of(23, 0),
        Duration.ofHours(4),
        false),
    /** Day shifts every day; reopening allowed. */
    DAY_SHIFTS(
        0,
        everyDayBut(null, new Hours(LocalTime.of(8, 0), LocalTime.of(16, 30))),
        LocalTime.of(9, 30),
        Duration.ofHours(6),
        true);

    final int flexibleDays;
    final Map<DayOfWeek, Hours> shifts;
    final Option<LocalTime> latestStart;
    final Option<Duration> minimum;
    final SchedulePolicy policy;

    Policy(
        int flexibleDays,
        Map<DayOfWeek, Hours> shifts,
        LocalTime latestStart,
        Duration minimum,
        boolean reopenAllowed) {
      this.flexibleDays = flexibleDays;
      this.shifts = shifts;
      this.latestStart = Option.of(latestStart);
      this.minimum = Option.of(minimum);
      Map<DayOfWeek, Shift> domainShifts = new EnumMap<>(DayOfWeek.class);
      shifts.forEach(
          (day, hours) ->
              domainShifts.put(day, new Shift(hours.start(), hours.end(), Duration.ZERO)));
      this.policy =
          new SchedulePolicy(
              flexibleDays > 0 ? new FlexibleHours(flexibleDays) : new FixedShifts(domainShifts),
              this.latestStart,
              Option.none(),
              this.minimum,
              Duration.ofMinutes(15),
              reopenAllowed);
    }

    boolean fixed() {
      return flexibleDays == 0;
    }

    private static Map<DayOfWeek, Hours> everyDayBut(DayOfWeek off, Hours hours) {
      Map<DayOfWeek, Hours> shifts = new EnumMap<>(DayOfWeek.class);
      for (DayOfWeek day : DayOfWeek.values()) {
        if (day != off) {
          shifts.put(day, hours);
        }
      }
      return shifts;
    }

    /**
     * The model's expiry, from domain.md and dialects.md §3: flexible hours at local midnight N
     * days after the start date; fixed shifts half-way from the shift's end to the next shift's
     * start, or by the one-day rule on a day off or after that point.
     */
    Instant expiresAt(Instant start, ZoneId zone) {
      LocalDate date = LocalDate.ofInstant(start, zone);
      Instant nextMidnight = date.plusDays(1).atStartOfDay(zone).toInstant();
      if (!fixed()) {
        return date.plusDays(flexibleDays).atStartOfDay(zone).toInstant();
      }
      Hours today = shifts.get(date.getDayOfWeek());
      if (today == null) {
        return nextMidnight;
      }
      Instant end = shiftEnd(today, date, zone);
      for (int days = 1; days <= 7; days++) {
        Hours next = shifts.get(date.plusDays(days).getDayOfWeek());
        if (next != null) {
          Instant nextStart = ZonedDateTime.of(date.plusDays(days), next.start(), zone).toInstant();
          Instant halfway = end.plus(Duration.between(end, nextStart).dividedBy(2));
          return halfway.isAfter(start) ? halfway : nextMidnight;
        }
      }
      return nextMidnight;
    }

    /** The suggested close of an expired day: the shift's end if after the start, else +9 h. */
    Instant suggestedClose(Instant start, ZoneId zone) {
      LocalDate date = LocalDate.ofInstant(start, zone);
      Hours today = shifts.get(date.getDayOfWeek());
      if (today != null) {
        Instant end = shiftEnd(today, date, zone);
        if (end.isAfter(start)) {
          return end;
        }
      }
      return start.plus(Duration.ofHours(9));
    }

    private static Instant shiftEnd(Hours hours, LocalDate date, ZoneId zone) {
      LocalDate endDate = hours.crossesMidnight() ? date.plusDays(1) : date;
      return ZonedDateTime.of(endDate, hours.end(), zone).toInstant();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Commands: each advances the clock by some minutes, then acts. Times are minutes back from now
  // (negative: in the future) or minutes after the target day's start.

  sealed interface Command {
    int advance();

    /** The same command, run {@code minutes} later. */
    default Command later(int minutes) {
      int advance = advance() + minutes;
      if (this instanceof Open c) {
        return new Open(advance, c.kind(), c.back(), c.givenIn(), c.note());
      }
      if (this instanceof Pause c) {
        return new Pause(advance, c.recorded(), c.back());
      }
      if (this instanceof Resume c) {
        return new Resume(advance, c.recorded(), c.back());
      }
      if (this instanceof Close c) {
        return new Close(advance, c.kind(), c.back(), c.note());
      }
      if (this instanceof AddBreak c) {
        return new AddBreak(advance, c.dayBack(), c.offset(), c.length());
      }
      if (this instanceof EditBreak c) {
        return new EditBreak(advance, c.dayBack(), c.which(), c.offset(), c.length());
      }
      if (this instanceof RemoveBreak c) {
        return new RemoveBreak(advance, c.dayBack(), c.which());
      }
      if (this instanceof Correct c) {
        return new Correct(
            advance, c.dayBack(), c.what(), c.startShift(), c.endShift(), c.pending());
      }
      if (this instanceof Verify c) {
        return new Verify(advance, c.dayBack());
      }
      if (this instanceof Approve c) {
        return new Approve(advance, c.dayBack());
      }
      return new Reopen(advance);
    }
  }

  /** A command on one of the employee's days, counted back from the newest. */
  sealed interface Targeted extends Command {
    int dayBack();
  }

  /** The zone a time for opening is given in; it becomes the day's zone. */
  enum GivenIn {
    HOME_ZONE,
    HOME_OFFSET,
    UTC;

    ZoneId zone(ZoneId home, Instant at) {
      return switch (this) {
        case HOME_ZONE -> home;
        case HOME_OFFSET -> home.getRules().getOffset(at);
        case UTC -> ZoneOffset.UTC;
      };
    }
  }

  /** How a punch's time is given: now, by hand ({@link Timing.Manual}), by a device's clock. */
  enum TimeKind {
    NOW,
    MANUAL,
    RECORDED
  }

  enum CorrectWhat {
    START,
    END,
    BOTH
  }

  /**
   * Opens now, or at a manual or a device-recorded time given in the home zone, at its bare offset
   * (as an ATOM time gives it) or in UTC.
   */
  record Open(int advance, TimeKind kind, int back, GivenIn givenIn, boolean note)
      implements Command {}

  record Pause(int advance, boolean recorded, int back) implements Command {}

  record Resume(int advance, boolean recorded, int back) implements Command {}

  record Close(int advance, TimeKind kind, int back, boolean note) implements Command {}

  record AddBreak(int advance, int dayBack, int offset, int length) implements Targeted {}

  /** {@code which}: index of a finished break; -1 the running one; past the end an unknown id. */
  record EditBreak(int advance, int dayBack, int which, int offset, int length)
      implements Targeted {}

  record RemoveBreak(int advance, int dayBack, int which) implements Targeted {}

  record Correct(
      int advance, int dayBack, CorrectWhat what, int startShift, int endShift, boolean pending)
      implements Targeted {}

  record Verify(int advance, int dayBack) implements Targeted {}

  record Approve(int advance, int dayBack) implements Targeted {}

  record Reopen(int advance) implements Command {}

  record Scenario(
      Anchor anchor, Policy policy, int minutesBefore, java.util.List<Command> commands) {
    Scenario with(java.util.List<Command> others) {
      return new Scenario(anchor, policy, minutesBefore, java.util.List.copyOf(others));
    }

    @Override
    public String toString() {
      return anchor
          + ", "
          + policy
          + ", starting "
          + minutesBefore
          + " min before, commands:\n    "
          + commands.stream().map(Object::toString).collect(Collectors.joining("\n    "));
    }
  }

  private static final Gen<Integer> ADVANCE = integers().between(0, 180);
  private static final Gen<Integer> DAY_BACK = Generate.pick(java.util.List.of(0, 0, 0, 1, 2));
  private static final Gen<Boolean> FLAG = Generate.booleans();
  private static final Gen<Integer> BACK = integers().between(-10, 90);

  private static final Gen<Command> OPEN =
      ADVANCE.zip(
          Generate.enumValues(TimeKind.class),
          integers().between(-10, 600),
          Generate.enumValues(GivenIn.class),
          FLAG,
          (a, m, b, o, n) -> new Open(a, m, b, o, n));
  private static final Gen<Command> PAUSE =
      ADVANCE.zip(FLAG, BACK, (a, r, b) -> new Pause(a, r, b));
  private static final Gen<Command> RESUME =
      ADVANCE.zip(FLAG, BACK, (a, r, b) -> new Resume(a, r, b));
  private static final Gen<Command> CLOSE =
      ADVANCE.zip(
          Generate.enumValues(TimeKind.class),
          integers().between(-10, 900),
          FLAG,
          (a, k, b, n) -> new Close(a, k, b, n));
  private static final Gen<Integer> OFFSET = integers().between(-30, 600);

  /** Zero-length breaks are legal and the likeliest to find an edge, so they come often. */
  private static final Gen<Integer> LENGTH =
      Generate.frequency(Pair.of(1, Generate.constant(0)), Pair.of(4, integers().between(0, 120)));

  /** Mostly the first finished break; sometimes the running one (-1) or one that is not there. */
  private static final Gen<Integer> WHICH_BREAK =
      Generate.frequency(Pair.of(3, Generate.constant(0)), Pair.of(2, integers().between(-1, 3)));

  private static final Gen<Command> ADD_BREAK =
      ADVANCE.zip(DAY_BACK, OFFSET, LENGTH, (a, d, o, l) -> new AddBreak(a, d, o, l));
  private static final Gen<Command> EDIT_BREAK =
      ADVANCE.zip(
          DAY_BACK,
          WHICH_BREAK,
          OFFSET.zip(LENGTH, (o, l) -> new int[] {o, l}),
          (a, d, w, ol) -> new EditBreak(a, d, w, ol[0], ol[1]));
  private static final Gen<Command> REMOVE_BREAK =
      ADVANCE.zip(DAY_BACK, WHICH_BREAK, (a, d, w) -> new RemoveBreak(a, d, w));
  private static final Gen<Command> CORRECT =
      ADVANCE.zip(
          DAY_BACK,
          Generate.enumValues(CorrectWhat.class),
          integers()
              .between(-300, 300)
              .zip(integers().between(-300, 300), (s, e) -> new int[] {s, e}),
          FLAG,
          (a, d, w, se, p) -> new Correct(a, d, w, se[0], se[1], p));
  private static final Gen<Command> VERIFY = ADVANCE.zip(DAY_BACK, (a, d) -> new Verify(a, d));
  private static final Gen<Command> APPROVE = ADVANCE.zip(DAY_BACK, (a, d) -> new Approve(a, d));
  private static final Gen<Command> REOPEN = ADVANCE.map((Integer a) -> new Reopen(a));

  private static final Gen<Command> COMMANDS =
      Generate.frequency(
          java.util.List.of(
              Pair.of(5, OPEN),
              Pair.of(4, PAUSE),
              Pair.of(4, RESUME),
              Pair.of(4, CLOSE),
              Pair.of(3, ADD_BREAK),
              Pair.of(2, EDIT_BREAK),
              Pair.of(1, REMOVE_BREAK),
              Pair.of(2, CORRECT),
              Pair.of(1, VERIFY),
              Pair.of(1, APPROVE),
              Pair.of(1, REOPEN)));

  private static final Gen<Scenario> SCENARIOS =
      Generate.pick(ANCHORS)
          .zip(
              Generate.enumValues(Policy.class),
              integers().between(0, 30 * 60),
              lists().of(COMMANDS).ofSizeBetween(1, 40),
              Scenario::new);

  // ---------------------------------------------------------------------------------------------
  // The reference model: a day is plain instants and intervals.

  record Span(BreakId id, Instant start, Instant end) {
    /** Half-open intervals share time when the later start lies before the earlier end. */
    boolean overlaps(Instant otherStart, Instant otherEnd) {
      Instant laterStart = start.isAfter(otherStart) ? start : otherStart;
      Instant earlierEnd = end.isBefore(otherEnd) ? end : otherEnd;
      return laterStart.isBefore(earlierEnd);
    }

    boolean encloses(Span inner) {
      return !inner.start.isBefore(start) && !inner.end.isAfter(end);
    }

    Interval interval() {
      return new Interval(start, end);
    }
  }

  record Day(
      WorkdayId id,
      Instant start,
      ZoneId zone,
      Option<Instant> end,
      Option<ZoneId> endZone,
      List<Span> breaks,
      Option<Span> running,
      Approval approval,
      Option<Verification> verification) {

    boolean closed() {
      return end.isDefined();
    }

    Span span(Instant now) {
      Instant until = end.getOrElse(now);
      return new Span(null, start, until.isBefore(start) ? start : until);
    }

    /** The running break so far; its end is now (or its start, should now lie before it). */
    Option<Span> runningSoFar(Instant now) {
      return running.map(
          r -> new Span(r.id(), r.start(), now.isBefore(r.start()) ? r.start() : now));
    }

    Instant lastEvent() {
      Instant last = start;
      for (Span done : breaks) {
        last = done.end().isAfter(last) ? done.end() : last;
      }
      for (Span r : running) {
        last = r.start().isAfter(last) ? r.start() : last;
      }
      return last;
    }

    Day withBreaks(List<Span> others) {
      return new Day(id, start, zone, end, endZone, others, running, approval, verification);
    }
  }

  /** What a day looks like from outside; both the domain and the model are reduced to this. */
  record View(
      WorkdayId id,
      Instant start,
      ZoneId zone,
      LocalDate date,
      Option<Instant> end,
      Option<ZoneId> endZone,
      List<Span> breaks,
      Option<Span> running,
      Approval approval,
      Option<Verification> verification,
      WorkdayStatus status) {}

  /** Runs one scenario: the domain's days and the model's days side by side. */
  static final class Machine {

    private final Policy policy;
    private final ZoneId home;
    private final java.util.List<Workday> domain = new ArrayList<>();
    private final java.util.List<Day> model = new ArrayList<>();
    private Instant now;
    private int ids;

    private Machine(Scenario scenario) {
      this.policy = scenario.policy();
      this.home = scenario.anchor().zone();
      this.now = scenario.anchor().transition().minus(Duration.ofMinutes(scenario.minutesBefore()));
    }

    /**
     * Replays the scenario; on a failure, first removes every command it can without losing the
     * failure (QuickTheories' own shrinking keeps filler commands), so the report reads as a short
     * story.
     */
    static void run(Scenario scenario) {
      try {
        replay(scenario);
      } catch (AssertionError failure) {
        Scenario smallest = minimise(scenario);
        AssertionError shortest = failureOf(smallest);
        throw new AssertionError(
            "smallest failing command list: "
                + smallest
                + "\n  fails with: "
                + (shortest == null ? failure : shortest).getMessage(),
            failure);
      }
    }

    private static void replay(Scenario scenario) {
      Machine machine = new Machine(scenario);
      java.util.List<Command> commands = scenario.commands();
      for (int step = 0; step < commands.size(); step++) {
        machine.step(step, commands.get(step));
      }
    }

    private static AssertionError failureOf(Scenario scenario) {
      try {
        replay(scenario);
        return null;
      } catch (AssertionError failure) {
        return failure;
      }
    }

    /** Drops commands one at a time (their minutes kept by the next one) while it still fails. */
    private static Scenario minimise(Scenario scenario) {
      Scenario smallest = scenario;
      boolean progress = true;
      while (progress) {
        progress = false;
        for (int i = smallest.commands().size() - 1; i >= 0; i--) {
          if (smallest.commands().size() == 1) {
            break;
          }
          java.util.List<Command> fewer = new ArrayList<>(smallest.commands());
          Command dropped = fewer.remove(i);
          Scenario without = smallest.with(fewer);
          if (failureOf(without) != null) {
            smallest = without;
            progress = true;
            continue;
          }
          if (i < fewer.size() && dropped.advance() > 0) {
            fewer.set(i, fewer.get(i).later(dropped.advance()));
            Scenario merged = smallest.with(fewer);
            if (failureOf(merged) != null) {
              smallest = merged;
              progress = true;
            }
          }
        }
      }
      return smallest;
    }

    private void step(int step, Command command) {
      now = now.plus(Duration.ofMinutes(command.advance()));
      ids++;
      WorkdayId newDay = WorkdayId.of(new Id(1, ids));
      BreakId newBreak = BreakId.of(new Id(2, ids));
      String context =
          "step " + step + " " + command + " at " + now.atZone(home) + " (" + now + ")";

      Option<Integer> target = target(command);
      if (target.isEmpty()) {
        return; // no day to act on: nothing to compare
      }
      int index = target.get();
      Either<WorkdayError, Day> expected = onModel(command, index, newDay, newBreak);
      Either<WorkdayError, Transition<? extends Workday>> actual =
          onDomain(command, index, newDay, newBreak);

      if (expected.isLeft()) {
        assertThat(actual.isLeft())
            .as(
                context
                    + ": the model expects "
                    + expected.getLeft()
                    + ", the domain answered "
                    + actual)
            .isTrue();
        assertThat(actual.getLeft()).as(context).isEqualTo(expected.getLeft());
      } else {
        assertThat(actual.isRight())
            .as(context + ": the model expects success, the domain answered " + actual)
            .isTrue();
        Workday after = actual.get().workday();
        assertThat(actual.get().events())
            .as(context + ": a legal action tells what happened")
            .isNotEmpty()
            .allMatch(event -> event.workday().equals(after.id()));
        replaceOrAppend(domain, index, after, after.id());
        replaceOrAppend(model, index, expected.get(), expected.get().id());
      }
      assertThat(views(domain)).as(context + ": domain and model agree").isEqualTo(modelViews());
      assertInvariants(context);
    }

    private static <T> void replaceOrAppend(
        java.util.List<T> days, int index, T day, WorkdayId id) {
      if (index >= 0 && index < days.size() && idOf(days.get(index)).equals(id)) {
        days.set(index, day);
      } else {
        days.add(day);
      }
    }

    private static WorkdayId idOf(Object day) {
      return day instanceof Workday w ? w.id() : ((Day) day).id();
    }

    /**
     * The day a command acts on, by index; -1 when opening without any day; none when there is
     * nothing to act on. "Latest" is the day not closed, else the closed day that ended last.
     */
    private Option<Integer> target(Command command) {
      if (command instanceof Open) {
        return Option.some(latest().getOrElse(-1));
      }
      if (command instanceof Pause
          || command instanceof Resume
          || command instanceof Close
          || command instanceof Reopen) {
        return latest();
      }
      int dayBack = ((Targeted) command).dayBack();
      int index = model.size() - 1 - dayBack;
      return index >= 0 ? Option.some(index) : Option.none();
    }

    private Option<Integer> latest() {
      Option<Integer> best = Option.none();
      for (int i = 0; i < model.size(); i++) {
        Day day = model.get(i);
        if (!day.closed()) {
          return Option.some(i);
        }
        if (best.isEmpty() || !day.end().get().isBefore(model.get(best.get()).end().get())) {
          best = Option.some(i);
        }
      }
      return best;
    }

    // -- the domain ---------------------------------------------------------------------------

    private Either<WorkdayError, Transition<? extends Workday>> onDomain(
        Command command, int index, WorkdayId newDay, BreakId newBreak) {
      SchedulePolicy rules = policy.policy;
      Workday day = index >= 0 ? domain.get(index) : null;
      if (command instanceof Open c) {
        Instant at = minutesBack(c.back());
        ZoneId zone = c.givenIn().zone(home, at);
        Timing timing =
            switch (c.kind()) {
              case NOW -> Timing.now();
              case MANUAL -> new Timing.Manual(at.atZone(zone), note(c.note()));
              case RECORDED -> new Timing.Recorded(at.atZone(zone));
            };
        Opening opening =
            new Opening(
                newDay,
                TENANT,
                EMPLOYEE,
                home,
                timing,
                WEB,
                c.kind() == TimeKind.MANUAL ? Option.none() : note(c.note()));
        return widen(Workdays.open(opening, Option.of(day), rules, now));
      }
      if (command instanceof Pause c) {
        return widen(
            Workdays.pause(
                day, newBreak, recordedOrNow(c.recorded(), c.back(), day), WEB, rules, now));
      }
      if (command instanceof Resume c) {
        return widen(
            Workdays.resume(day, recordedOrNow(c.recorded(), c.back(), day), WEB, rules, now));
      }
      if (command instanceof Close c) {
        Instant at = minutesBack(c.back());
        Timing timing =
            switch (c.kind()) {
              case NOW -> Timing.now();
              case MANUAL -> new Timing.Manual(at.atZone(home), note(c.note()));
              case RECORDED -> new Timing.Recorded(at.atZone(home));
            };
        Option<Note> note = c.kind() == TimeKind.MANUAL ? Option.none() : note(c.note());
        return widen(Workdays.close(day, new Closing(timing, WEB, note), rules, now));
      }
      if (command instanceof AddBreak c) {
        return widen(
            Workdays.addBreak(
                day, newBreak, interval(day.start().at(), c.offset(), c.length()), WEB, now));
      }
      if (command instanceof EditBreak c) {
        return widen(
            Workdays.editBreak(
                day,
                breakId(model.get(index), c.which()),
                interval(day.start().at(), c.offset(), c.length()),
                REASON,
                now));
      }
      if (command instanceof RemoveBreak c) {
        return widen(
            Workdays.removeBreak(day, breakId(model.get(index), c.which()), Option.some(REASON)));
      }
      if (command instanceof Correct c) {
        Correction correction =
            new Correction(
                c.what() != CorrectWhat.END
                    ? Option.some(plusMinutes(day.start().at(), c.startShift()))
                    : Option.none(),
                c.what() != CorrectWhat.START
                    ? Option.some(
                        plusMinutes(day.end().map(Punch::at).getOrElse(now), c.endShift()))
                    : Option.none(),
                REASON,
                c.pending() ? Approval.PENDING : Approval.APPROVED);
        return widen(Workdays.correct(day, correction, List.ofAll(domain), rules, now));
      }
      if (command instanceof Verify) {
        return widen(Workdays.verify(day, MANAGER, rules, now));
      }
      if (command instanceof Approve) {
        return widen(Workdays.approve(day, MANAGER, now));
      }
      return widen(Workdays.reopen(day, newBreak, rules, now));
    }

    private static Either<WorkdayError, Transition<? extends Workday>> widen(
        Either<WorkdayError, ? extends Transition<? extends Workday>> result) {
      return result.map(t -> t);
    }

    private Timing recordedOrNow(boolean recorded, int back, Workday day) {
      return recorded ? new Timing.Recorded(minutesBack(back).atZone(day.zone())) : Timing.now();
    }

    // -- the model ----------------------------------------------------------------------------

    private Either<WorkdayError, Day> onModel(
        Command command, int index, WorkdayId newDay, BreakId newBreak) {
      Day day = index >= 0 ? model.get(index) : null;
      if (command instanceof Open c) {
        return open(c, day, newDay);
      }
      if (command instanceof Pause c) {
        return pause(day, c.recorded() ? minutesBack(c.back()) : now, newBreak);
      }
      if (command instanceof Resume c) {
        return resume(day, c.recorded() ? minutesBack(c.back()) : now);
      }
      if (command instanceof Close c) {
        return close(c, day);
      }
      if (command instanceof AddBreak c) {
        Span added = span(newBreak, day.start(), c.offset(), c.length());
        return unlocked(day)
            .flatMap(ok -> notInFuture(Action.ADD_BREAK, added.end()))
            .flatMap(ok -> fits(day, added))
            .map(ok -> day.withBreaks(sorted(day.breaks().append(added))));
      }
      if (command instanceof EditBreak c) {
        BreakId id = breakId(day, c.which());
        Span moved = span(id, day.start(), c.offset(), c.length());
        return unlocked(day)
            .flatMap(ok -> finished(day, id))
            .flatMap(ok -> notInFuture(Action.EDIT_BREAK, moved.end()))
            .flatMap(ok -> fits(day, moved))
            .map(
                ok -> day.withBreaks(sorted(day.breaks().map(b -> b.id().equals(id) ? moved : b))));
      }
      if (command instanceof RemoveBreak c) {
        BreakId id = breakId(day, c.which());
        return unlocked(day)
            .flatMap(ok -> finished(day, id))
            .map(removed -> day.withBreaks(day.breaks().remove(removed)));
      }
      if (command instanceof Correct c) {
        return correct(c, day);
      }
      if (command instanceof Verify) {
        if (!day.closed()) {
          return refuse(new IllegalTransition(status(day), Action.VERIFY));
        }
        if (day.verification().isDefined()) {
          return refuse(new AlreadyVerified(day.id(), day.verification().get()));
        }
        return Either.right(
            new Day(
                day.id(),
                day.start(),
                day.zone(),
                day.end(),
                day.endZone(),
                day.breaks(),
                day.running(),
                day.approval(),
                Option.some(new Verification(MANAGER, now))));
      }
      if (command instanceof Approve) {
        return day.approval() != Approval.PENDING
            ? refuse(new NothingToApprove(day.id()))
            : Either.right(withApproval(day, Approval.APPROVED));
      }
      return reopen(day, newBreak);
    }

    private Either<WorkdayError, Day> open(Open c, Day latest, WorkdayId newDay) {
      if (latest != null && !latest.closed()) {
        WorkdayStatus status = status(latest);
        if (status == WorkdayStatus.PAUSED) {
          return c.kind() != TimeKind.NOW
              ? refuse(new TimeNotAllowedWhenContinuing(latest.id()))
              : resume(latest, now);
        }
        return refuse(new IllegalTransition(status, Action.OPEN));
      }
      boolean manual = c.kind() == TimeKind.MANUAL;
      Instant start = c.kind() == TimeKind.NOW ? now : minutesBack(c.back());
      ZoneId zone = c.kind() == TimeKind.NOW ? home : c.givenIn().zone(home, start);
      if (start.isAfter(now)) {
        return refuse(new TimeInFuture(Action.OPEN, start, now));
      }
      LocalDate startDate = LocalDate.ofInstant(start, zone);
      // dialects.md §3: the date of a manual TIME must be today in the employee's zone.
      LocalDate today = LocalDate.ofInstant(now, home);
      if (manual && !startDate.equals(today)) {
        return refuse(new WrongDate(Action.OPEN, startDate, today));
      }
      if (latest != null && start.isBefore(latest.end().get())) {
        return refuse(
            new OverlappingWorkday(latest.id(), new Interval(latest.start(), latest.end().get())));
      }
      LocalTime startTime = LocalTime.ofInstant(start, zone);
      Seq<Deviation> deviations =
          policy.fixed()
              ? policy
                  .latestStart
                  .filter(startTime::isAfter)
                  .<Deviation>map(latestStart -> new Deviation.LateStart(startTime, latestStart))
                  .toList()
              : List.empty();
      if (policy.fixed() && (manual || !deviations.isEmpty()) && !c.note()) {
        return refuse(new ReportNeeded(Action.OPEN, manual, deviations));
      }
      Approval approval = manual && farFromNow(start) ? Approval.PENDING : Approval.APPROVED;
      return Either.right(
          new Day(
              newDay,
              start,
              zone,
              Option.none(),
              Option.none(),
              List.empty(),
              Option.none(),
              approval,
              Option.none()));
    }

    private Either<WorkdayError, Day> pause(Day day, Instant at, BreakId newBreak) {
      WorkdayStatus status = status(day);
      if (day.closed() || day.running().isDefined()) {
        return refuse(new IllegalTransition(status, Action.PAUSE));
      }
      if (status == WorkdayStatus.EXPIRED) {
        return refuse(new IllegalTransition(WorkdayStatus.EXPIRED, Action.PAUSE));
      }
      if (at.isAfter(now)) {
        return refuse(new TimeInFuture(Action.PAUSE, at, now));
      }
      if (at.isBefore(day.lastEvent())) {
        return refuse(new TimeOutOfOrder(Action.PAUSE, at, day.lastEvent()));
      }
      return Either.right(
          new Day(
              day.id(),
              day.start(),
              day.zone(),
              day.end(),
              day.endZone(),
              day.breaks(),
              Option.some(new Span(newBreak, at, at)),
              day.approval(),
              day.verification()));
    }

    private Either<WorkdayError, Day> resume(Day day, Instant at) {
      WorkdayStatus status = status(day);
      if (day.running().isEmpty()) {
        return refuse(new IllegalTransition(status, Action.RESUME));
      }
      if (status == WorkdayStatus.EXPIRED) {
        return refuse(new IllegalTransition(WorkdayStatus.EXPIRED, Action.RESUME));
      }
      if (at.isAfter(now)) {
        return refuse(new TimeInFuture(Action.RESUME, at, now));
      }
      Span running = day.running().get();
      if (at.isBefore(running.start())) {
        return refuse(new TimeOutOfOrder(Action.RESUME, at, running.start()));
      }
      return Either.right(
          new Day(
              day.id(),
              day.start(),
              day.zone(),
              day.end(),
              day.endZone(),
              sorted(day.breaks().append(new Span(running.id(), running.start(), at))),
              Option.none(),
              day.approval(),
              day.verification()));
    }

    private Either<WorkdayError, Day> close(Close c, Day day) {
      if (day.closed()) {
        return refuse(new IllegalTransition(WorkdayStatus.CLOSED, Action.CLOSE));
      }
      if (c.kind() == TimeKind.NOW && status(day) == WorkdayStatus.EXPIRED) {
        return refuse(
            new WorkdayExpired(
                day.id(),
                policy.expiresAt(day.start(), day.zone()),
                policy.suggestedClose(day.start(), day.zone())));
      }
      Instant given = minutesBack(c.back());
      Instant end;
      if (c.kind() == TimeKind.NOW) {
        end = now;
      } else if (c.kind() == TimeKind.RECORDED) {
        end = given;
      } else {
        // dialects.md §3: the date must be the open date; a time not after the start is the next
        // day (a night shift); a next-day time not after the start's time of day is accepted too.
        ZonedDateTime local = given.atZone(day.zone());
        ZonedDateTime started = day.start().atZone(day.zone());
        if (local.toLocalDate().equals(started.toLocalDate())) {
          end = given.isAfter(day.start()) ? given : local.plusDays(1).toInstant();
        } else if (local.toLocalDate().equals(started.toLocalDate().plusDays(1))
            && !local.toLocalTime().isAfter(started.toLocalTime())) {
          end = given;
        } else {
          return refuse(new WrongDate(Action.CLOSE, local.toLocalDate(), started.toLocalDate()));
        }
      }
      if (end.isAfter(now)) {
        return refuse(new TimeInFuture(Action.CLOSE, end, now));
      }
      if (end.isBefore(day.lastEvent())) {
        return refuse(new TimeOutOfOrder(Action.CLOSE, end, day.lastEvent()));
      }
      List<Span> breaks =
          sorted(day.breaks().appendAll(day.running().map(r -> new Span(r.id(), r.start(), end))));
      Duration breakTime =
          breaks.map(b -> Duration.between(b.start(), b.end())).fold(Duration.ZERO, Duration::plus);
      Duration worked = Duration.between(day.start(), end).minus(breakTime);
      Duration net = worked.isNegative() ? Duration.ZERO : worked;
      boolean manual = c.kind() == TimeKind.MANUAL;
      Seq<Deviation> deviations =
          policy.fixed()
              ? policy
                  .minimum
                  .filter(minimum -> net.compareTo(minimum) < 0)
                  .<Deviation>map(minimum -> new Deviation.ShortDay(net, minimum))
                  .toList()
              : List.empty();
      if (policy.fixed() && (manual || !deviations.isEmpty()) && !c.note()) {
        return refuse(new ReportNeeded(Action.CLOSE, manual, deviations));
      }
      Approval approval = manual && farFromNow(end) ? Approval.PENDING : day.approval();
      ZoneId endZone = c.kind() == TimeKind.RECORDED ? home : day.zone();
      return Either.right(
          new Day(
              day.id(),
              day.start(),
              day.zone(),
              Option.some(end),
              Option.some(endZone),
              breaks,
              Option.none(),
              approval,
              Option.none()));
    }

    private Either<WorkdayError, Day> correct(Correct c, Day day) {
      boolean moveStart = c.what() != CorrectWhat.END;
      boolean moveEnd = c.what() != CorrectWhat.START;
      if (moveEnd && !day.closed()) {
        return refuse(new IllegalTransition(status(day), Action.CORRECT));
      }
      Instant start = moveStart ? plusMinutes(day.start(), c.startShift()) : day.start();
      Option<Instant> end = day.end().map(e -> moveEnd ? plusMinutes(e, c.endShift()) : e);
      Instant until = end.getOrElse(now);
      if (day.verification().isDefined()) {
        return refuse(new AlreadyVerified(day.id(), day.verification().get()));
      }
      if (until.isAfter(now)) {
        return refuse(new TimeInFuture(Action.CORRECT, until, now));
      }
      if (start.isAfter(now)) {
        return refuse(new TimeInFuture(Action.CORRECT, start, now));
      }
      if (until.isBefore(start)) {
        return refuse(new EndBeforeStart(start, until));
      }
      Span span = new Span(null, start, until);
      for (Span inside : day.breaks().appendAll(day.runningSoFar(now))) {
        if (!span.encloses(inside)) {
          return refuse(new BreakOutsideDay(inside.interval(), span.interval()));
        }
      }
      for (Day other : model) {
        Span otherSpan = other.span(now);
        if (!other.id().equals(day.id()) && otherSpan.overlaps(start, until)) {
          return refuse(new OverlappingWorkday(other.id(), otherSpan.interval()));
        }
      }
      Approval approval = c.pending() ? Approval.PENDING : Approval.APPROVED;
      return Either.right(
          new Day(
              day.id(),
              start,
              day.zone(),
              end,
              day.endZone(),
              day.breaks(),
              day.running(),
              approval,
              day.verification()));
    }

    private Either<WorkdayError, Day> reopen(Day day, BreakId gapId) {
      if (!day.closed()) {
        return refuse(new IllegalTransition(status(day), Action.REOPEN));
      }
      if (!policy.policy.reopenAllowed()) {
        return refuse(new ReopenNotAllowed(day.id(), ReopenNotAllowed.Reason.POLICY_FORBIDS));
      }
      if (day.verification().isDefined()) {
        return refuse(new AlreadyVerified(day.id(), day.verification().get()));
      }
      if (!LocalDate.ofInstant(now, day.zone())
          .equals(LocalDate.ofInstant(day.start(), day.zone()))) {
        return refuse(new ReopenNotAllowed(day.id(), ReopenNotAllowed.Reason.NOT_TODAY));
      }
      Instant finish = day.end().get();
      if (now.isBefore(finish)) {
        return refuse(new TimeOutOfOrder(Action.REOPEN, now, finish));
      }
      return Either.right(
          new Day(
              day.id(),
              day.start(),
              day.zone(),
              Option.none(),
              Option.none(),
              day.breaks().append(new Span(gapId, finish, now)),
              Option.none(),
              day.approval(),
              Option.none()));
    }

    private Either<WorkdayError, Day> unlocked(Day day) {
      return day.verification().isDefined()
          ? refuse(new AlreadyVerified(day.id(), day.verification().get()))
          : Either.right(day);
    }

    private Either<WorkdayError, Instant> notInFuture(Action action, Instant given) {
      return given.isAfter(now)
          ? Either.left(new TimeInFuture(action, given, now))
          : Either.right(given);
    }

    private static Either<WorkdayError, Span> finished(Day day, BreakId id) {
      return day.breaks().find(b -> b.id().equals(id)).toEither(() -> new BreakNotFound(id));
    }

    /** Inside the day (a running day reaches until now), overlapping no other break. */
    private Either<WorkdayError, Span> fits(Day day, Span candidate) {
      Span span = day.span(now);
      if (!span.encloses(candidate)) {
        return refuse(new BreakOutsideDay(candidate.interval(), span.interval()));
      }
      for (Span other : day.breaks()) {
        if (!other.id().equals(candidate.id())
            && other.overlaps(candidate.start(), candidate.end())) {
          return refuse(new OverlappingBreak(other.id(), other.interval()));
        }
      }
      for (Span running : day.runningSoFar(now)) {
        if (running.overlaps(candidate.start(), candidate.end())) {
          return refuse(new OverlappingBreak(running.id(), running.interval()));
        }
      }
      return Either.right(candidate);
    }

    private WorkdayStatus status(Day day) {
      if (day.closed()) {
        return WorkdayStatus.CLOSED;
      }
      if (!now.isBefore(policy.expiresAt(day.start(), day.zone()))) {
        return WorkdayStatus.EXPIRED;
      }
      return day.running().isDefined() ? WorkdayStatus.PAUSED : WorkdayStatus.OPENED;
    }

    private boolean farFromNow(Instant manualTime) {
      return Duration.between(manualTime, now).abs().compareTo(ALLOWED_DELTA) > 0;
    }

    private static Day withApproval(Day day, Approval approval) {
      return new Day(
          day.id(),
          day.start(),
          day.zone(),
          day.end(),
          day.endZone(),
          day.breaks(),
          day.running(),
          approval,
          day.verification());
    }

    private static List<Span> sorted(List<Span> breaks) {
      return breaks.sortBy(Span::start);
    }

    private static <T> Either<WorkdayError, T> refuse(WorkdayError error) {
      return Either.left(error);
    }

    // -- comparing and checking ---------------------------------------------------------------

    private java.util.List<View> views(java.util.List<Workday> days) {
      java.util.List<View> views = new ArrayList<>();
      for (Workday day : days) {
        views.add(
            new View(
                day.id(),
                day.start().at(),
                day.zone(),
                day.date(),
                day.end().map(Punch::at),
                day.end().map(Punch::zone),
                day.breaks().map(b -> new Span(b.id(), b.start().at(), b.end().at())).toList(),
                day.runningBreak().map(r -> new Span(r.id(), r.start().at(), r.start().at())),
                day.approval(),
                day instanceof ClosedWorkday closed ? closed.verification() : Option.none(),
                day.statusAt(now, policy.policy)));
      }
      return views;
    }

    private java.util.List<View> modelViews() {
      java.util.List<View> views = new ArrayList<>();
      for (Day day : model) {
        views.add(
            new View(
                day.id(),
                day.start(),
                day.zone(),
                LocalDate.ofInstant(day.start(), day.zone()),
                day.end(),
                day.endZone(),
                day.breaks(),
                day.running(),
                day.approval(),
                day.verification(),
                status(day)));
      }
      return views;
    }

    private void assertInvariants(String context) {
      SchedulePolicy rules = policy.policy;
      assertThat(domain.stream().filter(d -> !(d instanceof ClosedWorkday)).count())
          .as(context + ": at most one day not closed")
          .isLessThanOrEqualTo(1);
      for (int i = 0; i < domain.size(); i++) {
        Workday day = domain.get(i);
        String about = context + ", day " + i;
        Interval span = day.spanAt(now);
        Duration elapsed = day.elapsedAt(now);
        Duration breakTime = day.breakTimeAt(now);
        Duration net = day.netWorkedAt(now);
        assertThat(elapsed.isNegative() || breakTime.isNegative() || net.isNegative())
            .as(about + ": no duration is negative")
            .isFalse();
        assertThat(breakTime)
            .as(about + ": breaks fit in the elapsed time")
            .isLessThanOrEqualTo(elapsed);
        assertThat(net.plus(breakTime)).as(about + ": elapsed = net + breaks").isEqualTo(elapsed);
        assertThat(elapsed).as(about + ": elapsed from instants").isEqualTo(span.duration());

        Seq<Interval> breaks = day.breakIntervalsAt(now);
        for (Interval inside : breaks) {
          assertThat(span.encloses(inside))
              .as(about + ": break " + inside + " inside " + span)
              .isTrue();
        }
        for (int a = 0; a < breaks.size(); a++) {
          for (int b = a + 1; b < breaks.size(); b++) {
            assertThat(breaks.get(a).overlaps(breaks.get(b)))
                .as(about + ": breaks " + breaks.get(a) + " and " + breaks.get(b) + " overlap")
                .isFalse();
          }
        }
        for (int b = 1; b < day.breaks().size(); b++) {
          assertThat(day.breaks().get(b).start().at())
              .as(about + ": finished breaks in order")
              .isAfterOrEqualTo(day.breaks().get(b - 1).start().at());
        }
        for (int other = i + 1; other < domain.size(); other++) {
          assertThat(span.overlaps(domain.get(other).spanAt(now)))
              .as(about + ": overlaps day " + other)
              .isFalse();
        }
        boolean expired =
            !(day instanceof ClosedWorkday) && !now.isBefore(rules.expiresAt(day.start()));
        assertThat(day.statusAt(now, rules) == WorkdayStatus.EXPIRED)
            .as(about + ": EXPIRED exactly when not closed and past policy.expiresAt")
            .isEqualTo(expired);
      }
    }

    // -- times --------------------------------------------------------------------------------

    private Instant minutesBack(int minutes) {
      return now.minus(Duration.ofMinutes(minutes));
    }

    private static Instant plusMinutes(Instant instant, int minutes) {
      return instant.plus(Duration.ofMinutes(minutes));
    }

    private static Interval interval(Instant dayStart, int offset, int length) {
      Instant start = plusMinutes(dayStart, offset);
      return new Interval(start, plusMinutes(start, length));
    }

    private static Span span(BreakId id, Instant dayStart, int offset, int length) {
      Interval interval = interval(dayStart, offset, length);
      return new Span(id, interval.start(), interval.end());
    }

    private static BreakId breakId(Day day, int which) {
      if (which < 0) {
        return day.running().map(Span::id).getOrElse(UNKNOWN_BREAK);
      }
      return which < day.breaks().size() ? day.breaks().get(which).id() : UNKNOWN_BREAK;
    }

    private static Option<Note> note(boolean given) {
      return given ? Option.some(REASON) : Option.none();
    }
  }
}
