package org.worktime.adapters.rest.management;

import static org.worktime.adapters.rest.management.TextForm.Form.DURATION;
import static org.worktime.adapters.rest.management.TextForm.Form.ID;
import static org.worktime.adapters.rest.management.TextForm.Form.WALL_TIME;
import static org.worktime.adapters.rest.management.TextForm.Form.WEEKDAY;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Pattern;
import java.util.Map;

/**
 * {@code POST /api/v1/policies} and {@code PUT /api/v1/policies/{id}}: a whole schedule policy (see
 * {@link PolicyJson}). The {@code id} may come back with a policy read and sent again; a new policy
 * has none.
 */
record PolicyBody(
    @NotNull @Valid Schedule schedule,
    @TextForm(WALL_TIME) String latestStart,
    @TextForm(WALL_TIME) String earliestFinish,
    @TextForm(DURATION) String minimumDuration,
    @TextForm(DURATION) String allowedDelta,
    Boolean reopenAllowed,
    @TextForm(ID) @Null(groups = PolicyBody.New.class, message = "is chosen by the server")
        String id) {

  static final int MAXIMUM_EXPIRY_DAYS = 31;

  /** The checks of a new policy, besides the default ones. */
  interface New {}

  /** Flexible hours that expire after some days, or fixed shifts by weekday. */
  @ScheduleShape
  record Schedule(
      @NotNull @Pattern(regexp = "flexible|fixed", message = "must be flexible or fixed")
          String type,
      @Min(value = 1, message = Limits.POSITIVE)
          @Max(value = MAXIMUM_EXPIRY_DAYS, message = "must be at most {value}")
          Integer expiresAfterDays,
      Map<@TextForm(WEEKDAY) String, @NotNull @Valid Shift> shifts) {

    boolean fixed() {
      return "fixed".equals(type);
    }
  }

  /** One weekday's shift: wall times, and the break planned within it. */
  record Shift(
      @NotNull @TextForm(WALL_TIME) String start,
      @NotNull @TextForm(WALL_TIME) String end,
      @TextForm(DURATION) String plannedBreak) {}
}
