package org.worktime.adapters.rest.thebase;

import io.vavr.control.Option;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.worktime.adapters.rest.http.Text;
import org.worktime.domain.id.EmployeeId;

/**
 * {@code GET /v2/timer/open?owner=&limit=&offset=}: whose timers (a manager may name one employee),
 * and the page: {@code limit} from 1 (25 by default, at most 100), {@code offset} from 0.
 */
record OpenTimersQuery(
    @Text(Owner.class) String owner,
    @Pattern(regexp = COUNT, message = "must be a whole number from 1")
        @Min(value = 1, message = "must be a whole number from 1")
        String limit,
    @Pattern(regexp = COUNT, message = "must be a whole number from 0") String offset) {

  /** A count of at most nine digits: always an int. */
  static final String COUNT = "\\d{1,9}";

  static final int DEFAULT_LIMIT = 25;
  static final int MAXIMUM_LIMIT = 100;

  Option<EmployeeId> ownerId() {
    return Option.of(owner).map(Owner::of);
  }

  /** A limit above the maximum is lowered to it, and the answer says so in its {@code limit}. */
  int pageSize() {
    return Option.of(limit)
        .map(Integer::parseInt)
        .map(given -> Math.min(given, MAXIMUM_LIMIT))
        .getOrElse(DEFAULT_LIMIT);
  }

  int from() {
    return Option.of(offset).map(Integer::parseInt).getOrElse(0);
  }
}
