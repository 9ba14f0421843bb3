package org.worktime.adapters.rest.management;

import static org.worktime.adapters.rest.management.TextForm.Form.EMAIL;
import static org.worktime.adapters.rest.management.TextForm.Form.ID;
import static org.worktime.adapters.rest.management.TextForm.Form.ZONE;

import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Pattern;
import org.worktime.adapters.rest.http.NoteText;

/**
 * {@code PATCH /api/v1/employees/{number}}: the fields to change, each optional. An employee read
 * and sent back may carry its {@code number}, {@code id} and {@code locationId}: they are named, so
 * that changing them is refused rather than ignored.
 */
record EmployeeChangesBody(
    @NoteText(max = Limits.EMAIL, blankAllowed = false) @TextForm(EMAIL) String email,
    @NoteText(max = Limits.TEXT, blankAllowed = false) String name,
    @TextForm(ZONE) String homeZone,
    @Pattern(regexp = Limits.ROLES, message = Limits.ROLE) String role,
    @TextForm(ID) String policyId,
    @Null(message = Limits.UNCHANGEABLE) Object number,
    @Null(message = Limits.UNCHANGEABLE) Object id,
    @Null(message = Limits.LOCATION_ELSEWHERE) Object locationId) {}
