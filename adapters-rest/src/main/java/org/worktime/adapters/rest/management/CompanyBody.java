package org.worktime.adapters.rest.management;

import jakarta.validation.constraints.NotNull;

/** {@code PUT /api/v1/company}: the company's account name, {@code {"slug": "acme"}}. */
record CompanyBody(@NotNull String slug) {}
