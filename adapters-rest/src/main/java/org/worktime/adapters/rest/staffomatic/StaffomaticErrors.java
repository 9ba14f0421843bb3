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
    return problem.fold(SHAPE);
  }

  private static final Shape SHAPE = new Shape();

  /** Every problem and every refusal, each as Staffomatic answers it. */
  private static final class Shape implements Problem.Cases<Answer>, Refusal.Cases<Answer> {

    @Override
    public Answer malformed(Problem.Malformed problem) {
      return error(400, "bad_request", problem.describe());
    }

    @Override
    public Answer tooLarge(Problem.TooLarge problem) {
      return error(413, "request_too_large", problem.describe());
    }

    @Override
    public Answer noCredentials(Problem.NoCredentials problem) {
      return error(
          401,
          "unauthorized",
          "credentials are needed: Authorization: Basic with email and API key, or Bearer <token>");
    }

    @Override
    public Answer invalidParameter(Problem.InvalidParameter problem) {
      return error(422, "invalid_parameter", problem.describe());
    }

    @Override
    public Answer invalidInput(Problem.InvalidInput problem) {
      Violation first = problem.first();
      return first.kind() == Violation.Kind.TIME
          ? error(422, "invalid_time", first.describe())
          : error(422, "invalid_parameter", first.describe());
    }

    @Override
    public Answer unsupportedMediaType(Problem.UnsupportedMediaType problem) {
      return StaffomaticErrors.unsupportedMediaType(problem.describe());
    }

    @Override
    public Answer unknownOperation(Problem.UnknownOperation problem) {
      return error(404, "not_found", "no such resource");
    }

    @Override
    public Answer methodNotAllowed(Problem.MethodNotAllowed problem) {
      return error(405, "method_not_allowed", problem.describe());
    }

    @Override
    public Answer refused(Problem.Refused problem) {
      return problem.refusal().fold(this);
    }

    @Override
    public Answer unavailable(Problem.Unavailable problem) {
      return error(
          503,
          problem.outcomeUnknown() ? "outcome_unknown" : "service_unavailable",
          problem.describe());
    }

    @Override
    public Answer unexpected(Problem.Unexpected problem) {
      return error(500, "internal_error", "an internal error occurred");
    }

    @Override
    public Answer workday(Refusal.WorkdayRefused refused) {
      return StaffomaticErrors.workday(refused.error());
    }

    /** Staffomatic has no task timers: a refusal of one can only come from a bug here. */
    @Override
    public Answer timer(Refusal.TimerRefused refused) {
      return error(422, "invalid_value", refused.describe());
    }

    @Override
    public Answer invalidValue(Refusal.InvalidValue refused) {
      return error(422, "invalid_value", refused.describe());
    }

    @Override
    public Answer notFound(Refusal.NotFound refused) {
      return error(404, "not_found", "no such " + resourceOf(refused.what()));
    }

    @Override
    public Answer unauthenticated(Refusal.Unauthenticated refused) {
      return error(401, "unauthorized", "the credentials are not valid");
    }

    @Override
    public Answer credentialExpired(Refusal.CredentialExpired refused) {
      return unauthenticated(new Refusal.Unauthenticated(refused.reason()));
    }

    @Override
    public Answer forbidden(Refusal.Forbidden refused) {
      return error(403, "forbidden", refused.describe());
    }

    @Override
    public Answer conflict(Refusal.Conflict refused) {
      return error(409, "conflict", refused.describe());
    }

    @Override
    public Answer idempotencyKeyReused(Refusal.IdempotencyKeyReused refused) {
      return error(422, "idempotency_key_reused", refused.describe());
    }
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

  private static Answer workday(WorkdayError error) {
    return error.fold(WORKDAY);
  }

  /** A state the change cannot come from is 409, a time that cannot be is 422. */
  private static final WorkdayError.Cases<Answer> WORKDAY =
      new WorkdayError.Cases<>() {
        @Override
        public Answer illegalTransition(WorkdayError.IllegalTransition error) {
          return invalidState(error);
        }

        @Override
        public Answer wrongDate(WorkdayError.WrongDate error) {
          return invalidTime(error);
        }

        @Override
        public Answer reportNeeded(WorkdayError.ReportNeeded error) {
          return invalidTime(error);
        }

        @Override
        public Answer workdayExpired(WorkdayError.WorkdayExpired error) {
          return error(409, "expired", error.describe());
        }

        @Override
        public Answer timeNotAllowedWhenContinuing(
            WorkdayError.TimeNotAllowedWhenContinuing error) {
          return invalidState(error);
        }

        @Override
        public Answer timeInFuture(WorkdayError.TimeInFuture error) {
          return invalidTime(error);
        }

        @Override
        public Answer timeOutOfOrder(WorkdayError.TimeOutOfOrder error) {
          return invalidTime(error);
        }

        @Override
        public Answer endBeforeStart(WorkdayError.EndBeforeStart error) {
          return invalidTime(error);
        }

        @Override
        public Answer breakOutsideDay(WorkdayError.BreakOutsideDay error) {
          return invalidTime(error);
        }

        @Override
        public Answer overlappingBreak(WorkdayError.OverlappingBreak error) {
          return error(409, "overlap", error.describe());
        }

        @Override
        public Answer overlappingWorkday(WorkdayError.OverlappingWorkday error) {
          return error(409, "overlap", error.describe());
        }

        @Override
        public Answer breakNotFound(WorkdayError.BreakNotFound error) {
          return error(404, "not_found", "no such break_timer");
        }

        @Override
        public Answer nothingToApprove(WorkdayError.NothingToApprove error) {
          return invalidState(error);
        }

        @Override
        public Answer alreadyVerified(WorkdayError.AlreadyVerified error) {
          return invalidState(error);
        }

        @Override
        public Answer reopenNotAllowed(WorkdayError.ReopenNotAllowed error) {
          return invalidState(error);
        }

        private Answer invalidState(WorkdayError error) {
          return error(409, "invalid_state", error.describe());
        }

        private Answer invalidTime(WorkdayError error) {
          return error(422, "invalid_time", error.describe());
        }
      };

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
