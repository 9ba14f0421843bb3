package org.worktime.adapters.rest.management;

import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Pattern;
import org.worktime.adapters.rest.http.NoteText;
import org.worktime.adapters.rest.http.Text;

/**
 * {@code PATCH /api/v1/employees/{number}}: the fields to change, each optional. An employee read
 * and sent back may carry its {@code number}, {@code id} and {@code locationId}: they are named, so
 * that changing them is refused rather than ignored.
 */
record EmployeeChangesBody(
    @NoteText(max = Limits.EMAIL, blankAllowed = false) @Text(Forms.Email.class) String email,
    @NoteText(max = Limits.TEXT, blankAllowed = false) String name,
    @Text(Forms.Zone.class) String homeZone,
    @Pattern(regexp = Limits.ROLES, message = Limits.ROLE) String role,
    @Text(Forms.Uuid.class) String policyId,
    @Null(message = Limits.UNCHANGEABLE) Object number,
    @Null(message = Limits.UNCHANGEABLE) Object id,
    @Null(message = Limits.LOCATION_ELSEWHERE) Object locationId) {}
