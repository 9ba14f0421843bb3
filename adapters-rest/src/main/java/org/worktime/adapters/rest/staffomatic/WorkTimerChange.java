package org.worktime.adapters.rest.staffomatic;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Pattern;
import java.util.Map;
import org.worktime.adapters.rest.http.Coherent;
import org.worktime.adapters.rest.http.NoteText;
import org.worktime.adapters.rest.http.Text;
import org.worktime.adapters.rest.http.Violation;

/**
 * {@code PUT /work_timers/{id}.json}: {@code do: "stop"} with {@code ends_at?}, {@code do:
 * "verify"}, or without {@code do} a correction {@code {starts_at?, ends_at?, reason?}} that needs
 * at least one of the times.
 */
@Coherent
record WorkTimerChange(
    @JsonProperty("do")
        @Pattern(regexp = "stop|verify", message = "must be stop or verify, or absent")
        String action,
    @JsonProperty("starts_at")
        @Text(value = StaffomaticTimes.WithOffset.class, payload = Violation.Time.class)
        String startsAt,
    @JsonProperty("ends_at")
        @Text(value = StaffomaticTimes.WithOffset.class, payload = Violation.Time.class)
        String endsAt,
    @NoteText String reason,
    @JsonProperty("device_type") @Text(Punch.Device.class) String deviceType)
    implements Punch, Coherent.Fields {

  @Override
  public Map<String, String> incoherent() {
    if (action != null) {
      return Map.of();
    }
    if (startsAt == null && endsAt == null) {
      return Map.of("starts_at", "starts_at or ends_at is required without do");
    }
    return StaffomaticTimes.inOrder(startsAt, endsAt);
  }
}
