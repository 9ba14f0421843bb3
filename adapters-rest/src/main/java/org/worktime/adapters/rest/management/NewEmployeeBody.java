package org.worktime.adapters.rest.management;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import org.worktime.adapters.rest.http.NoteText;
import org.worktime.adapters.rest.http.Text;

/**
 * {@code POST /api/v1/employees}: a new employee. The number is chosen by the server unless given;
 * the role defaults to employee; the location is set by its own call.
 */
record NewEmployeeBody(
    @Positive(message = Limits.POSITIVE) Long number,
    @NotNull @NoteText(max = Limits.EMAIL, blankAllowed = false) @Text(Forms.Email.class)
        String email,
    @NotNull @NoteText(max = Limits.TEXT, blankAllowed = false) String name,
    @NotNull @Text(Forms.Zone.class) String homeZone,
    @Pattern(regexp = Limits.ROLES, message = Limits.ROLE) String role,
    @Text(Forms.Uuid.class) String policyId,
    @Null(message = Limits.LOCATION_ELSEWHERE) Object locationId) {}
