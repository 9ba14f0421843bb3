package org.worktime.domain.workday;

import io.vavr.control.Option;
import java.util.Objects;
import org.worktime.domain.place.Origin;
import org.worktime.domain.text.Note;

/** A request to end a workday: when, from where, with an optional note. */
public record Closing(Timing timing, Origin origin, Option<Note> note) {

  public Closing {
    Objects.requireNonNull(timing, "timing");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(note, "note");
  }
}
