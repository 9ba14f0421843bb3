package org.worktime.adapters.cli.transfer;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One thing an export file holds, in the words of the file rather than of the engine: times as the
 * file wrote them, texts not yet checked. {@link Importer} turns them into the engine's records;
 * every format reads into and writes from these.
 */
public sealed interface Entry {

  /**
   * Where in the file the entry starts, for messages: {@code line 14} or {@code line 3, column 5}.
   */
  String position();

  /** An employee, who owns the days and timers that follow; only the number is required. */
  record EmployeeEntry(
      long number,
      Option<String> name,
      Option<String> email,
      Option<String> role,
      Option<ZoneId> zone,
      String position)
      implements Entry {
    public EmployeeEntry {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(email, "email");
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(zone, "zone");
      Objects.requireNonNull(position, "position");
    }
  }

  /** A break of a day; one without an end is the running break of a day that still runs. */
  record BreakEntry(OffsetDateTime start, Option<OffsetDateTime> end) {
    public BreakEntry {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
    }
  }

  /** A workday: without an end it still runs. */
  record DayEntry(
      long employee,
      ZoneId zone,
      OffsetDateTime start,
      Option<OffsetDateTime> end,
      List<BreakEntry> breaks,
      String source,
      String approval,
      Option<String> note,
      Option<String> endNote,
      String position)
      implements Entry {
    public DayEntry {
      Objects.requireNonNull(zone, "zone");
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      Objects.requireNonNull(breaks, "breaks");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(approval, "approval");
      Objects.requireNonNull(note, "note");
      Objects.requireNonNull(endNote, "endNote");
      Objects.requireNonNull(position, "position");
    }
  }

  /** A task timer: without an end it still runs. */
  record TimerEntry(
      long owner,
      ZoneId zone,
      OffsetDateTime start,
      Option<OffsetDateTime> end,
      String source,
      Option<String> account,
      Option<String> name,
      Option<String> externalId,
      Option<String> comment,
      String position)
      implements Entry {
    public TimerEntry {
      Objects.requireNonNull(zone, "zone");
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(account, "account");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(externalId, "externalId");
      Objects.requireNonNull(comment, "comment");
      Objects.requireNonNull(position, "position");
    }
  }
}
