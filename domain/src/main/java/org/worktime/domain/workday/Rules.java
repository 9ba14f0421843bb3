package org.worktime.domain.workday;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.worktime.domain.place.Origin;
import org.worktime.domain.policy.Deviation;
import org.worktime.domain.policy.SchedulePolicy;
import org.worktime.domain.text.Note;
import org.worktime.domain.time.Punch;
import org.worktime.domain.workday.WorkdayError.IllegalTransition;
import org.worktime.domain.workday.WorkdayError.ReportNeeded;
import org.worktime.domain.workday.WorkdayError.TimeInFuture;
import org.worktime.domain.workday.WorkdayError.TimeOutOfOrder;
import org.worktime.domain.workday.WorkdayError.WorkdayExpired;
import org.worktime.domain.workday.WorkdayError.WrongDate;
import org.worktime.domain.workday.WorkdayEvent.BreakEnded;
import org.worktime.domain.workday.WorkdayEvent.WorkdayClosed;

/** The checks that several states share, and closing, which two states share. */
final class Rules {

  private Rules() {}

  static Either<WorkdayError, Instant> notExpired(
      Workday day, Action action, SchedulePolicy policy, Instant now) {
    return day.statusAt(now, policy) == WorkdayStatus.EXPIRED
        ? Either.left(new IllegalTransition(WorkdayStatus.EXPIRED, action))
        : Either.right(now);
  }

  static Either<WorkdayError, Instant> notInFuture(Action action, Instant given, Instant now) {
    return given.isAfter(now)
        ? Either.left(new TimeInFuture(action, given, now))
        : Either.right(given);
  }

  static Either<WorkdayError, Instant> notBefore(Action action, Instant given, Instant earliest) {
    return given.isBefore(earliest)
        ? Either.left(new TimeOutOfOrder(action, given, earliest))
        : Either.right(given);
  }

  /** The latest thing that already happened in a day: its start, a break's end, a running break. */
  static Instant lastEvent(Workday day) {
    Instant last = day.start().at();
    for (Break done : day.breaks()) {
      if (done.end().at().isAfter(last)) {
        last = done.end().at();
      }
    }
    Instant running = day.runningBreak().map(r -> r.start().at()).getOrElse(last);
    return running.isAfter(last) ? running : last;
  }

  /**
   * Finished breaks in the order they happened, by start (ties keep their order): a zero-length
   * break added while a break runs may start after the running one.
   */
  static Seq<Break> inOrder(Seq<Break> breaks) {
    return breaks.sortBy(done -> done.start().at());
  }

  /** The punch a timing makes: its time and zone (or now and the fallback zone), sent now. */
  static Punch punch(
      Timing timing, ZoneId fallbackZone, Origin origin, Option<Note> note, Instant now) {
    return new Punch(
        timing.instant(now),
        timing.zoneOr(fallbackZone),
        now,
        origin,
        timing.report().orElse(note));
  }

  static Either<WorkdayError, Option<Note>> reportWhereRequired(
      Action action,
      Timing timing,
      Option<Note> note,
      Seq<Deviation> deviations,
      SchedulePolicy policy) {
    Option<Note> report = timing.report().orElse(note);
    return policy.reportRequired(timing.isManual(), deviations) && report.isEmpty()
        ? Either.left(new ReportNeeded(action, timing.isManual(), deviations))
        : Either.right(report);
  }

  /**
   * Closing, for an opened or a paused day. Bitrix's rules: an expired day closes only with an
   * explicit time; a manual time must fall on the day's start date in the day's zone, where a time
   * not after the start means the next day (a night shift); a manual time far from now waits for
   * approval; a fixed schedule needs a report for a manual time or a deviation. A running break
   * ends with the day.
   */
  static Either<WorkdayError, Transition<ClosedWorkday>> close(
      Workday day, Closing closing, SchedulePolicy policy, Instant now) {
    Timing timing = closing.timing();
    if (timing instanceof Timing.Now && day.statusAt(now, policy) == WorkdayStatus.EXPIRED) {
      return Either.left(
          new WorkdayExpired(
              day.id(), policy.expiresAt(day.start()), policy.suggestedClose(day.start())));
    }
    return endOf(day, timing, now)
        .flatMap(end -> notInFuture(Action.CLOSE, end, now))
        .flatMap(end -> notBefore(Action.CLOSE, end, lastEvent(day)))
        .flatMap(end -> closeAt(day, closing, end, policy, now));
  }

  private static Either<WorkdayError, Instant> endOf(Workday day, Timing timing, Instant now) {
    if (!(timing instanceof Timing.Manual manual)) {
      return Either.right(timing.instant(now));
    }
    ZonedDateTime given = manual.at().withZoneSameInstant(day.zone());
    LocalDate startDate = day.date();
    if (given.toLocalDate().equals(startDate)) {
      return Either.right(
          given.toInstant().isAfter(day.start().at())
              ? given.toInstant()
              : given.plusDays(1).toInstant());
    }
    boolean nightShiftEnd =
        given.toLocalDate().equals(startDate.plusDays(1))
            && !given.toLocalTime().isAfter(day.start().local().toLocalTime());
    return nightShiftEnd
        ? Either.right(given.toInstant())
        : Either.left(new WrongDate(Action.CLOSE, given.toLocalDate(), startDate));
  }

  private static Either<WorkdayError, Transition<ClosedWorkday>> closeAt(
      Workday day, Closing closing, Instant end, SchedulePolicy policy, Instant now) {
    Timing timing = closing.timing();
    ZoneId zone = timing instanceof Timing.Recorded ? timing.zoneOr(day.zone()) : day.zone();
    Option<BreakEnded> endedBreak =
        day.runningBreak()
            .map(
                running ->
                    new BreakEnded(
                        day.id(),
                        running.endAt(new Punch(end, zone, now, closing.origin(), Option.none()))));
    Seq<Break> breaks = inOrder(day.breaks().appendAll(endedBreak.map(BreakEnded::endedBreak)));
    Punch provisional = new Punch(end, zone, now, closing.origin(), Option.none());
    ClosedWorkday candidate =
        new ClosedWorkday(
            day.id(),
            day.tenant(),
            day.employee(),
            day.start(),
            breaks,
            provisional,
            day.approval(),
            Option.none());
    Seq<Deviation> deviations =
        policy.deviationsOfClose(day.start(), end, candidate.netWorkedAt(end));
    return reportWhereRequired(Action.CLOSE, timing, closing.note(), deviations, policy)
        .map(
            report -> {
              Approval approval =
                  timing.isManual() && policy.needsApproval(end, now)
                      ? Approval.PENDING
                      : day.approval();
              Punch finish = provisional.withNote(report);
              ClosedWorkday closed =
                  new ClosedWorkday(
                      day.id(),
                      day.tenant(),
                      day.employee(),
                      day.start(),
                      breaks,
                      finish,
                      approval,
                      Option.none());
              Seq<WorkdayEvent> events =
                  endedBreak
                      .<WorkdayEvent>map(e -> e)
                      .toList()
                      .append(new WorkdayClosed(day.id(), finish, approval));
              return new Transition<>(closed, events);
            });
  }
}
