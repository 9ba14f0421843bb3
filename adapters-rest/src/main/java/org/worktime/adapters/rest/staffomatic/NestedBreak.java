package org.worktime.adapters.rest.staffomatic;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Pattern;
import java.util.Map;
import org.worktime.adapters.rest.http.Coherent;
import org.worktime.adapters.rest.http.Text;
import org.worktime.adapters.rest.http.Violation;

/**
 * {@code POST /work_timers/{id}/break_timers.json}, the form staffomatic.rb sends ({@code
 * create_break_timer}): the work timer is the path's. {@code {do: "start", starts_at?}}, or no body
 * at all, starts a break; {@code {starts_at, ends_at}} records a finished one.
 */
@Coherent
record NestedBreak(
    @JsonProperty("do") @Pattern(regexp = "start", message = "must be start, or absent")
        String action,
    @JsonProperty("starts_at")
        @Text(value = StaffomaticTimes.WithOffset.class, payload = Violation.Time.class)
        String startsAt,
    @JsonProperty("ends_at")
        @Text(value = StaffomaticTimes.WithOffset.class, payload = Violation.Time.class)
        String endsAt,
    @JsonProperty("device_type") @Text(Punch.Device.class) String deviceType)
    implements Coherent.Fields {

  /** The same break as {@code POST /break_timers.json} with the path's work timer. */
  NewBreak on(String workTimerId) {
    boolean finished = action == null && endsAt != null;
    return new NewBreak(workTimerId, finished ? null : "start", startsAt, endsAt, deviceType);
  }

  @Override
  public Map<String, String> incoherent() {
    if (action != null && endsAt != null) {
      return Map.of(
          "ends_at", "a break that starts has no ends_at yet; leave out do to record one");
    }
    if (action == null && endsAt != null && startsAt == null) {
      return Map.of("starts_at", Violation.REQUIRED);
    }
    return StaffomaticTimes.inOrder(startsAt, endsAt);
  }
}
