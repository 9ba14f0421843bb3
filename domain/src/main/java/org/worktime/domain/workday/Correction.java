package org.worktime.domain.workday;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.worktime.domain.text.Note;

/**
 * A correction of a day's start and/or end, always with a reason. Whether it waits for a manager is
 * the application's decision (an employee's own correction does, a manager's does not).
 */
public record Correction(
    Option<Instant> newStart, Option<Instant> newEnd, Note reason, Approval approval) {

  public Correction {
    Objects.requireNonNull(newStart, "newStart");
    Objects.requireNonNull(newEnd, "newEnd");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(approval, "approval");
  }
}
