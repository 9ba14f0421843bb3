package org.worktime.domain.workday;

import java.time.Instant;
import java.util.Objects;
import org.worktime.domain.id.EmployeeId;

/** A manager's mark that a closed day is checked (Staffomatic's {@code verified} state). */
public record Verification(EmployeeId by, Instant at) {
  public Verification {
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(at, "at");
  }
}
