package org.worktime.adapters.rest.thebase;

import java.util.LinkedHashMap;
import java.util.Map;
import org.worktime.adapters.rest.http.Answer;
import org.worktime.adapters.rest.http.Problem;
import org.worktime.adapters.rest.http.Violation;
import org.worktime.application.Refusal;
import org.worktime.domain.ValueError;
import org.worktime.domain.timer.TimerError;

/**
 * The one place where a problem becomes TheBase's error answer: {@code {"error": code, "message":
 * Hebrew text}} with the status code. The code is for programs and never changes; the message is
 * for people, in Hebrew like the vendor's own messages. The codes are listed in the README's
 * "TheBase timer dialect" section; keep the two in step.
 */
final class TheBaseErrors {

  /** The parameter that names the timer in the path. */
  static final String TIMER_ID = "timer_id";

  private TheBaseErrors() {}

  static Answer answer(Problem problem) {
    return problem.fold(SHAPE);
  }

  private static final Shape SHAPE = new Shape();

  /** Every problem and every refusal, each as TheBase answers it. */
  private static final class Shape implements Problem.Cases<Answer>, Refusal.Cases<Answer> {

    @Override
    public Answer malformed(Problem.Malformed problem) {
      return error(
          400, "invalid_request", "לא ניתן לקרוא את הבקשה: נדרש גוף JSON תקין בקידוד UTF-8");
    }

    @Override
    public Answer tooLarge(Problem.TooLarge problem) {
      return error(413, "request_too_large", "גוף הבקשה גדול מדי");
    }

    @Override
    public Answer noCredentials(Problem.NoCredentials problem) {
      return error(401, "unauthorized", "נדרש אסימון גישה (Authorization: Bearer)");
    }

    @Override
    public Answer invalidParameter(Problem.InvalidParameter problem) {
      return problem.name().equals(TIMER_ID)
          ? error(400, "invalid_timer_id", "מזהה הטיימר אינו תקין: נדרש מספר עשרוני")
          : error(400, "invalid_parameter", "ערך לא תקין בשדה " + problem.name());
    }

    @Override
    public Answer invalidInput(Problem.InvalidInput problem) {
      return violation(problem.first());
    }

    @Override
    public Answer unsupportedMediaType(Problem.UnsupportedMediaType problem) {
      return error(415, "unsupported_media_type", "סוג התוכן אינו נתמך: נדרש application/json");
    }

    @Override
    public Answer unknownOperation(Problem.UnknownOperation problem) {
      return error(404, "not_found", "הכתובת המבוקשת לא נמצאה");
    }

    @Override
    public Answer methodNotAllowed(Problem.MethodNotAllowed problem) {
      return error(405, "method_not_allowed", "שיטת HTTP זו אינה נתמכת בכתובת זו");
    }

    @Override
    public Answer refused(Problem.Refused problem) {
      return problem.refusal().fold(this);
    }

    @Override
    public Answer unavailable(Problem.Unavailable problem) {
      return problem.outcomeUnknown()
          ? error(
              503,
              "outcome_unknown",
              "השירות הפסיק לענות בזמן שמירת השינוי, וייתכן שנשמר; יש לשלוח שוב עם אותו"
                  + " Idempotency-Key כדי לדעת")
          : error(
              503,
              "service_unavailable",
              "השירות אינו זמין כעת ודבר לא נשמר; יש לנסות שוב בעוד "
                  + problem.retryAfter().toSeconds()
                  + " שניות");
    }

    @Override
    public Answer unexpected(Problem.Unexpected problem) {
      return error(500, "internal_error", "אירעה שגיאה פנימית");
    }

    /** TheBase has no workdays: a refusal of one can only come from a bug here. */
    @Override
    public Answer workday(Refusal.WorkdayRefused refused) {
      return error(400, "refused", "הבקשה נדחתה");
    }

    @Override
    public Answer timer(Refusal.TimerRefused refused) {
      return TheBaseErrors.timer(refused.error());
    }

    @Override
    public Answer invalidValue(Refusal.InvalidValue refused) {
      return refused.error() instanceof ValueError.NonexistentLocalTime
          ? error(
              400,
              "nonexistent_local_time",
              "שעת ההתחלה אינה קיימת באזור הזמן של המשתמש (מעבר לשעון קיץ)")
          : error(400, "invalid_parameter", "ערך לא תקין בבקשה");
    }

    @Override
    public Answer notFound(Refusal.NotFound refused) {
      if (refused.what().equals("employee")) {
        return error(404, "owner_not_found", "המשתמש לא נמצא");
      }
      if (refused.what().equals("timer")) {
        return error(404, "timer_not_found", "הטיימר לא נמצא");
      }
      return error(404, "not_found", "לא נמצא");
    }

    @Override
    public Answer unauthenticated(Refusal.Unauthenticated refused) {
      return error(401, "invalid_token", "אסימון הגישה אינו תקף או שפג תוקפו");
    }

    @Override
    public Answer credentialExpired(Refusal.CredentialExpired refused) {
      return unauthenticated(new Refusal.Unauthenticated(refused.reason()));
    }

    @Override
    public Answer forbidden(Refusal.Forbidden refused) {
      return error(403, "forbidden", "אין לך הרשאה לפעול על טיימר של משתמש אחר");
    }

    @Override
    public Answer conflict(Refusal.Conflict refused) {
      return error(409, "conflict", "הטיימר שונה בו-זמנית על ידי בקשה אחרת; נסו שוב");
    }

    @Override
    public Answer idempotencyKeyReused(Refusal.IdempotencyKeyReused refused) {
      return error(422, "idempotency_key_reused", "מפתח ה-Idempotency-Key כבר שימש לבקשה אחרת");
    }
  }

  /** The first field's problem: TheBase answers one, its code for programs, its field named. */
  private static Answer violation(Violation violation) {
    return switch (violation.kind()) {
      case MISSING -> error(400, "missing_parameter", "חסר שדה חובה: " + violation.field());
      case TIME ->
          error(
              400,
              "invalid_start_time",
              "השדה "
                  + violation.field()
                  + " אינו תאריך ושעה תקינים, לדוגמה "
                  + TheBaseTimes.EXAMPLE);
      default -> error(400, "invalid_parameter", "ערך לא תקין בשדה " + violation.field());
    };
  }

  private static Answer timer(TimerError error) {
    return error.fold(TIMER);
  }

  /**
   * The timer rules TheBase's calls reach have codes of their own; a stop takes no time, so the
   * end-time rules cannot come from it, and an overlap is refused with the general code.
   */
  private static final TimerError.Cases<Answer> TIMER =
      new TimerError.Cases<>() {
        @Override
        public Answer timerAlreadyRunning(TimerError.TimerAlreadyRunning error) {
          return error(
              409, "timer_already_running", "למשתמש כבר יש טיימר פעיל; יש לעצור אותו קודם");
        }

        @Override
        public Answer timerNotRunning(TimerError.TimerNotRunning error) {
          return error(409, "timer_not_running", "הטיימר כבר הופסק");
        }

        @Override
        public Answer startInFuture(TimerError.StartInFuture error) {
          return error(400, "start_in_future", "לא ניתן להפעיל טיימר בזמן עתידי");
        }

        @Override
        public Answer endInFuture(TimerError.EndInFuture error) {
          return refused();
        }

        @Override
        public Answer endBeforeStart(TimerError.EndBeforeStart error) {
          return refused();
        }

        @Override
        public Answer startBeforeRunningTimer(TimerError.StartBeforeRunningTimer error) {
          return error(
              400, "start_before_running_timer", "שעת ההתחלה קודמת לטיימר הפעיל של המשתמש");
        }

        @Override
        public Answer overlappingTimer(TimerError.OverlappingTimer error) {
          return refused();
        }

        private Answer refused() {
          return error(400, "timer_refused", "פעולת הטיימר נדחתה");
        }
      };

  private static Answer error(int status, String code, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", code);
    body.put("message", message);
    return new Answer(status, body);
  }
}
