package org.worktime.adapters.rest.staffomatic;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Pattern;
import org.worktime.adapters.rest.http.NoteText;

/**
 * {@code PUT /break_timers/{id}.json}: {@code do: "stop"} with {@code ends_at?} stops the running
 * break; without {@code do}, new {@code starts_at}/{@code ends_at} move a finished one, with a
 * {@code reason?} for the audit trail.
 */
record BreakChange(
    @JsonProperty("do") @Pattern(regexp = "stop", message = "must be stop, or absent")
        String action,
    @JsonProperty("starts_at") @OffsetTime String startsAt,
    @JsonProperty("ends_at") @OffsetTime String endsAt,
    @NoteText String reason,
    @JsonProperty("device_type") @DeviceType String deviceType)
    implements Punch {}
