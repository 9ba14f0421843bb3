package org.worktime.domain.workday;

import io.vavr.collection.Seq;
import java.time.Instant;
import java.time.LocalDate;
import org.worktime.domain.id.BreakId;
import org.worktime.domain.id.WorkdayId;
import org.worktime.domain.policy.Deviation;
import org.worktime.domain.time.Interval;

/**
 * Every refusal a workday can answer, as values with typed fields. Each dialect maps them to its
 * own vocabulary (Bitrix codes in brackets below); {@link #describe()} is the plain sentence.
 */
public sealed interface WorkdayError {

  String describe();

  /**
   * Why the workday rules refused, case by case: a mapping that implements {@link Cases} says what
   * each becomes, and a new kind fails to compile in every mapping until it is handled.
   */
  <R> R fold(Cases<R> cases);

  /** One method per kind. */
  interface Cases<R> {
    R illegalTransition(IllegalTransition error);

    R wrongDate(WrongDate error);

    R reportNeeded(ReportNeeded error);

    R workdayExpired(WorkdayExpired error);

    R timeNotAllowedWhenContinuing(TimeNotAllowedWhenContinuing error);

    R timeInFuture(TimeInFuture error);

    R timeOutOfOrder(TimeOutOfOrder error);

    R endBeforeStart(EndBeforeStart error);

    R breakOutsideDay(BreakOutsideDay error);

    R overlappingBreak(OverlappingBreak error);

    R overlappingWorkday(OverlappingWorkday error);

    R breakNotFound(BreakNotFound error);

    R nothingToApprove(NothingToApprove error);

    R alreadyVerified(AlreadyVerified error);

    R reopenNotAllowed(ReopenNotAllowed error);
  }

  /** The action makes no sense in the day's status, e.g. pausing a closed day. */
  record IllegalTransition(WorkdayStatus status, Action action) implements WorkdayError {
    @Override
    public <R> R fold(Cases<R> cases) {
      return cases.illegalTransition(this);
    }

    @Override
    public String describe() {
      return "cannot " + words(action) + " a workday that is " + status.name().toLowerCase();
    }
  }

  /** A manual time on a date the action does not allow [{@code WRONG_DATETIME}]. */
  record WrongDate(Action action, LocalDate given, LocalDate expected) implements WorkdayError {
    @Override
    public <R> R fold(Cases<R> cases) {
      return cases.wrongDate(this);
    }

    @Override
    public String describe() {
      return "a manual time to " + words(action) + " must be on " + expected + ", not on " + given;
    }
  }

  /**
   * A manual time, or a deviation from a fixed schedule, needs a report saying why [{@code
   * REPORT_NEEDED}].
   */
  record ReportNeeded(Action action, boolean manualTime, Seq<Deviation> deviations)
      implements WorkdayError {
    @Override
    public <R> R fold(Cases<R> cases) {
      return cases.reportNeeded(this);
    }

    @Override
    public String describe() {
      return "a report is needed to "
          + words(action)
          + (manualTime ? " at a manual time" : "")
          + (deviations.isEmpty() ? "" : " outside the schedule " + deviations.mkString(", "));
    }
  }

  /**
   * The day outlived its schedule; only a close with an explicit time may end it [{@code
   * WD_EXPIRED}].
   */
  record WorkdayExpired(WorkdayId workday, Instant expiredAt, Instant suggestedClose)
      implements WorkdayError {
    @Override
    public <R> R fold(Cases<R> cases) {
      return cases.workdayExpired(this);
    }

    @Override
    public String describe() {
      return "the workday expired at "
          + expiredAt
          + "; close it with an explicit time (suggested: "
          + suggestedClose
          + ")";
    }
  }

  /** Continuing a paused day happens now; a manual time is refused [{@code TIME}]. */
  record TimeNotAllowedWhenContinuing(WorkdayId workday) implements WorkdayError {
    @Override
    public <R> R fold(Cases<R> cases) {
      return cases.timeNotAllowedWhenContinuing(this);
    }

    @Override
    public String describe() {
      return "a paused workday continues now; a manual time is not allowed";
    }
  }

  record TimeInFuture(Action action, Instant given, Instant now) implements WorkdayError {
    @Override
    public <R> R fold(Cases<R> cases) {
      return cases.timeInFuture(this);
    }

    @Override
    public String describe() {
      return "cannot " + words(action) + " at " + given + ": it is later than now (" + now + ")";
    }
  }

  /** A time before what already happened, e.g. a pause before the day's start. */
  record TimeOutOfOrder(Action action, Instant given, Instant earliest) implements WorkdayError {
    @Override
    public <R> R fold(Cases<R> cases) {
      return cases.timeOutOfOrder(this);
    }

    @Override
    public String describe() {
      return "cannot " + words(action) + " at " + given + ": the earliest possible is " + earliest;
    }
  }

  record EndBeforeStart(Instant start, Instant end) implements WorkdayError {
    @Override
    public <R> R fold(Cases<R> cases) {
      return cases.endBeforeStart(this);
    }

    @Override
    public String describe() {
      return "the end " + end + " is before the start " + start;
    }
  }

  record BreakOutsideDay(Interval breakTime, Interval day) implements WorkdayError {
    @Override
    public <R> R fold(Cases<R> cases) {
      return cases.breakOutsideDay(this);
    }

    @Override
    public String describe() {
      return "the break " + show(breakTime) + " lies outside its workday " + show(day);
    }
  }

  record OverlappingBreak(BreakId other, Interval existing) implements WorkdayError {
    @Override
    public <R> R fold(Cases<R> cases) {
      return cases.overlappingBreak(this);
    }

    @Override
    public String describe() {
      return "the break overlaps another break " + show(existing);
    }
  }

  record OverlappingWorkday(WorkdayId other, Interval existing) implements WorkdayError {
    @Override
    public <R> R fold(Cases<R> cases) {
      return cases.overlappingWorkday(this);
    }

    @Override
    public String describe() {
      return "the workday would overlap another workday " + show(existing);
    }
  }

  record BreakNotFound(BreakId breakId) implements WorkdayError {
    @Override
    public <R> R fold(Cases<R> cases) {
      return cases.breakNotFound(this);
    }

    @Override
    public String describe() {
      return "the workday has no break " + breakId;
    }
  }

  record NothingToApprove(WorkdayId workday) implements WorkdayError {
    @Override
    public <R> R fold(Cases<R> cases) {
      return cases.nothingToApprove(this);
    }

    @Override
    public String describe() {
      return "the workday has no edit waiting for approval";
    }
  }

  record AlreadyVerified(WorkdayId workday, Verification verification) implements WorkdayError {
    @Override
    public <R> R fold(Cases<R> cases) {
      return cases.alreadyVerified(this);
    }

    @Override
    public String describe() {
      return "the workday was verified at " + verification.at() + " and is locked";
    }
  }

  /** Reopening a closed day is refused: by the policy, because it is not today's, or verified. */
  record ReopenNotAllowed(WorkdayId workday, Reason reason) implements WorkdayError {
    @Override
    public <R> R fold(Cases<R> cases) {
      return cases.reopenNotAllowed(this);
    }

    public enum Reason {
      POLICY_FORBIDS,
      NOT_TODAY
    }

    @Override
    public String describe() {
      return reason == Reason.POLICY_FORBIDS
          ? "the schedule policy does not allow reopening a closed workday"
          : "only a workday of today can be reopened";
    }
  }

  private static String words(Action action) {
    return action.name().toLowerCase().replace('_', ' ');
  }

  private static String show(Interval interval) {
    return "[" + interval.start() + ", " + interval.end() + ")";
  }
}
