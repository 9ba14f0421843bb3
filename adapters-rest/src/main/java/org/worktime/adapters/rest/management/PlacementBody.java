package org.worktime.adapters.rest.management;

import jakarta.validation.constraints.NotNull;

/** {@code PUT /api/v1/employees/{number}/location}: where the employee works. */
record PlacementBody(@NotNull @TextForm(TextForm.Form.ID) String locationId) {}
