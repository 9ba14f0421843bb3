package org.worktime.domain.timer;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.ZoneId;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.Id;
import org.worktime.domain.id.TenantId;
import org.worktime.domain.id.TimerId;
import org.worktime.domain.place.Origin;
import org.worktime.domain.place.SourceType;
import org.worktime.domain.time.Punch;

/** Timers, owners and punches that the example tests share; ids are small so failures read well. */
final class TimerFixtures {

  static final TenantId TENANT = TenantId.of(new Id(0, 1));
  static final EmployeeId OWNER = EmployeeId.of(new Id(1, 1));
  static final EmployeeId COLLEAGUE = EmployeeId.of(new Id(1, 2));
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final Origin WEB = Origin.of(SourceType.WEB);

  /** The instant of TheBase's example, {@code 2021-09-22T16:33:08Z}. */
  static final Instant NOW = Instant.parse("2021-09-22T16:33:08Z");

  private TimerFixtures() {}

  static TimerId timerId(long number) {
    return TimerId.of(new Id(2, number));
  }

  static StartTimer startNow(TimerId id) {
    return new StartTimer(id, TENANT, OWNER, TimerDetails.none(), Option.none(), BERLIN, WEB);
  }

  static StartTimer startAt(TimerId id, Instant startTime) {
    return new StartTimer(
        id, TENANT, OWNER, TimerDetails.none(), Option.some(startTime), BERLIN, WEB);
  }

  static Punch punchAt(Instant at) {
    return Punch.live(at, BERLIN, WEB);
  }

  static RunningTimer runningSince(TimerId id, Instant start) {
    return new RunningTimer(id, TENANT, OWNER, TimerDetails.none(), punchAt(start));
  }

  static StoppedTimer stoppedBetween(TimerId id, Instant start, Instant end) {
    return new StoppedTimer(id, TENANT, OWNER, TimerDetails.none(), punchAt(start), punchAt(end));
  }

  /**
   * The right side of a result the test expects to be legal; fails loudly with the error if not.
   */
  static <T> T legal(Either<TimerError, T> result) {
    return result.getOrElseThrow(error -> new AssertionError(error.describe()));
  }

  /** The error of a result the test expects to be refused. */
  static <T> TimerError refused(Either<TimerError, T> result) {
    if (result.isRight()) {
      throw new AssertionError("expected a refusal, got " + result.get());
    }
    return result.getLeft();
  }
}
