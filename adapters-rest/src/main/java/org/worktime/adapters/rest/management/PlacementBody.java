package org.worktime.adapters.rest.management;

import jakarta.validation.constraints.NotNull;
import org.worktime.adapters.rest.http.Text;

/** {@code PUT /api/v1/employees/{number}/location}: where the employee works. */
record PlacementBody(@NotNull @Text(Forms.Uuid.class) String locationId) {}
