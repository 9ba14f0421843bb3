package org.worktime.adapters.rest.management;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Positive;
import org.worktime.adapters.rest.http.NoteText;
import org.worktime.adapters.rest.http.Text;

/**
 * {@code POST /api/v1/keys} and {@code POST /api/v1/oauth-clients}: whom the key acts as (an
 * employee's number), its label and, for an API key, how long it lasts; a client lasts until
 * revoked.
 */
record KeyBody(
    @NotNull @Positive(message = Limits.POSITIVE) Long employee,
    @NotNull @NoteText(max = Limits.TEXT, blankAllowed = false) String label,
    @Text(Forms.Validity.class)
        @Null(
            groups = KeyBody.Client.class,
            message = "is not a field of an OAuth client or a webhook")
        String validity) {

  /** The checks of an OAuth client's registration, besides the default ones. */
  interface Client {}
}
