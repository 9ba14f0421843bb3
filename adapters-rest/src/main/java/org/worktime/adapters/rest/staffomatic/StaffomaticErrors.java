package org.worktime.adapters.rest.staffomatic;

import java.util.LinkedHashMap;
import java.util.Map;
import org.worktime.adapters.rest.http.Answer;
import org.worktime.adapters.rest.http.Problem;
import org.worktime.adapters.rest.http.Violation;
import org.worktime.application.Refusal;
import org.worktime.domain.workday.WorkdayError;

/**
 * The one place where a problem becomes Staffomatic's error answer: {@code {"error": code,
 * "message": text}} with the status code. The code is for programs and never changes; the message
 * is English for people. The codes are listed in the README's "Staffomatic dialect" section; keep
 * the two in step.
 */
final class StaffomaticErrors {

  private StaffomaticErrors() {}

  static Answer answer(Problem problem) {
    if (problem instanceof Problem.Refused refused) {
      return refusal(refused.refusal());
    }
    if (problem instanceof Problem.InvalidInput invalid) {
      Violation first = invalid.first();
      return first.kind() == Violation.Kind.TIME
          ? error(422, "invalid_time", first.describe())
          : error(422, "invalid_parameter", first.describe());
    }
    if (problem instanceof Problem.InvalidParameter invalid) {
      return error(422, "invalid_parameter", invalid.describe());
    }
    if (problem instanceof Problem.Malformed malformed) {
      return error(400, "bad_request", malformed.describe());
    }
    if (problem instanceof Problem.TooLarge large) {
      return error(413, "request_too_large", large.describe());
    }
    if (problem instanceof Problem.NoCredentials) {
      return error(
          401,
          "unauthorized",
          "credentials are needed: Authorization: Basic with email and API key, or Bearer <token>");
    }
    if (problem instanceof Problem.UnknownOperation) {
      return error(404, "not_found", "no such resource");
    }
    if (problem instanceof Problem.MethodNotAllowed method) {
      return error(405, "method_not_allowed", method.describe());
    }
    if (problem instanceof Problem.Unavailable unavailable) {
      return error(
          503,
          unavailable.outcomeUnknown() ? "outcome_unknown" : "service_unavailable",
          unavailable.describe());
    }
    return error(500, "internal_error", "an internal error occurred");
  }

  static Answer unsupportedMediaType(String why) {
    return error(415, "unsupported_media_type", why);
  }

  static Answer rateLimited(long retryInSeconds) {
    return error(
        429, "rate_limited", "too many requests; try again in " + retryInSeconds + " seconds");
  }

  static Answer mayNotDelete(String what) {
    return error(403, "forbidden", what);
  }

  private static Answer refusal(Refusal refusal) {
    if (refusal instanceof Refusal.WorkdayRefused workday) {
      return workday(workday.error());
    }
    if (refusal instanceof Refusal.Unauthenticated
        || refusal instanceof Refusal.CredentialExpired) {
      return error(401, "unauthorized", "the credentials are not valid");
    }
    if (refusal instanceof Refusal.Forbidden forbidden) {
      return error(403, "forbidden", forbidden.describe());
    }
    if (refusal instanceof Refusal.NotFound notFound) {
      return error(404, "not_found", "no such " + resourceOf(notFound.what()));
    }
    if (refusal instanceof Refusal.Conflict conflict) {
      return error(409, "conflict", conflict.describe());
    }
    if (refusal instanceof Refusal.IdempotencyKeyReused reused) {
      return error(422, "idempotency_key_reused", reused.describe());
    }
    return error(422, "invalid_value", refusal.describe());
  }

  private static Answer workday(WorkdayError error) {
    if (error instanceof WorkdayError.IllegalTransition
        || error instanceof WorkdayError.AlreadyVerified
        || error instanceof WorkdayError.NothingToApprove
        || error instanceof WorkdayError.TimeNotAllowedWhenContinuing
        || error instanceof WorkdayError.ReopenNotAllowed) {
      return error(409, "invalid_state", error.describe());
    }
    if (error instanceof WorkdayError.WorkdayExpired) {
      return error(409, "expired", error.describe());
    }
    if (error instanceof WorkdayError.OverlappingBreak
        || error instanceof WorkdayError.OverlappingWorkday) {
      return error(409, "overlap", error.describe());
    }
    if (error instanceof WorkdayError.BreakNotFound) {
      return error(404, "not_found", "no such break_timer");
    }
    return error(422, "invalid_time", error.describe());
  }

  private static String resourceOf(String what) {
    switch (what) {
      case "workday":
        return "work_timer";
      case "break":
        return "break_timer";
      case "employee":
        return "user";
      default:
        return what;
    }
  }

  static Answer error(int status, String code, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", code);
    body.put("message", message);
    return new Answer(status, body);
  }
}
