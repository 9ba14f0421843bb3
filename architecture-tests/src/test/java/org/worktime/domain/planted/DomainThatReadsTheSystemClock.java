package org.worktime.domain.planted;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Planted violation: every way the core is forbidden to read the system clock. */
public final class DomainThatReadsTheSystemClock {
  public Object[] readings() {
    return new Object[] {
      Instant.now(),
      LocalDate.now(),
      LocalDateTime.now(),
      ZonedDateTime.now(ZoneId.of("Asia/Jerusalem")),
      OffsetDateTime.now(),
      System.currentTimeMillis(),
      Clock.systemUTC(),
      Clock.systemDefaultZone()
    };
  }
}
