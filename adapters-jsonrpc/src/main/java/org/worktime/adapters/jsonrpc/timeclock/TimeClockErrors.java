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
    String reason = error.describe();
    if (error instanceof WorkdayError.IllegalTransition illegal) {
      return new RpcError(
          ILLEGAL_TRANSITION,
          "Illegal transition",
          LinkedHashMap.of(
              "reason",
              reason,
              "status",
              illegal.status().name().toLowerCase(Locale.ROOT),
              "action",
              illegal.action().name().toLowerCase(Locale.ROOT)));
    }
    int code;
    String message;
    if (error instanceof WorkdayError.WrongDate) {
      code = WRONG_DATE;
      message = "Wrong date";
    } else if (error instanceof WorkdayError.ReportNeeded) {
      code = REPORT_NEEDED;
      message = "Report needed";
    } else if (error instanceof WorkdayError.WorkdayExpired) {
      code = WORKDAY_EXPIRED;
      message = "Workday expired";
    } else if (error instanceof WorkdayError.TimeNotAllowedWhenContinuing) {
      code = TIME_NOT_ALLOWED_WHEN_CONTINUING;
      message = "Time not allowed when continuing";
    } else if (error instanceof WorkdayError.TimeInFuture) {
      code = TIME_IN_FUTURE;
      message = "Time in the future";
    } else if (error instanceof WorkdayError.TimeOutOfOrder) {
      code = TIME_OUT_OF_ORDER;
      message = "Time out of order";
    } else if (error instanceof WorkdayError.EndBeforeStart) {
      code = END_BEFORE_START;
      message = "End before start";
    } else if (error instanceof WorkdayError.BreakOutsideDay) {
      code = BREAK_OUTSIDE_DAY;
      message = "Break outside the workday";
    } else if (error instanceof WorkdayError.OverlappingBreak) {
      code = OVERLAPPING_BREAK;
      message = "Overlapping break";
    } else if (error instanceof WorkdayError.OverlappingWorkday) {
      code = OVERLAPPING_WORKDAY;
      message = "Overlapping workday";
    } else if (error instanceof WorkdayError.BreakNotFound) {
      code = BREAK_NOT_FOUND;
      message = "Break not found";
    } else if (error instanceof WorkdayError.NothingToApprove) {
      code = NOTHING_TO_APPROVE;
      message = "Nothing to approve";
    } else if (error instanceof WorkdayError.AlreadyVerified) {
      code = ALREADY_VERIFIED;
      message = "Already verified";
    } else {
      code = REOPEN_NOT_ALLOWED;
      message = "Reopen not allowed";
    }
    return RpcError.application(code, message, reason);
  }

  private static RpcError timer(TimerError error) {
    String reason = error.describe();
    if (error instanceof TimerError.TimerAlreadyRunning) {
      return RpcError.application(WORK_LOG_ALREADY_RUNNING, "Work log already running", reason);
    }
    if (error instanceof TimerError.TimerNotRunning) {
      return RpcError.application(WORK_LOG_NOT_RUNNING, "Work log not running", reason);
    }
    if (error instanceof TimerError.StartInFuture) {
      return RpcError.application(WORK_LOG_START_IN_FUTURE, "Time in the future", reason);
    }
    if (error instanceof TimerError.EndInFuture) {
      return RpcError.application(WORK_LOG_END_IN_FUTURE, "Time in the future", reason);
    }
    if (error instanceof TimerError.EndBeforeStart) {
      return RpcError.application(WORK_LOG_END_BEFORE_START, "End before start", reason);
    }
    return RpcError.application(
        WORK_LOG_START_BEFORE_RUNNING, "Start before the running work log", reason);
  }
}
