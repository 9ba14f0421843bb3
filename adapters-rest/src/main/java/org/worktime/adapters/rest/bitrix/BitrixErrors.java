package org.worktime.adapters.rest.bitrix;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.worktime.adapters.rest.http.Answer;
import org.worktime.adapters.rest.http.Problem;
import org.worktime.adapters.rest.http.Violation;
import org.worktime.application.Refusal;
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
    if (problem instanceof Problem.Refused refused
        && refused.refusal() instanceof Refusal.Unauthenticated) {
      return error(401, "INVALID_CREDENTIALS", "Invalid request credentials");
    }
    return answer(problem);
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
    if (problem instanceof Problem.Refused refused) {
      return refusal(refused.refusal());
    }
    if (problem instanceof Problem.Malformed) {
      return error(400, "INVALID_REQUEST", problem);
    }
    if (problem instanceof Problem.TooLarge) {
      return error(413, "REQUEST_TOO_LARGE", problem);
    }
    if (problem instanceof Problem.NoCredentials) {
      return error(401, "NO_AUTH_FOUND", problem);
    }
    if (problem instanceof Problem.InvalidInput invalid) {
      return violation(invalid.first());
    }
    if (problem instanceof Problem.InvalidParameter) {
      return error(400, "ERROR_ARGUMENT", problem);
    }
    if (problem instanceof Problem.UnknownOperation) {
      return error(404, "ERROR_METHOD_NOT_FOUND", problem);
    }
    if (problem instanceof Problem.MethodNotAllowed) {
      return error(405, "ERROR_METHOD_NOT_ALLOWED", problem);
    }
    if (problem instanceof Problem.Unavailable unavailable) {
      return error(
          503, unavailable.outcomeUnknown() ? "OUTCOME_UNKNOWN" : "SERVICE_UNAVAILABLE", problem);
    }
    return error(500, "INTERNAL_SERVER_ERROR", problem);
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

  private static Answer refusal(Refusal refusal) {
    if (refusal instanceof Refusal.WorkdayRefused workday) {
      return error(400, workdayCode(workday.error()), refusal.describe());
    }
    if (refusal instanceof Refusal.CredentialExpired) {
      // Bitrix clients refresh their token when they see exactly this code: only here may it help.
      return error(401, "expired_token", "The access token provided has expired");
    }
    if (refusal instanceof Refusal.Unauthenticated) {
      return error(401, "invalid_token", "The access token provided is invalid");
    }
    if (refusal instanceof Refusal.Forbidden) {
      return error(403, "ACCESS_DENIED", refusal.describe());
    }
    if (refusal instanceof Refusal.NotFound notFound) {
      // The timeman pages document an unknown USER_ID as HTTP 400 with an empty code; b24phpsdk
      // reads a description with "not found" in it as its ItemNotFoundException.
      return notFound.what().equals("employee")
          ? error(400, "", "User not found")
          : error(404, "NOT_FOUND", refusal.describe());
    }
    if (refusal instanceof Refusal.InvalidValue) {
      return error(400, "ERROR_ARGUMENT", refusal.describe());
    }
    if (refusal instanceof Refusal.Conflict) {
      return error(409, "CONFLICT", refusal.describe());
    }
    if (refusal instanceof Refusal.IdempotencyKeyReused) {
      return error(422, "IDEMPOTENCY_KEY_REUSED", refusal.describe());
    }
    return error(400, "TIMER_REFUSED", refusal.describe());
  }

  static String workdayCode(WorkdayError error) {
    if (error instanceof WorkdayError.IllegalTransition illegal) {
      return illegal.status() == WorkdayStatus.EXPIRED ? "WD_EXPIRED" : "WRONG_STATUS";
    }
    if (error instanceof WorkdayError.WrongDate) {
      return "WRONG_DATETIME";
    }
    if (error instanceof WorkdayError.ReportNeeded) {
      return "REPORT_NEEDED";
    }
    if (error instanceof WorkdayError.WorkdayExpired) {
      return "WD_EXPIRED";
    }
    if (error instanceof WorkdayError.TimeNotAllowedWhenContinuing) {
      return "TIME";
    }
    if (error instanceof WorkdayError.TimeInFuture) {
      return "TIME_IN_FUTURE";
    }
    if (error instanceof WorkdayError.TimeOutOfOrder
        || error instanceof WorkdayError.EndBeforeStart) {
      return "TIME_OUT_OF_ORDER";
    }
    if (error instanceof WorkdayError.OverlappingWorkday) {
      return "WD_OVERLAP";
    }
    return "WORKDAY_REFUSED";
  }

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
