package org.worktime.adapters.jsonrpc.timeclock;

import io.vavr.collection.LinkedHashMap;
import java.util.Locale;
import org.worktime.adapters.jsonrpc.RpcError;
import org.worktime.application.Refusal;
import org.worktime.domain.timer.TimerError;
import org.worktime.domain.workday.WorkdayError;

/**
 * The engine's refusals as JSON-RPC application errors, one stable code per kind (listed in the
 * README), the engine's sentence in {@code data.reason}. A value the engine refused is an invalid
 * parameter ({@code -32602}).
 */
public final class TimeClockErrors {

  public static final int FORBIDDEN = -32001;
  public static final int NOT_FOUND = -32002;
  public static final int CONFLICT = -32003;
  public static final int IDEMPOTENCY_KEY_REUSED = -32004;

  public static final int ILLEGAL_TRANSITION = -32010;
  public static final int WRONG_DATE = -32011;
  public static final int REPORT_NEEDED = -32012;
  public static final int WORKDAY_EXPIRED = -32013;
  public static final int TIME_NOT_ALLOWED_WHEN_CONTINUING = -32014;
  public static final int TIME_IN_FUTURE = -32015;
  public static final int TIME_OUT_OF_ORDER = -32016;
  public static final int END_BEFORE_START = -32017;
  public static final int BREAK_OUTSIDE_DAY = -32018;
  public static final int OVERLAPPING_BREAK = -32019;
  public static final int OVERLAPPING_WORKDAY = -32020;
  public static final int BREAK_NOT_FOUND = -32021;
  public static final int NOTHING_TO_APPROVE = -32022;
  public static final int ALREADY_VERIFIED = -32023;
  public static final int REOPEN_NOT_ALLOWED = -32024;

  public static final int WORK_LOG_ALREADY_RUNNING = -32030;
  public static final int WORK_LOG_NOT_RUNNING = -32031;
  public static final int WORK_LOG_START_IN_FUTURE = -32032;
  public static final int WORK_LOG_END_IN_FUTURE = -32033;
  public static final int WORK_LOG_END_BEFORE_START = -32034;
  public static final int WORK_LOG_START_BEFORE_RUNNING = -32035;
  public static final int WORK_LOG_OVERLAP = -32036;

  private TimeClockErrors() {}

  public static RpcError of(Refusal refusal) {
    return refusal.fold(SHAPE);
  }

  private static final Shape SHAPE = new Shape();

  /** Every refusal as a JSON-RPC error, the engine's sentence in {@code data.reason}. */
  private static final class Shape implements Refusal.Cases<RpcError> {

    @Override
    public RpcError workday(Refusal.WorkdayRefused refused) {
      return TimeClockErrors.workday(refused.error());
    }

    @Override
    public RpcError timer(Refusal.TimerRefused refused) {
      return TimeClockErrors.timer(refused.error());
    }

    @Override
    public RpcError invalidValue(Refusal.InvalidValue refused) {
      return RpcError.invalidParams("params", refused.describe());
    }

    @Override
    public RpcError notFound(Refusal.NotFound refused) {
      return RpcError.application(NOT_FOUND, "Not found", refused.describe());
    }

    @Override
    public RpcError unauthenticated(Refusal.Unauthenticated refused) {
      return RpcError.unauthenticated(refused.describe());
    }

    @Override
    public RpcError credentialExpired(Refusal.CredentialExpired refused) {
      return RpcError.unauthenticated(refused.describe());
    }

    @Override
    public RpcError forbidden(Refusal.Forbidden refused) {
      return RpcError.application(FORBIDDEN, "Forbidden", refused.describe());
    }

    @Override
    public RpcError conflict(Refusal.Conflict refused) {
      return RpcError.application(CONFLICT, "Conflict", refused.describe());
    }

    @Override
    public RpcError idempotencyKeyReused(Refusal.IdempotencyKeyReused refused) {
      return RpcError.application(
          IDEMPOTENCY_KEY_REUSED, "Idempotency key reused", refused.describe());
    }
  }

  private static RpcError workday(WorkdayError error) {
    return error.fold(WORKDAY);
  }

  /** One code per workday rule, the engine's sentence in {@code data.reason}. */
  private static final WorkdayError.Cases<RpcError> WORKDAY =
      new WorkdayError.Cases<>() {
        @Override
        public RpcError illegalTransition(WorkdayError.IllegalTransition error) {
          return new RpcError(
              ILLEGAL_TRANSITION,
              "Illegal transition",
              LinkedHashMap.of(
                  "reason",
                  error.describe(),
                  "status",
                  error.status().name().toLowerCase(Locale.ROOT),
                  "action",
                  error.action().name().toLowerCase(Locale.ROOT)));
        }

        @Override
        public RpcError wrongDate(WorkdayError.WrongDate error) {
          return refused(WRONG_DATE, "Wrong date", error);
        }

        @Override
        public RpcError reportNeeded(WorkdayError.ReportNeeded error) {
          return refused(REPORT_NEEDED, "Report needed", error);
        }

        @Override
        public RpcError workdayExpired(WorkdayError.WorkdayExpired error) {
          return refused(WORKDAY_EXPIRED, "Workday expired", error);
        }

        @Override
        public RpcError timeNotAllowedWhenContinuing(
            WorkdayError.TimeNotAllowedWhenContinuing error) {
          return refused(
              TIME_NOT_ALLOWED_WHEN_CONTINUING, "Time not allowed when continuing", error);
        }

        @Override
        public RpcError timeInFuture(WorkdayError.TimeInFuture error) {
          return refused(TIME_IN_FUTURE, "Time in the future", error);
        }

        @Override
        public RpcError timeOutOfOrder(WorkdayError.TimeOutOfOrder error) {
          return refused(TIME_OUT_OF_ORDER, "Time out of order", error);
        }

        @Override
        public RpcError endBeforeStart(WorkdayError.EndBeforeStart error) {
          return refused(END_BEFORE_START, "End before start", error);
        }

        @Override
        public RpcError breakOutsideDay(WorkdayError.BreakOutsideDay error) {
          return refused(BREAK_OUTSIDE_DAY, "Break outside the workday", error);
        }

        @Override
        public RpcError overlappingBreak(WorkdayError.OverlappingBreak error) {
          return refused(OVERLAPPING_BREAK, "Overlapping break", error);
        }

        @Override
        public RpcError overlappingWorkday(WorkdayError.OverlappingWorkday error) {
          return refused(OVERLAPPING_WORKDAY, "Overlapping workday", error);
        }

        @Override
        public RpcError breakNotFound(WorkdayError.BreakNotFound error) {
          return refused(BREAK_NOT_FOUND, "Break not found", error);
        }

        @Override
        public RpcError nothingToApprove(WorkdayError.NothingToApprove error) {
          return refused(NOTHING_TO_APPROVE, "Nothing to approve", error);
        }

        @Override
        public RpcError alreadyVerified(WorkdayError.AlreadyVerified error) {
          return refused(ALREADY_VERIFIED, "Already verified", error);
        }

        @Override
        public RpcError reopenNotAllowed(WorkdayError.ReopenNotAllowed error) {
          return refused(REOPEN_NOT_ALLOWED, "Reopen not allowed", error);
        }

        private RpcError refused(int code, String message, WorkdayError error) {
          return RpcError.application(code, message, error.describe());
        }
      };

  private static RpcError timer(TimerError error) {
    return error.fold(TIMER);
  }

  /** One code per work log rule, the engine's sentence in {@code data.reason}. */
  private static final TimerError.Cases<RpcError> TIMER =
      new TimerError.Cases<>() {
        @Override
        public RpcError timerAlreadyRunning(TimerError.TimerAlreadyRunning error) {
          return refused(WORK_LOG_ALREADY_RUNNING, "Work log already running", error);
        }

        @Override
        public RpcError timerNotRunning(TimerError.TimerNotRunning error) {
          return refused(WORK_LOG_NOT_RUNNING, "Work log not running", error);
        }

        @Override
        public RpcError startInFuture(TimerError.StartInFuture error) {
          return refused(WORK_LOG_START_IN_FUTURE, "Time in the future", error);
        }

        @Override
        public RpcError endInFuture(TimerError.EndInFuture error) {
          return refused(WORK_LOG_END_IN_FUTURE, "Time in the future", error);
        }

        @Override
        public RpcError endBeforeStart(TimerError.EndBeforeStart error) {
          return refused(WORK_LOG_END_BEFORE_START, "End before start", error);
        }

        @Override
        public RpcError startBeforeRunningTimer(TimerError.StartBeforeRunningTimer error) {
          return refused(WORK_LOG_START_BEFORE_RUNNING, "Start before the running work log", error);
        }

        /**
         * Only an import meets this rule today (starting a work log may overlap a stopped one);
         * until the fold it fell into the last case and would have been misnamed as that.
         */
        @Override
        public RpcError overlappingTimer(TimerError.OverlappingTimer error) {
          return refused(WORK_LOG_OVERLAP, "Overlapping work log", error);
        }

        private RpcError refused(int code, String message, TimerError error) {
          return RpcError.application(code, message, error.describe());
        }
      };
}
