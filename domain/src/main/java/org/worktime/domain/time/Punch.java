package org.worktime.domain.time;

import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.worktime.domain.place.Origin;
import org.worktime.domain.text.Note;

/**
 * One end of a recorded stretch: the instant and the zone it was recorded in, when the device sent
 * it (an offline terminal sends late; both are kept and reported), where it came from, and the note
 * given with it.
 */
public record Punch(Instant at, ZoneId zone, Instant sentAt, Origin origin, Option<Note> note) {

  public Punch {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(sentAt, "sentAt");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(note, "note");
  }

  /** A punch recorded as it happened: sent at the same instant, without a note. */
  public static Punch live(Instant at, ZoneId zone, Origin origin) {
    return new Punch(at, zone, at, origin, Option.none());
  }

  public ZonedDateTime local() {
    return at.atZone(zone);
  }

  public LocalDate localDate() {
    return local().toLocalDate();
  }

  public Punch withAt(Instant instant) {
    return new Punch(instant, zone, sentAt, origin, note);
  }

  public Punch withZone(ZoneId other) {
    return new Punch(at, other, sentAt, origin, note);
  }

  public Punch withNote(Option<Note> other) {
    return new Punch(at, zone, sentAt, origin, other);
  }

  public Punch withSentAt(Instant instant) {
    return new Punch(at, zone, instant, origin, note);
  }
}
