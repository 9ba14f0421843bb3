package org.worktime.adapters.rest.staffomatic;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.worktime.adapters.rest.http.Text;
import org.worktime.adapters.rest.http.Violation;

/**
 * {@code PUT /work_timers.json}: check-out {@code {timer_id, do: "stop", ends_at?, device_type?}};
 * the timer may also be named {@code id}.
 */
record CheckOut(
    @JsonProperty("timer_id") @JsonAlias("id") @NotNull @ShortNumber String timerId,
    @JsonProperty("do") @NotNull @Pattern(regexp = "stop", message = "must be stop") String action,
    @JsonProperty("ends_at")
        @Text(value = StaffomaticTimes.WithOffset.class, payload = Violation.Time.class)
        String endsAt,
    @JsonProperty("device_type") @Text(Punch.Device.class) String deviceType) {

  /** The same stop as {@code PUT /work_timers/{id}.json} makes. */
  WorkTimerChange stop() {
    return new WorkTimerChange(action, null, endsAt, null, deviceType);
  }
}
