package org.worktime.domain.workday;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.worktime.domain.id.BreakId;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.IdGenerator;
import org.worktime.domain.id.TenantId;
import org.worktime.domain.id.WorkdayId;
import org.worktime.domain.time.Interval;
import org.worktime.domain.time.Punch;
import org.worktime.domain.workday.WorkdayError.BreakOutsideDay;
import org.worktime.domain.workday.WorkdayError.EndBeforeStart;
import org.worktime.domain.workday.WorkdayError.OverlappingBreak;

/**
 * A whole workday recorded elsewhere (another tool's export, a backup of this store) that is
 * brought in at once: its start, its finished breaks, a running break perhaps, and its end unless
 * it still runs. {@link #rebuild} checks what the live actions would have checked one by one: the
 * times lie in the past and in order, every break inside the day and apart from the others. Whether
 * it overlaps the employee's other days is the caller's to check, since only the store knows them.
 *
 * <p>The finished breaks' punches share the start's zone, origin and sending time; only the start
 * and the end carry notes.
 */
public record RecordedWorkday(
    Punch start,
    Seq<Interval> breaks,
    Option<Punch> runningBreak,
    Option<Punch> end,
    Approval approval) {

  public RecordedWorkday {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(breaks, "breaks");
    Objects.requireNonNull(runningBreak, "runningBreak");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(approval, "approval");
    if (runningBreak.isDefined() && end.isDefined()) {
      throw new IllegalArgumentException("a finished day has no running break");
    }
  }

  /**
   * The day in the state its record describes (closed, paused or opened), or the first rule it
   * breaks.
   */
  public Either<WorkdayError, Workday> rebuild(
      WorkdayId id, TenantId tenant, EmployeeId employee, IdGenerator ids, Instant now) {
    Seq<Break> finished =
        breaks
            .sortBy(Interval::start)
            .map(
                interval ->
                    new Break(
                        BreakId.of(ids.next()),
                        start.withAt(interval.start()).withNote(Option.none()),
                        start.withAt(interval.end()).withNote(Option.none())));
    return Rules.notInFuture(Action.OPEN, start.at(), now)
        .flatMap(ok -> endInOrder(now))
        .flatMap(span -> breaksInside(finished, span))
        .flatMap(span -> runningBreakInOrder(finished, ids, now))
        .map(running -> state(id, tenant, employee, finished, running));
  }

  /** The day's span: up to its end, or up to now while it runs. */
  private Either<WorkdayError, Interval> endInOrder(Instant now) {
    if (end.isEmpty()) {
      return Either.right(new Interval(start.at(), now));
    }
    Instant until = end.get().at();
    return Rules.notInFuture(Action.CLOSE, until, now)
        .flatMap(
            ok ->
                until.isBefore(start.at())
                    ? Either.<WorkdayError, Interval>left(new EndBeforeStart(start.at(), until))
                    : Either.<WorkdayError, Interval>right(new Interval(start.at(), until)));
  }

  private static Either<WorkdayError, Interval> breaksInside(Seq<Break> finished, Interval span) {
    Option<Break> previous = Option.none();
    for (Break next : finished) {
      if (!span.encloses(next.interval())) {
        return Either.left(new BreakOutsideDay(next.interval(), span));
      }
      for (Break before : previous) {
        if (before.interval().overlaps(next.interval())) {
          return Either.left(new OverlappingBreak(before.id(), before.interval()));
        }
      }
      previous = Option.some(next);
    }
    return Either.right(span);
  }

  private Either<WorkdayError, Option<RunningBreak>> runningBreakInOrder(
      Seq<Break> finished, IdGenerator ids, Instant now) {
    if (runningBreak.isEmpty()) {
      return Either.right(Option.none());
    }
    Punch begun = runningBreak.get();
    Instant earliest =
        finished.map(done -> done.end().at()).append(start.at()).max().getOrElse(start.at());
    return Rules.notInFuture(Action.PAUSE, begun.at(), now)
        .flatMap(ok -> Rules.notBefore(Action.PAUSE, begun.at(), earliest))
        .map(ok -> Option.some(new RunningBreak(BreakId.of(ids.next()), begun)));
  }

  private Workday state(
      WorkdayId id,
      TenantId tenant,
      EmployeeId employee,
      Seq<Break> finished,
      Option<RunningBreak> running) {
    List<Break> inOrder = finished.toList();
    if (end.isDefined()) {
      return new ClosedWorkday(
          id, tenant, employee, start, inOrder, end.get(), approval, Option.none());
    }
    return running
        .<Workday>map(
            onBreak -> new PausedWorkday(id, tenant, employee, start, inOrder, onBreak, approval))
        .getOrElse(() -> new OpenedWorkday(id, tenant, employee, start, inOrder, approval));
  }
}
