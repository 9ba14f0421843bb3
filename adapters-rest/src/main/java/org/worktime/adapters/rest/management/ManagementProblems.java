package org.worktime.adapters.rest.management;

import io.vavr.collection.Seq;
import java.util.LinkedHashMap;
import java.util.Map;
import org.worktime.adapters.rest.http.Answer;
import org.worktime.adapters.rest.http.Json;
import org.worktime.adapters.rest.http.Problem;
import org.worktime.adapters.rest.http.Violation;
import org.worktime.application.Refusal;

/**
 * The one place where a problem becomes the management API's answer: RFC 9457 problem details
 * ({@code application/problem+json}) with {@code type}, {@code title}, {@code status}, {@code
 * detail} and, for field problems, {@code errors}: one {@code {"field", "detail"}} per field. The
 * {@code type}s are stable URNs for programs; the README's "Management API" section lists them.
 */
final class ManagementProblems {

  private static final String TYPE = "urn:worktime:problem:";

  private ManagementProblems() {}

  static Answer answer(Problem problem) {
    if (problem instanceof Problem.Refused refused) {
      return refusal(refused.refusal());
    }
    if (problem instanceof Problem.InvalidInput invalid) {
      return invalidFields(invalid.each());
    }
    if (problem instanceof Problem.InvalidParameter invalid) {
      return invalidFields(
          Problem.InvalidInput.of(invalid.name(), invalid.why(), Violation.Kind.INVALID).each());
    }
    if (problem instanceof Problem.Malformed malformed) {
      return problem(400, "malformed-request", "Malformed request", malformed.describe());
    }
    if (problem instanceof Problem.TooLarge large) {
      return problem(413, "body-too-large", "Request body too large", large.describe());
    }
    if (problem instanceof Problem.UnsupportedMediaType media) {
      return problem(415, "unsupported-media-type", "Unsupported media type", media.describe());
    }
    if (problem instanceof Problem.NoCredentials) {
      return problem(
          401,
          "unauthenticated",
          "Unauthenticated",
          "an access token is needed: Authorization: Bearer <token>");
    }
    if (problem instanceof Problem.UnknownOperation) {
      return problem(404, "not-found", "Not found", "no such resource");
    }
    if (problem instanceof Problem.MethodNotAllowed method) {
      return problem(405, "method-not-allowed", "Method not allowed", method.describe());
    }
    if (problem instanceof Problem.Unavailable unavailable) {
      return unavailable.outcomeUnknown()
          ? problem(503, "outcome-unknown", "Outcome unknown", unavailable.describe())
          : problem(503, "store-unavailable", "Store unavailable", unavailable.describe());
    }
    return problem(500, "internal-error", "Internal error", "an internal error occurred");
  }

  private static Answer refusal(Refusal refusal) {
    if (refusal instanceof Refusal.Unauthenticated
        || refusal instanceof Refusal.CredentialExpired) {
      return problem(
          401,
          "unauthenticated",
          "Unauthenticated",
          "the access token is unknown, revoked or expired");
    }
    if (refusal instanceof Refusal.Forbidden) {
      return problem(403, "forbidden", "Forbidden", refusal.describe());
    }
    if (refusal instanceof Refusal.NotFound) {
      return problem(404, "not-found", "Not found", refusal.describe());
    }
    if (refusal instanceof Refusal.Conflict conflict) {
      return problem(
          409,
          "conflict",
          "Conflict",
          conflict.what() + " is already taken by another record, or was changed at the same time");
    }
    if (refusal instanceof Refusal.IdempotencyKeyReused) {
      return problem(422, "idempotency-key-reused", "Idempotency key reused", refusal.describe());
    }
    if (refusal instanceof Refusal.InvalidValue) {
      return problem(400, "invalid-value", "Invalid value", refusal.describe());
    }
    return problem(409, "refused", "Refused", refusal.describe());
  }

  /** Every violation, each field named with what is wrong with it. */
  private static Answer invalidFields(Seq<Violation> each) {
    Answer answer =
        problem(
            400,
            "invalid-fields",
            "Invalid fields",
            "invalid " + each.map(Violation::field).distinct().mkString(", "));
    @SuppressWarnings("unchecked")
    Map<String, Object> body = (Map<String, Object>) answer.body();
    body.put(
        "errors",
        each.map(
                invalid -> {
                  Map<String, Object> error = new LinkedHashMap<>();
                  error.put("field", invalid.field());
                  error.put("detail", invalid.why());
                  return error;
                })
            .toJavaList());
    return answer;
  }

  private static Answer problem(int status, String type, String title, String detail) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", TYPE + type);
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    return new Answer(status, body, Json.PROBLEM_CONTENT_TYPE);
  }
}
