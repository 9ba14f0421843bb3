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
    return problem.fold(SHAPE);
  }

  private static final Shape SHAPE = new Shape();

  /** Every problem and every refusal, each as problem details. */
  private static final class Shape implements Problem.Cases<Answer>, Refusal.Cases<Answer> {

    @Override
    public Answer malformed(Problem.Malformed problem) {
      return problem(400, "malformed-request", "Malformed request", problem.describe());
    }

    @Override
    public Answer tooLarge(Problem.TooLarge problem) {
      return problem(413, "body-too-large", "Request body too large", problem.describe());
    }

    @Override
    public Answer noCredentials(Problem.NoCredentials problem) {
      return problem(
          401,
          "unauthenticated",
          "Unauthenticated",
          "an access token is needed: Authorization: Bearer <token>");
    }

    @Override
    public Answer invalidParameter(Problem.InvalidParameter problem) {
      return invalidFields(
          Problem.InvalidInput.of(problem.name(), problem.why(), Violation.Kind.INVALID).each());
    }

    @Override
    public Answer invalidInput(Problem.InvalidInput problem) {
      return invalidFields(problem.each());
    }

    @Override
    public Answer unsupportedMediaType(Problem.UnsupportedMediaType problem) {
      return problem(415, "unsupported-media-type", "Unsupported media type", problem.describe());
    }

    @Override
    public Answer unknownOperation(Problem.UnknownOperation problem) {
      return problem(404, "not-found", "Not found", "no such resource");
    }

    @Override
    public Answer methodNotAllowed(Problem.MethodNotAllowed problem) {
      return problem(405, "method-not-allowed", "Method not allowed", problem.describe());
    }

    @Override
    public Answer refused(Problem.Refused problem) {
      return problem.refusal().fold(this);
    }

    @Override
    public Answer unavailable(Problem.Unavailable problem) {
      return problem.outcomeUnknown()
          ? problem(503, "outcome-unknown", "Outcome unknown", problem.describe())
          : problem(503, "store-unavailable", "Store unavailable", problem.describe());
    }

    @Override
    public Answer unexpected(Problem.Unexpected problem) {
      return problem(500, "internal-error", "Internal error", "an internal error occurred");
    }

    @Override
    public Answer workday(Refusal.WorkdayRefused refused) {
      return ruleRefused(refused);
    }

    @Override
    public Answer timer(Refusal.TimerRefused refused) {
      return ruleRefused(refused);
    }

    /** The management API changes no day and no timer: such a refusal can only be a bug here. */
    private static Answer ruleRefused(Refusal refused) {
      return problem(409, "refused", "Refused", refused.describe());
    }

    @Override
    public Answer invalidValue(Refusal.InvalidValue refused) {
      return problem(400, "invalid-value", "Invalid value", refused.describe());
    }

    @Override
    public Answer notFound(Refusal.NotFound refused) {
      return problem(404, "not-found", "Not found", refused.describe());
    }

    @Override
    public Answer unauthenticated(Refusal.Unauthenticated refused) {
      return problem(
          401,
          "unauthenticated",
          "Unauthenticated",
          "the access token is unknown, revoked or expired");
    }

    @Override
    public Answer credentialExpired(Refusal.CredentialExpired refused) {
      return unauthenticated(new Refusal.Unauthenticated(refused.reason()));
    }

    @Override
    public Answer forbidden(Refusal.Forbidden refused) {
      return problem(403, "forbidden", "Forbidden", refused.describe());
    }

    @Override
    public Answer conflict(Refusal.Conflict refused) {
      return problem(
          409,
          "conflict",
          "Conflict",
          refused.what() + " is already taken by another record, or was changed at the same time");
    }

    @Override
    public Answer idempotencyKeyReused(Refusal.IdempotencyKeyReused refused) {
      return problem(422, "idempotency-key-reused", "Idempotency key reused", refused.describe());
    }
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
