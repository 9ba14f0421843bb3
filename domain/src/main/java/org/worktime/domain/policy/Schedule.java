package org.worktime.domain.policy;

import java.time.DayOfWeek;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** How an employee's hours are laid out: freely, or in fixed shifts per weekday. */
public sealed interface Schedule {

  /**
   * Flexible hours (Bitrix {@code UF_TM_FREE}): no shift, no report for manual times. An unclosed
   * day expires at local midnight {@code expiresAfterDays} days after its start date: 1 is the
   * classic rule, 2 what the vendor's newest code does.
   */
  record FlexibleHours(int expiresAfterDays) implements Schedule {
    public FlexibleHours {
      if (expiresAfterDays < 1) {
        throw new IllegalArgumentException("a day expires at the earliest one day after it starts");
      }
    }
  }

  /** Fixed shifts by weekday; a weekday without a shift is a day off. */
  record FixedShifts(Map<DayOfWeek, Shift> shifts) implements Schedule {
    public FixedShifts {
      shifts = Map.copyOf(Objects.requireNonNull(shifts, "shifts"));
      if (shifts.isEmpty()) {
        throw new IllegalArgumentException("fixed shifts need at least one working weekday");
      }
    }

    public Optional<Shift> on(DayOfWeek day) {
      return Optional.ofNullable(shifts.get(day));
    }
  }
}
