package org.worktime.adapters.rest.staffomatic;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** {@code POST /work_timers.json}: {@code {user_id?, do: "start", starts_at?, device_type?}}. */
record CheckIn(
    @JsonProperty("user_id") @ShortNumber String userId,
    @JsonProperty("do") @NotNull @Pattern(regexp = "start", message = "must be start")
        String action,
    @JsonProperty("starts_at") @OffsetTime String startsAt,
    @JsonProperty("device_type") @DeviceType String deviceType)
    implements Punch {}
