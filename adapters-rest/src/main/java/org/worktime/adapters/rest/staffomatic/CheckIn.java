package org.worktime.adapters.rest.staffomatic;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.worktime.adapters.rest.http.Text;
import org.worktime.adapters.rest.http.Violation;

/** {@code POST /work_timers.json}: {@code {user_id?, do: "start", starts_at?, device_type?}}. */
record CheckIn(
    @JsonProperty("user_id") @ShortNumber String userId,
    @JsonProperty("do") @NotNull @Pattern(regexp = "start", message = "must be start")
        String action,
    @JsonProperty("starts_at")
        @Text(value = StaffomaticTimes.WithOffset.class, payload = Violation.Time.class)
        String startsAt,
    @JsonProperty("device_type") @Text(Punch.Device.class) String deviceType)
    implements Punch {}
