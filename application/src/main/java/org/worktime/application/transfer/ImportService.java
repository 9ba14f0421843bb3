package org.worktime.application.transfer;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import org.worktime.application.Access;
import org.worktime.application.Actor;
import org.worktime.application.Journal;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.application.port.AuditEntry;
import org.worktime.application.port.Snapshot;
import org.worktime.application.port.TimerStore;
import org.worktime.application.port.Transactions;
import org.worktime.application.port.WorkdayStore;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.Id;
import org.worktime.domain.id.IdGenerator;
import org.worktime.domain.id.TimerId;
import org.worktime.domain.id.WorkdayId;
import org.worktime.domain.time.Interval;
import org.worktime.domain.time.Punch;
import org.worktime.domain.timer.RunningTimer;
import org.worktime.domain.timer.StoppedTimer;
import org.worktime.domain.timer.TaskTimer;
import org.worktime.domain.timer.TimerError;
import org.worktime.domain.workday.Break;
import org.worktime.domain.workday.RunningBreak;
import org.worktime.domain.workday.Workday;
import org.worktime.domain.workday.WorkdayError;

/**
 * Imports whole days and timers, each in one transaction: a retried key answers that the record is
 * already present; the domain rebuilds the record and checks its own rules; the store's days or
 * timers of that person that share its time decide whether it is already there or overlapping; then
 * it is stored and audited ({@code IMPORT_DAY}, {@code IMPORT_TIMER}).
 */
public final class ImportService implements ImportUseCase {

  /**
   * How far before a timer's start the owner's timers are compared with it. Timers are found by
   * their start, so an older timer running into this one is only seen when it started within this
   * time (or still runs); a task timer longer than a day is not expected.
   */
  static final Duration TIMER_LOOKBACK = Duration.ofDays(1);

  /**
   * How far before a day's start the person's days are compared with it. A bounded range keeps
   * importing a long history linear: asking for every day that touches the new one, or for the
   * latest day, reads all of a person's older days each time on H2. A day that started longer
   * before and still runs is not seen; no workday lasts a week.
   */
  static final Duration DAY_LOOKBACK = Duration.ofDays(7);

  private final WorkdayStore workdays;
  private final TimerStore timers;
  private final Journal journal;
  private final Transactions transactions;
  private final Access access;
  private final Clock clock;
  private final IdGenerator ids;

  public ImportService(
      WorkdayStore workdays,
      TimerStore timers,
      Journal journal,
      Transactions transactions,
      Access access,
      Clock clock,
      IdGenerator ids) {
    this.workdays = workdays;
    this.timers = timers;
    this.journal = journal;
    this.transactions = transactions;
    this.access = access;
    this.clock = clock;
    this.ids = ids;
  }

  @Override
  public Either<Refusal, Imported> importDay(DayCommand command) {
    Request request = command.request();
    String fingerprint = "IMPORT_DAY " + List.of(command.employee(), command.day());
    return transactions.inTransaction(
        () ->
            subject(request.actor(), command.employee(), "import the workdays of")
                .flatMap(
                    employee ->
                        journal
                            .replayed(request, fingerprint)
                            .map(first -> first.map(entry -> Imported.ALREADY_PRESENT))
                            .getOrElse(
                                () -> newDay(command, employee, fingerprint, clock.instant()))));
  }

  @Override
  public Either<Refusal, Imported> importTimer(TimerCommand command) {
    Request request = command.request();
    String fingerprint = "IMPORT_TIMER " + List.of(command.owner(), command.timer());
    return transactions.inTransaction(
        () ->
            subject(request.actor(), command.owner(), "import the timers of")
                .flatMap(
                    owner ->
                        journal
                            .replayed(request, fingerprint)
                            .map(first -> first.map(entry -> Imported.ALREADY_PRESENT))
                            .getOrElse(
                                () -> newTimer(command, owner, fingerprint, clock.instant()))));
  }

  private Either<Refusal, Employee> subject(Actor actor, EmployeeId id, String action) {
    return access.find(actor, id).flatMap(found -> access.mayActOn(actor, found, action));
  }

  private Either<Refusal, Imported> newDay(
      DayCommand command, Employee employee, String fingerprint, Instant now) {
    return command
        .day()
        .rebuild(WorkdayId.of(ids.next()), employee.tenant(), employee.id(), ids, now)
        .<Refusal>mapLeft(Refusal.WorkdayRefused::new)
        .flatMap(
            day -> {
              Interval span = day.spanAt(now);
              Seq<Workday> near = daysNear(employee, span);
              if (near.exists(other -> sameTimes(other, day))) {
                return Either.right(Imported.ALREADY_PRESENT);
              }
              Option<Workday> clash = near.find(other -> shareTime(other.spanAt(now), span));
              if (clash.isDefined()) {
                return Either.left(
                    new Refusal.WorkdayRefused(
                        new WorkdayError.OverlappingWorkday(
                            clash.get().id(), clash.get().spanAt(now))));
              }
              return created(
                  workdays.insert(day),
                  command.request(),
                  fingerprint,
                  entry(
                      command.request(),
                      "IMPORT_DAY",
                      day.id().value(),
                      new Snapshot.OfWorkday(day),
                      now));
            });
  }

  private Either<Refusal, Imported> newTimer(
      TimerCommand command, Employee owner, String fingerprint, Instant now) {
    return command
        .timer()
        .rebuild(TimerId.of(ids.next()), owner.tenant(), owner.id(), now)
        .<Refusal>mapLeft(Refusal.TimerRefused::new)
        .flatMap(
            timer -> {
              Interval span = intervalOf(timer, now);
              Seq<TaskTimer> near = timersNear(owner, span, now);
              if (near.exists(other -> sameTimer(other, timer))) {
                return Either.right(Imported.ALREADY_PRESENT);
              }
              Option<TaskTimer> clash =
                  near.find(other -> shareTime(intervalOf(other, now), span))
                      .orElse(
                          () ->
                              timer instanceof RunningTimer
                                  ? timers
                                      .runningOf(owner.tenant(), owner.id())
                                      .map(running -> (TaskTimer) running.value())
                                  : Option.none());
              if (clash.isDefined()) {
                return Either.left(
                    new Refusal.TimerRefused(
                        new TimerError.OverlappingTimer(
                            clash.get().id(), intervalOf(clash.get(), now))));
              }
              return created(
                  timers.insert(timer),
                  command.request(),
                  fingerprint,
                  entry(
                      command.request(),
                      "IMPORT_TIMER",
                      timer.id().value(),
                      new Snapshot.OfTimer(timer),
                      now));
            });
  }

  /** An insert the store took, journalled with its audit entry under the record's fingerprint. */
  private Either<Refusal, Imported> created(
      Either<Refusal.Conflict, Long> inserted,
      Request request,
      String fingerprint,
      AuditEntry entry) {
    return inserted
        .<Refusal>mapLeft(conflict -> conflict)
        .flatMap(version -> journal.record(request, fingerprint, entry))
        .map(recorded -> Imported.CREATED);
  }

  /** The person's days that started within the lookback before this one, or during it. */
  private Seq<Workday> daysNear(Employee employee, Interval span) {
    java.util.List<Workday> found = new ArrayList<>();
    workdays.forEachStartedBetween(
        employee.tenant(),
        Option.some(employee.id()),
        span.start().minus(DAY_LOOKBACK),
        atLeastAfter(span),
        found::add);
    return List.ofAll(found);
  }

  /** The owner's timers that started within the lookback before this one, or during it. */
  private Seq<TaskTimer> timersNear(Employee owner, Interval span, Instant now) {
    java.util.List<TaskTimer> found = new ArrayList<>();
    timers.forEachStartedBetween(
        owner.tenant(),
        Option.some(owner.id()),
        span.start().minus(TIMER_LOOKBACK),
        atLeastAfter(span),
        found::add);
    return List.ofAll(found);
  }

  /** A range query's end that still finds what starts at an empty interval's start. */
  private static Instant atLeastAfter(Interval span) {
    return span.isEmpty() ? span.end().plusNanos(1) : span.end();
  }

  /** Two stretches share time, or both are empty or begin at the same instant. */
  private static boolean shareTime(Interval one, Interval other) {
    return one.overlaps(other)
        || one.start().equals(other.start())
        || (one.isEmpty() && other.contains(one.start()))
        || (other.isEmpty() && one.contains(other.start()));
  }

  private static boolean sameTimes(Workday one, Workday other) {
    return one.start().at().equals(other.start().at())
        && one.end().map(Punch::at).equals(other.end().map(Punch::at))
        && one.breaks().map(Break::interval).equals(other.breaks().map(Break::interval))
        && one.runningBreak()
            .map(running -> running.start().at())
            .equals(other.runningBreak().map(RunningBreak::start).map(Punch::at));
  }

  private static boolean sameTimer(TaskTimer one, TaskTimer other) {
    return one.start().at().equals(other.start().at())
        && endOf(one).equals(endOf(other))
        && one.details().equals(other.details());
  }

  private static Option<Instant> endOf(TaskTimer timer) {
    return timer instanceof StoppedTimer stopped ? Option.some(stopped.end().at()) : Option.none();
  }

  private static Interval intervalOf(TaskTimer timer, Instant now) {
    return timer.fold(
        running ->
            new Interval(running.start().at(), running.start().at().plus(running.elapsed(now))),
        StoppedTimer::interval);
  }

  private AuditEntry entry(
      Request request, String action, Id subject, Snapshot after, Instant now) {
    return new AuditEntry(
        ids.next(),
        request.actor().tenant(),
        subject,
        request.actor().employee(),
        now,
        action,
        Option.none(),
        Option.some(after),
        Option.none(),
        request.channel(),
        request.address());
  }
}
