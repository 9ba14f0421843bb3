package org.worktime.adapters.rest.staffomatic;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Pattern;
import org.worktime.adapters.rest.http.NoteText;
import org.worktime.adapters.rest.http.Text;
import org.worktime.adapters.rest.http.Violation;

/**
 * {@code PUT /break_timers/{id}.json}: {@code do: "stop"} with {@code ends_at?} stops the running
 * break; without {@code do}, new {@code starts_at}/{@code ends_at} move a finished one, with a
 * {@code reason?} for the audit trail.
 */
record BreakChange(
    @JsonProperty("do") @Pattern(regexp = "stop", message = "must be stop, or absent")
        String action,
    @JsonProperty("starts_at")
        @Text(value = StaffomaticTimes.WithOffset.class, payload = Violation.Time.class)
        String startsAt,
    @JsonProperty("ends_at")
        @Text(value = StaffomaticTimes.WithOffset.class, payload = Violation.Time.class)
        String endsAt,
    @NoteText String reason,
    @JsonProperty("device_type") @Text(Punch.Device.class) String deviceType)
    implements Punch {}
