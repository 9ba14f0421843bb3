package org.worktime.adapters.rest.staffomatic;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.LinkedHashMap;
import java.util.Map;
import org.worktime.adapters.rest.http.Coherent;
import org.worktime.adapters.rest.http.Text;
import org.worktime.adapters.rest.http.Violation;

/**
 * {@code POST /break_timers.json}: {@code {work_timer_id, do: "start", starts_at?}} starts a break;
 * without {@code do}, {@code {work_timer_id, starts_at, ends_at}} records a finished one.
 */
@Coherent
record NewBreak(
    @JsonProperty("work_timer_id") @NotNull @ShortNumber String workTimerId,
    @JsonProperty("do") @Pattern(regexp = "start", message = "must be start, or absent")
        String action,
    @JsonProperty("starts_at")
        @Text(value = StaffomaticTimes.WithOffset.class, payload = Violation.Time.class)
        String startsAt,
    @JsonProperty("ends_at")
        @Text(value = StaffomaticTimes.WithOffset.class, payload = Violation.Time.class)
        String endsAt,
    @JsonProperty("device_type") @Text(Punch.Device.class) String deviceType)
    implements Punch, Coherent.Fields {

  boolean starts() {
    return action != null;
  }

  @Override
  public Map<String, String> incoherent() {
    if (starts()) {
      return Map.of();
    }
    Map<String, String> incoherent = new LinkedHashMap<>();
    if (startsAt == null) {
      incoherent.put("starts_at", Violation.REQUIRED);
    }
    if (endsAt == null) {
      incoherent.put("ends_at", Violation.REQUIRED);
    }
    incoherent.putAll(StaffomaticTimes.inOrder(startsAt, endsAt));
    return incoherent;
  }
}
