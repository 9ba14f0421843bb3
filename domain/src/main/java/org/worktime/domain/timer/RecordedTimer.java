package org.worktime.domain.timer;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.TenantId;
import org.worktime.domain.id.TimerId;
import org.worktime.domain.time.Punch;

/**
 * A task timer recorded elsewhere (another tool's export, a backup of this store) that is brought
 * in at once, stopped or still running. {@link #rebuild} checks what starting and stopping would
 * have checked; whether it overlaps the owner's other timers is the caller's to check, since only
 * the store knows them.
 */
public record RecordedTimer(TimerDetails details, Punch start, Option<Punch> end) {

  public RecordedTimer {
    Objects.requireNonNull(details, "details");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
  }

  /** The timer in the state its record describes, or the first rule it breaks. */
  public Either<TimerError, TaskTimer> rebuild(
      TimerId id, TenantId tenant, EmployeeId owner, Instant now) {
    if (start.at().isAfter(now)) {
      return Either.left(new TimerError.StartInFuture(start.at(), now));
    }
    if (end.isEmpty()) {
      return Either.right(new RunningTimer(id, tenant, owner, details, start));
    }
    Punch stop = end.get();
    if (stop.at().isAfter(now)) {
      return Either.left(new TimerError.EndInFuture(stop.at(), now));
    }
    if (stop.at().isBefore(start.at())) {
      return Either.left(new TimerError.EndBeforeStart(start.at(), stop.at()));
    }
    return Either.right(new StoppedTimer(id, tenant, owner, details, start, stop));
  }
}
