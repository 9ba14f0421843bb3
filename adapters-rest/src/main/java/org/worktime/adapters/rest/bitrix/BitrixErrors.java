package org.worktime.adapters.rest.bitrix;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.worktime.adapters.rest.http.Answer;
import org.worktime.adapters.rest.http.Problem;
import org.worktime.adapters.rest.http.Violation;
import org.worktime.application.Refusal;
import org.worktime.domain.employee.Role;
import org.worktime.domain.workday.WorkdayError;
import org.worktime.domain.workday.WorkdayStatus;

/**
 * The one place where a problem becomes Bitrix's error answer: {@code {"error": CODE,
 * "error_description": text}} with the status code. The codes are listed in the README's "Bitrix24
 * timeman dialect" section; keep the two in step.
 */
final class BitrixErrors {

  private BitrixErrors() {}

  /**
   * A problem of a call through an inbound webhook: as {@link #answer}, but credentials that do not
   * authenticate are the webhook's, which Bitrix answers {@code INVALID_CREDENTIALS}: no active
   * webhook with that user and secret.
   */
  static Answer webhookAnswer(Problem problem) {
    return problem.fold(WEBHOOK_SHAPE);
  }

  /** More commands in a batch than the vendor's limit. */
  static Answer batchTooLong() {
    return error(
        400,
        "ERROR_BATCH_LENGTH_EXCEEDED",
        "Max batch length exceeded: at most " + Batch.MAX_COMMANDS + " commands");
  }

  /**
   * The caller's bucket is full: the vendor's answer, as its limits and system-errors pages give
   * it. A batch counts once, however many commands it holds.
   */
  static Answer queryLimitExceeded() {
    return error(503, "QUERY_LIMIT_EXCEEDED", "Too many requests");
  }

  /** A batch inside a batch, which the vendor refuses since rest 24.0.0. */
  static Answer nestedBatch() {
    return error(400, "ERROR_BATCH_METHOD_NOT_ALLOWED", "Method is not allowed for batch usage");
  }

  static Answer answer(Problem problem) {
    return problem.fold(SHAPE);
  }

  private static final Shape SHAPE = new Shape();

  private static final Shape WEBHOOK_SHAPE =
      new Shape() {
        @Override
        public Answer unauthenticated(Refusal.Unauthenticated refused) {
          return error(401, "INVALID_CREDENTIALS", "Invalid request credentials");
        }
      };

  /** Every problem and every refusal, each as Bitrix answers it. */
  private static class Shape implements Problem.Cases<Answer>, Refusal.Cases<Answer> {

    @Override
    public Answer malformed(Problem.Malformed problem) {
      return error(400, "INVALID_REQUEST", problem);
    }

    @Override
    public Answer tooLarge(Problem.TooLarge problem) {
      return error(413, "REQUEST_TOO_LARGE", problem);
    }

    @Override
    public Answer noCredentials(Problem.NoCredentials problem) {
      return error(401, "NO_AUTH_FOUND", problem);
    }

    /** {@code timeman.networkrange.set} answers a malformed {@code RANGES} with its own code. */
    @Override
    public Answer invalidParameter(Problem.InvalidParameter problem) {
      return problem.name().equals(OfficeRanges.PARAMETER)
          ? error(
              400,
              "INVALID_FORMAT",
              "A wrong format for the RANGES field is passed: " + problem.why())
          : error(400, "ERROR_ARGUMENT", problem);
    }

    @Override
    public Answer invalidInput(Problem.InvalidInput problem) {
      return violation(problem.first());
    }

    @Override
    public Answer unsupportedMediaType(Problem.UnsupportedMediaType problem) {
      return error(400, "INVALID_REQUEST", problem);
    }

    @Override
    public Answer unknownOperation(Problem.UnknownOperation problem) {
      return error(404, "ERROR_METHOD_NOT_FOUND", problem);
    }

    @Override
    public Answer methodNotAllowed(Problem.MethodNotAllowed problem) {
      return error(405, "ERROR_METHOD_NOT_ALLOWED", problem);
    }

    @Override
    public Answer refused(Problem.Refused problem) {
      return problem.refusal().fold(this);
    }

    @Override
    public Answer unavailable(Problem.Unavailable problem) {
      return error(
          503, problem.outcomeUnknown() ? "OUTCOME_UNKNOWN" : "SERVICE_UNAVAILABLE", problem);
    }

    @Override
    public Answer unexpected(Problem.Unexpected problem) {
      return error(500, "INTERNAL_SERVER_ERROR", problem);
    }

    @Override
    public Answer workday(Refusal.WorkdayRefused refused) {
      return error(400, workdayCode(refused.error()), refused.describe());
    }

    /** Bitrix's scope has no task timers: a refusal of one can only come from a bug here. */
    @Override
    public Answer timer(Refusal.TimerRefused refused) {
      return error(400, "TIMER_REFUSED", refused.describe());
    }

    @Override
    public Answer invalidValue(Refusal.InvalidValue refused) {
      return error(400, "ERROR_ARGUMENT", refused.describe());
    }

    /**
     * The timeman pages document an unknown USER_ID as HTTP 400 with an empty code; b24phpsdk reads
     * a description with "not found" in it as its ItemNotFoundException.
     */
    @Override
    public Answer notFound(Refusal.NotFound refused) {
      return refused.what().equals("employee")
          ? error(400, "", "User not found")
          : error(404, "NOT_FOUND", refused.describe());
    }

    @Override
    public Answer unauthenticated(Refusal.Unauthenticated refused) {
      return error(401, "invalid_token", "The access token provided is invalid");
    }

    /** Bitrix clients refresh their token on exactly this code: only here may it help. */
    @Override
    public Answer credentialExpired(Refusal.CredentialExpired refused) {
      return error(401, "expired_token", "The access token provided has expired");
    }

    /**
     * The vendor's admin-only methods ({@code timeman.networkrange.*}) answer a missing admin's
     * right as 400 {@code ACCESS_ERROR}; acting on another employee's day is 403 {@code
     * ACCESS_DENIED}.
     */
    @Override
    public Answer forbidden(Refusal.Forbidden refused) {
      return refused.needed() == Role.ADMIN
          ? error(400, "ACCESS_ERROR", "You don't have access to use this method")
          : error(403, "ACCESS_DENIED", refused.describe());
    }

    @Override
    public Answer conflict(Refusal.Conflict refused) {
      return error(409, "CONFLICT", refused.describe());
    }

    @Override
    public Answer idempotencyKeyReused(Refusal.IdempotencyKeyReused refused) {
      return error(422, "IDEMPOTENCY_KEY_REUSED", refused.describe());
    }
  }

  /**
   * A parameter of the wrong form, named as Bitrix spells its parameters ({@code USER_ID}): a
   * {@code TIME} that is not ATOM is {@code WRONG_DATETIME_FORMAT}, anything else {@code
   * ERROR_ARGUMENT}. Bitrix answers one error, so the first parameter's.
   */
  private static Answer violation(Violation violation) {
    String description =
        "parameter " + violation.field().toUpperCase(Locale.ROOT) + ": " + violation.why();
    return violation.kind() == Violation.Kind.TIME
        ? error(400, "WRONG_DATETIME_FORMAT", description)
        : error(400, "ERROR_ARGUMENT", description);
  }

  static String workdayCode(WorkdayError error) {
    return error.fold(WORKDAY_CODES);
  }

  /**
   * The timeman pages' codes; the rules Bitrix's scope cannot reach (breaks edited one by one,
   * approvals, reopening) have no code of their own there and answer {@code WORKDAY_REFUSED}.
   */
  private static final WorkdayError.Cases<String> WORKDAY_CODES =
      new WorkdayError.Cases<>() {
        @Override
        public String illegalTransition(WorkdayError.IllegalTransition error) {
          return error.status() == WorkdayStatus.EXPIRED ? "WD_EXPIRED" : "WRONG_STATUS";
        }

        @Override
        public String wrongDate(WorkdayError.WrongDate error) {
          return "WRONG_DATETIME";
        }

        @Override
        public String reportNeeded(WorkdayError.ReportNeeded error) {
          return "REPORT_NEEDED";
        }

        @Override
        public String workdayExpired(WorkdayError.WorkdayExpired error) {
          return "WD_EXPIRED";
        }

        @Override
        public String timeNotAllowedWhenContinuing(
            WorkdayError.TimeNotAllowedWhenContinuing error) {
          return "TIME";
        }

        @Override
        public String timeInFuture(WorkdayError.TimeInFuture error) {
          return "TIME_IN_FUTURE";
        }

        @Override
        public String timeOutOfOrder(WorkdayError.TimeOutOfOrder error) {
          return "TIME_OUT_OF_ORDER";
        }

        @Override
        public String endBeforeStart(WorkdayError.EndBeforeStart error) {
          return "TIME_OUT_OF_ORDER";
        }

        @Override
        public String breakOutsideDay(WorkdayError.BreakOutsideDay error) {
          return "WORKDAY_REFUSED";
        }

        @Override
        public String overlappingBreak(WorkdayError.OverlappingBreak error) {
          return "WORKDAY_REFUSED";
        }

        @Override
        public String overlappingWorkday(WorkdayError.OverlappingWorkday error) {
          return "WD_OVERLAP";
        }

        @Override
        public String breakNotFound(WorkdayError.BreakNotFound error) {
          return "WORKDAY_REFUSED";
        }

        @Override
        public String nothingToApprove(WorkdayError.NothingToApprove error) {
          return "WORKDAY_REFUSED";
        }

        @Override
        public String alreadyVerified(WorkdayError.AlreadyVerified error) {
          return "WORKDAY_REFUSED";
        }

        @Override
        public String reopenNotAllowed(WorkdayError.ReopenNotAllowed error) {
          return "WORKDAY_REFUSED";
        }
      };

  private static Answer error(int status, String code, Problem problem) {
    return error(status, code, problem.describe());
  }

  static Answer error(int status, String code, String description) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", code);
    body.put("error_description", description);
    return new Answer(status, body);
  }
}
