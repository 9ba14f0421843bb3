package org.worktime.adapters.rest.staffomatic;

import io.vavr.control.Option;
import org.worktime.adapters.rest.http.NoteText;
import org.worktime.domain.text.Note;

/** {@code DELETE /break_timers/{id}.json}: the removal's {@code reason?} for the audit trail. */
record BreakRemoval(@NoteText String reason) {

  Option<Note> note() {
    return Option.of(reason).map(Note::new);
  }
}
