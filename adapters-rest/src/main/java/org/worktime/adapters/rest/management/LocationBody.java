package org.worktime.adapters.rest.management;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import org.worktime.adapters.rest.http.NoteText;

/** {@code POST /api/v1/locations} and {@code PATCH /api/v1/locations/{id}}: a location's name. */
record LocationBody(
    @NotNull @NoteText(max = Limits.TEXT, blankAllowed = false) String name,
    @Null(message = "cannot be given or changed") Object id) {}
