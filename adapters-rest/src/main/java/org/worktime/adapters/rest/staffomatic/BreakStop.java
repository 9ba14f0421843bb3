package org.worktime.adapters.rest.staffomatic;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.worktime.adapters.rest.http.Coherent;
import org.worktime.adapters.rest.http.Text;
import org.worktime.adapters.rest.http.Violation;

/**
 * {@code PUT /break_timers.json}: {@code {work_timer_id, do: "stop", ends_at?}} stops the day's
 * running break. The seed's last example writes {@code "do": "start"} with {@code ends_at}: a
 * documentation error whose intent is stop, so {@code start} with {@code ends_at} stops too.
 */
@Coherent
record BreakStop(
    @JsonProperty("work_timer_id") @NotNull @ShortNumber String workTimerId,
    @JsonProperty("do") String action,
    @JsonProperty("ends_at")
        @Text(value = StaffomaticTimes.WithOffset.class, payload = Violation.Time.class)
        String endsAt,
    @JsonProperty("device_type") @Text(Punch.Device.class) String deviceType)
    implements Punch, Coherent.Fields {

  @Override
  public Map<String, String> incoherent() {
    boolean stop = "stop".equals(action) || ("start".equals(action) && endsAt != null);
    return stop ? Map.of() : Map.of("do", "must be stop");
  }
}
