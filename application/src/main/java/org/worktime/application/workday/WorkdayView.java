package org.worktime.application.workday;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.worktime.domain.policy.SchedulePolicy;
import org.worktime.domain.workday.Workday;
import org.worktime.domain.workday.WorkdayStatus;

/**
 * A workday as the dialects show it at one instant: the day, its derived status (expiry included),
 * when it expires and the suggested close time (Bitrix {@code TIME_FINISH_DEFAULT}).
 */
public record WorkdayView(
    Workday workday,
    WorkdayStatus status,
    Instant asOf,
    Instant expiresAt,
    Instant suggestedClose) {

  public WorkdayView {
    Objects.requireNonNull(workday, "workday");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(suggestedClose, "suggestedClose");
  }

  /** From start to end, or to {@link #asOf} while the day runs. */
  public Duration elapsed() {
    return workday.elapsedAt(asOf);
  }

  /** All breaks, a running one up to {@link #asOf} (Bitrix {@code TIME_LEAKS}). */
  public Duration breakTime() {
    return workday.breakTimeAt(asOf);
  }

  /** Elapsed minus breaks, never negative. */
  public Duration netWorked() {
    return workday.netWorkedAt(asOf);
  }

  public static WorkdayView of(Workday day, SchedulePolicy policy, Instant asOf) {
    return new WorkdayView(
        day,
        day.statusAt(asOf, policy),
        asOf,
        policy.expiresAt(day.start()),
        policy.suggestedClose(day.start()));
  }
}
