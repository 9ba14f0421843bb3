package org.worktime.domain.planted;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;

/** Not a violation: reading time from an injected clock is the allowed way. */
public final class DomainWithAnInjectedClock {
  private final Clock clock;

  public DomainWithAnInjectedClock(Clock clock) {
    this.clock = clock;
  }

  public Object[] readings() {
    return new Object[] {Instant.now(clock), ZonedDateTime.now(clock), clock.instant()};
  }
}
