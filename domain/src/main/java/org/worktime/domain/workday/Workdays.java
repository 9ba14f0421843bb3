package org.worktime.domain.workday;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import org.worktime.domain.id.BreakId;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.WorkdayId;
import org.worktime.domain.place.Origin;
import org.worktime.domain.policy.SchedulePolicy;
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
import org.worktime.domain.workday.WorkdayError.TimeNotAllowedWhenContinuing;
import org.worktime.domain.workday.WorkdayError.WrongDate;
import org.worktime.domain.workday.WorkdayEvent.BreakAdded;
import org.worktime.domain.workday.WorkdayEvent.BreakCorrected;
import org.worktime.domain.workday.WorkdayEvent.BreakRemoved;
import org.worktime.domain.workday.WorkdayEvent.WorkdayApproved;
import org.worktime.domain.workday.WorkdayEvent.WorkdayClosed;
import org.worktime.domain.workday.WorkdayEvent.WorkdayCorrected;
import org.worktime.domain.workday.WorkdayEvent.WorkdayOpened;

/**
 * Every workday action on a day of any state: the typed methods of the states where the action is
 * legal, {@link WorkdayError.IllegalTransition} where it is not. Edits that every state allows
 * (breaks, corrections, approval) live here. Nothing reads a clock: {@code now} is always given.
 */
public final class Workdays {

  private Workdays() {}

  /**
   * Opens a day, or continues the employee's paused one (Bitrix {@code timeman.open}).
   *
   * @param latest the employee's most recent day, if any
   */
  public static Either<WorkdayError, Transition<OpenedWorkday>> open(
      Opening opening, Option<Workday> latest, SchedulePolicy policy, Instant now) {
    if (latest.isDefined() && !(latest.get() instanceof ClosedWorkday)) {
      Workday running = latest.get();
      WorkdayStatus status = running.statusAt(now, policy);
      if (running instanceof PausedWorkday paused && status == WorkdayStatus.PAUSED) {
        return opening.timing() instanceof Timing.Now
            ? paused.resume(Punch.live(now, paused.zone(), opening.origin()), policy, now)
            : Either.left(new TimeNotAllowedWhenContinuing(paused.id()));
      }
      return Either.left(new IllegalTransition(status, Action.OPEN));
    }
    Timing timing = opening.timing();
    Punch start = Rules.punch(timing, opening.homeZone(), opening.origin(), opening.note(), now);
    return Rules.notInFuture(Action.OPEN, start.at(), now)
        .flatMap(ok -> openingDate(timing, start, opening.homeZone(), now))
        .flatMap(ok -> notOverlapping(start.at(), latest))
        .flatMap(
            ok ->
                Rules.reportWhereRequired(
                    Action.OPEN, timing, opening.note(), policy.deviationsOfStart(start), policy))
        .map(
            report -> {
              Approval approval =
                  timing.isManual() && policy.needsApproval(start.at(), now)
                      ? Approval.PENDING
                      : Approval.APPROVED;
              Punch started = start.withNote(report);
              OpenedWorkday day =
                  new OpenedWorkday(
                      opening.id(),
                      opening.tenant(),
                      opening.employee(),
                      started,
                      List.empty(),
                      approval);
              return Transition.of(
                  day, new WorkdayOpened(opening.id(), opening.employee(), started, approval));
            });
  }

  public static Either<WorkdayError, Transition<PausedWorkday>> pause(
      Workday day,
      BreakId breakId,
      Timing timing,
      Origin origin,
      SchedulePolicy policy,
      Instant now) {
    return day instanceof OpenedWorkday opened
        ? opened.pause(
            breakId, Rules.punch(timing, day.zone(), origin, Option.none(), now), policy, now)
        : Either.left(new IllegalTransition(day.statusAt(now, policy), Action.PAUSE));
  }

  public static Either<WorkdayError, Transition<OpenedWorkday>> resume(
      Workday day, Timing timing, Origin origin, SchedulePolicy policy, Instant now) {
    return day instanceof PausedWorkday paused
        ? paused.resume(Rules.punch(timing, day.zone(), origin, Option.none(), now), policy, now)
        : Either.left(new IllegalTransition(day.statusAt(now, policy), Action.RESUME));
  }

  public static Either<WorkdayError, Transition<ClosedWorkday>> close(
      Workday day, Closing closing, SchedulePolicy policy, Instant now) {
    if (day instanceof OpenedWorkday opened) {
      return opened.close(closing, policy, now);
    }
    if (day instanceof PausedWorkday paused) {
      return paused.close(closing, policy, now);
    }
    return Either.left(new IllegalTransition(WorkdayStatus.CLOSED, Action.CLOSE));
  }

  public static Either<WorkdayError, Transition<ClosedWorkday>> verify(
      Workday day, EmployeeId by, SchedulePolicy policy, Instant now) {
    return day instanceof ClosedWorkday closed
        ? closed.verify(by, now)
        : Either.left(new IllegalTransition(day.statusAt(now, policy), Action.VERIFY));
  }

  public static Either<WorkdayError, Transition<OpenedWorkday>> reopen(
      Workday day, BreakId gapId, SchedulePolicy policy, Instant now) {
    return day instanceof ClosedWorkday closed
        ? closed.reopen(gapId, policy, now)
        : Either.left(new IllegalTransition(day.statusAt(now, policy), Action.REOPEN));
  }

  /** Confirms a pending edit (Bitrix {@code ACTIVE: false} to {@code true}). */
  public static Either<WorkdayError, Transition<Workday>> approve(
      Workday day, EmployeeId by, Instant now) {
    if (day.approval() != Approval.PENDING) {
      return Either.left(new NothingToApprove(day.id()));
    }
    return Either.right(
        Transition.of(
            withApproval(day, Approval.APPROVED), new WorkdayApproved(day.id(), by, now)));
  }

  /**
   * Adds a finished break with explicit ends: inside the day (a running day reaches until now), not
   * after now, overlapping no other break, the running one included.
   */
  public static Either<WorkdayError, Transition<Workday>> addBreak(
      Workday day, BreakId breakId, Interval interval, Origin origin, Instant now) {
    return unlocked(day)
        .flatMap(ok -> Rules.notInFuture(Action.ADD_BREAK, interval.end(), now))
        .flatMap(ok -> fitsInDay(day, interval, Option.none(), now))
        .map(
            ok -> {
              Break added =
                  new Break(
                      breakId,
                      Punch.live(interval.start(), day.zone(), origin).withSentAt(now),
                      Punch.live(interval.end(), day.zone(), origin).withSentAt(now));
              return Transition.of(
                  withBreaks(day, sorted(day.breaks().append(added))),
                  new BreakAdded(day.id(), added));
            });
  }

  /** Moves a finished break, with a reason; the same rules as adding one hold. */
  public static Either<WorkdayError, Transition<Workday>> editBreak(
      Workday day, BreakId breakId, Interval interval, Note reason, Instant now) {
    return unlocked(day)
        .flatMap(ok -> finishedBreak(day, breakId))
        .flatMap(
            before ->
                Rules.notInFuture(Action.EDIT_BREAK, interval.end(), now)
                    .flatMap(ok -> fitsInDay(day, interval, Option.some(breakId), now))
                    .map(
                        ok -> {
                          Break after =
                              new Break(
                                  breakId,
                                  before.start().withAt(interval.start()),
                                  before.end().withAt(interval.end()));
                          Seq<Break> breaks =
                              sorted(day.breaks().map(b -> b.id().equals(breakId) ? after : b));
                          return Transition.of(
                              withBreaks(day, breaks),
                              new BreakCorrected(day.id(), before, after, reason));
                        }));
  }

  public static Either<WorkdayError, Transition<Workday>> removeBreak(
      Workday day, BreakId breakId, Option<Note> reason) {
    return unlocked(day)
        .flatMap(ok -> finishedBreak(day, breakId))
        .map(
            removed ->
                Transition.of(
                    withBreaks(day, day.breaks().remove(removed)),
                    new BreakRemoved(day.id(), removed, reason)));
  }

  /**
   * Corrects the start and/or the end (a closed day's only) by hand, with a reason: the result
   * still starts before it ends, lies in the past, holds every break, and overlaps none of the
   * employee's other days.
   */
  public static Either<WorkdayError, Transition<Workday>> correct(
      Workday day,
      Correction correction,
      Seq<Workday> otherDays,
      SchedulePolicy policy,
      Instant now) {
    if (correction.newEnd().isDefined() && !(day instanceof ClosedWorkday)) {
      return Either.left(new IllegalTransition(day.statusAt(now, policy), Action.CORRECT));
    }
    Punch start = correction.newStart().map(day.start()::withAt).getOrElse(day.start());
    Option<Punch> end = day.end().map(e -> correction.newEnd().map(e::withAt).getOrElse(e));
    Instant until = end.map(Punch::at).getOrElse(now);
    return unlocked(day)
        .flatMap(ok -> Rules.notInFuture(Action.CORRECT, until, now))
        .flatMap(ok -> Rules.notInFuture(Action.CORRECT, start.at(), now))
        .flatMap(
            ok ->
                until.isBefore(start.at())
                    ? Either.<WorkdayError, Interval>left(new EndBeforeStart(start.at(), until))
                    : Either.<WorkdayError, Interval>right(new Interval(start.at(), until)))
        .flatMap(span -> holdsEveryBreak(day, span, now))
        .flatMap(span -> overlapsNoOtherDay(day.id(), span, otherDays, now))
        .map(
            span -> {
              Workday corrected = withTimes(day, start, end, correction.approval());
              return Transition.of(
                  corrected,
                  new WorkdayCorrected(
                      day.id(),
                      day.start(),
                      start,
                      day.end(),
                      end,
                      correction.reason(),
                      correction.approval()));
            });
  }

  /**
   * Records a finished day at once (Staffomatic's {@code POST /work_timers.json} with {@code
   * starts_at} and {@code ends_at}), by the rules of an open and a close with the same timings:
   * both times in the past, the end not before the start and on the start's date or, for a night
   * shift, the next day; a report where the policy needs one for the start or the end; approval
   * pending where a manual time lies further from now than the policy allows. Unlike an open, the
   * day may lie on an earlier date than today, since recording past work is the point; it may so
   * fall between the employee's other days, and must overlap none of them.
   *
   * @param otherDays the employee's days that the recorded span could touch
   */
  public static Either<WorkdayError, Transition<ClosedWorkday>> record(
      Opening opening,
      Closing closing,
      Seq<Workday> otherDays,
      SchedulePolicy policy,
      Instant now) {
    Punch start =
        Rules.punch(opening.timing(), opening.homeZone(), opening.origin(), opening.note(), now);
    Instant end = closing.timing().instant(now);
    return Rules.notInFuture(Action.RECORD, start.at(), now)
        .flatMap(ok -> Rules.notInFuture(Action.RECORD, end, now))
        .flatMap(
            ok ->
                end.isBefore(start.at())
                    ? Either.<WorkdayError, Interval>left(new EndBeforeStart(start.at(), end))
                    : Either.<WorkdayError, Interval>right(new Interval(start.at(), end)))
        .flatMap(span -> endsOnItsDay(start, span))
        .flatMap(span -> overlapsNoOtherDay(opening.id(), span, otherDays, now))
        .flatMap(
            span ->
                Rules.reportWhereRequired(
                    Action.OPEN,
                    opening.timing(),
                    opening.note(),
                    policy.deviationsOfStart(start),
                    policy))
        .flatMap(
            startReport ->
                Rules.reportWhereRequired(
                        Action.CLOSE,
                        closing.timing(),
                        closing.note(),
                        policy.deviationsOfClose(start, end, Duration.between(start.at(), end)),
                        policy)
                    .map(
                        endReport -> {
                          Approval approval =
                              (opening.timing().isManual() && policy.needsApproval(start.at(), now))
                                      || (closing.timing().isManual()
                                          && policy.needsApproval(end, now))
                                  ? Approval.PENDING
                                  : Approval.APPROVED;
                          Punch started = start.withNote(startReport);
                          Punch finish =
                              new Punch(
                                  end,
                                  closing.timing() instanceof Timing.Recorded
                                      ? closing.timing().zoneOr(start.zone())
                                      : start.zone(),
                                  now,
                                  closing.origin(),
                                  endReport);
                          ClosedWorkday day =
                              new ClosedWorkday(
                                  opening.id(),
                                  opening.tenant(),
                                  opening.employee(),
                                  started,
                                  List.empty(),
                                  finish,
                                  approval,
                                  Option.none());
                          return new Transition<>(
                              day,
                              List.of(
                                  new WorkdayOpened(
                                      opening.id(), opening.employee(), started, approval),
                                  new WorkdayClosed(opening.id(), finish, approval)));
                        }));
  }

  /**
   * As for a manual close: the end falls on the start's date in the day's zone, or on the next date
   * no later than the start's time of day (a night shift).
   */
  private static Either<WorkdayError, Interval> endsOnItsDay(Punch start, Interval span) {
    LocalDate startDate = start.localDate();
    ZonedDateTime end = span.end().atZone(start.zone());
    boolean nightShift =
        end.toLocalDate().equals(startDate.plusDays(1))
            && !end.toLocalTime().isAfter(start.local().toLocalTime());
    return end.toLocalDate().equals(startDate) || nightShift
        ? Either.right(span)
        : Either.left(new WrongDate(Action.RECORD, end.toLocalDate(), startDate));
  }

  /**
   * A manual start must fall on today in the employee's own zone (Bitrix: "the date should match
   * the current calendar date"); the start's date is read in the zone it was given in.
   */
  private static Either<WorkdayError, Instant> openingDate(
      Timing timing, Punch start, ZoneId homeZone, Instant now) {
    if (!timing.isManual()) {
      return Either.right(start.at());
    }
    LocalDate today = now.atZone(homeZone).toLocalDate();
    return start.localDate().equals(today)
        ? Either.right(start.at())
        : Either.left(new WrongDate(Action.OPEN, start.localDate(), today));
  }

  /** A new day starts no earlier than the employee's latest day ended. */
  private static Either<WorkdayError, Instant> notOverlapping(
      Instant start, Option<Workday> latest) {
    for (Workday previous : latest) {
      Instant previousEnd = previous.end().map(Punch::at).getOrElse(previous.start().at());
      if (start.isBefore(previousEnd)) {
        return Either.left(
            new OverlappingWorkday(
                previous.id(), new Interval(previous.start().at(), previousEnd)));
      }
    }
    return Either.right(start);
  }

  private static Either<WorkdayError, Workday> unlocked(Workday day) {
    if (day instanceof ClosedWorkday closed && closed.verification().isDefined()) {
      return Either.left(new AlreadyVerified(day.id(), closed.verification().get()));
    }
    return Either.right(day);
  }

  private static Either<WorkdayError, Break> finishedBreak(Workday day, BreakId breakId) {
    return day.breaks()
        .find(b -> b.id().equals(breakId))
        .toEither(() -> new BreakNotFound(breakId));
  }

  private static Either<WorkdayError, Interval> fitsInDay(
      Workday day, Interval interval, Option<BreakId> replacing, Instant now) {
    Interval span = day.spanAt(now);
    if (!span.encloses(interval)) {
      return Either.left(new BreakOutsideDay(interval, span));
    }
    for (Break other : day.breaks()) {
      if (!replacing.contains(other.id()) && other.interval().overlaps(interval)) {
        return Either.left(new OverlappingBreak(other.id(), other.interval()));
      }
    }
    for (RunningBreak running : day.runningBreak()) {
      Interval sofar = running.intervalAt(now);
      if (sofar.overlaps(interval)) {
        return Either.left(new OverlappingBreak(running.id(), sofar));
      }
    }
    return Either.right(interval);
  }

  private static Either<WorkdayError, Interval> holdsEveryBreak(
      Workday day, Interval span, Instant now) {
    for (Interval inside : day.breakIntervalsAt(now)) {
      if (!span.encloses(inside)) {
        return Either.left(new BreakOutsideDay(inside, span));
      }
    }
    return Either.right(span);
  }

  private static Either<WorkdayError, Interval> overlapsNoOtherDay(
      WorkdayId day, Interval span, Seq<Workday> otherDays, Instant now) {
    for (Workday other : otherDays) {
      if (!other.id().equals(day) && other.spanAt(now).overlaps(span)) {
        return Either.left(new OverlappingWorkday(other.id(), other.spanAt(now)));
      }
    }
    return Either.right(span);
  }

  private static Seq<Break> sorted(Seq<Break> breaks) {
    return breaks.sorted(Comparator.comparing((Break b) -> b.start().at()));
  }

  private static Workday withBreaks(Workday day, Seq<Break> breaks) {
    if (day instanceof OpenedWorkday opened) {
      return opened.withBreaks(breaks);
    }
    if (day instanceof PausedWorkday paused) {
      return paused.withBreaks(breaks);
    }
    return ((ClosedWorkday) day).withBreaks(breaks);
  }

  private static Workday withApproval(Workday day, Approval approval) {
    return withTimes(day, day.start(), day.end(), approval);
  }

  private static Workday withTimes(Workday day, Punch start, Option<Punch> end, Approval approval) {
    if (day instanceof OpenedWorkday o) {
      return new OpenedWorkday(o.id(), o.tenant(), o.employee(), start, o.breaks(), approval);
    }
    if (day instanceof PausedWorkday p) {
      return new PausedWorkday(
          p.id(), p.tenant(), p.employee(), start, p.breaks(), p.running(), approval);
    }
    ClosedWorkday c = (ClosedWorkday) day;
    return new ClosedWorkday(
        c.id(), c.tenant(), c.employee(), start, c.breaks(), end.get(), approval, c.verification());
  }
}
