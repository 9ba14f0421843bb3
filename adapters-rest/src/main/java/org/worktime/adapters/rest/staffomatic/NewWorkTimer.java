package org.worktime.adapters.rest.staffomatic;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Pattern;
import java.util.LinkedHashMap;
import java.util.Map;
import org.worktime.adapters.rest.http.Coherent;
import org.worktime.adapters.rest.http.NoteText;
import org.worktime.adapters.rest.http.Text;
import org.worktime.adapters.rest.http.Violation;

/**
 * {@code POST /work_timers.json}: check-in {@code {user_id?, do: "start", starts_at?,
 * device_type?}}; without {@code do}, {@code {user_id?, starts_at, ends_at, reason?, device_type?}}
 * records a finished work timer, as the vendor's "Create work_timer" shows.
 */
@Coherent
record NewWorkTimer(
    @JsonProperty("user_id") @ShortNumber String userId,
    @JsonProperty("do") @Pattern(regexp = "start", message = "must be start, or absent")
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

  /** A check-in; {@code ends_at} and {@code reason} are then not read, as before they existed. */
  boolean starts() {
    return action != null;
  }

  @Override
  public Map<String, String> incoherent() {
    if (starts()) {
      return Map.of();
    }
    if (startsAt == null && endsAt == null) {
      return Map.of("do", "is required, or starts_at and ends_at for a finished work_timer");
    }
    Map<String, String> incoherent = new LinkedHashMap<>();
    if (startsAt == null) {
      incoherent.put("starts_at", "is required with ends_at, or do: start");
    }
    if (endsAt == null) {
      incoherent.put("ends_at", "is required with starts_at, or do: start");
    }
    incoherent.putAll(StaffomaticTimes.inOrder(startsAt, endsAt));
    return incoherent;
  }
}
