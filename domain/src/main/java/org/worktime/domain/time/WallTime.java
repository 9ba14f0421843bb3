package org.worktime.domain.time;

import io.vavr.control.Either;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.worktime.domain.ValueError;

/**
 * Resolves local wall times given without an offset (TimeClock style) in a named zone.
 *
 * <p>The rule, for every caller: a wall time inside a DST gap never happened and is refused with
 * {@link ValueError.NonexistentLocalTime}; a wall time inside a DST overlap happened twice and
 * takes the <em>earlier</em> offset, i.e. the first of the two instants (as {@code
 * ZonedDateTime.ofLocal} does by default).
 */
public final class WallTime {

  private WallTime() {}

  public static Either<ValueError, ZonedDateTime> resolve(LocalDateTime wallTime, ZoneId zone) {
    if (zone.getRules().getValidOffsets(wallTime).isEmpty()) {
      return Either.left(new ValueError.NonexistentLocalTime(wallTime, zone));
    }
    return Either.right(ZonedDateTime.ofLocal(wallTime, zone, null));
  }
}
