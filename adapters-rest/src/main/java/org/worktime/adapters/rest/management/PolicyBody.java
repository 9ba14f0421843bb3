package org.worktime.adapters.rest.management;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Pattern;
import java.util.LinkedHashMap;
import java.util.Map;
import org.worktime.adapters.rest.http.Coherent;
import org.worktime.adapters.rest.http.Text;
import org.worktime.adapters.rest.http.Violation;

/**
 * {@code POST /api/v1/policies} and {@code PUT /api/v1/policies/{id}}: a whole schedule policy (see
 * {@link PolicyJson}). The {@code id} may come back with a policy read and sent again; a new policy
 * has none.
 */
record PolicyBody(
    @NotNull @Valid Schedule schedule,
    @Text(Forms.WallTime.class) String latestStart,
    @Text(Forms.WallTime.class) String earliestFinish,
    @Text(Forms.Span.class) String minimumDuration,
    @Text(Forms.Span.class) String allowedDelta,
    Boolean reopenAllowed,
    @Text(Forms.Uuid.class)
        @Null(groups = PolicyBody.New.class, message = "is chosen by the server")
        String id) {

  static final int MAXIMUM_EXPIRY_DAYS = 31;

  /** The checks of a new policy, besides the default ones. */
  interface New {}

  /**
   * Flexible hours that expire after some days, or fixed shifts by weekday. A schedule carries the
   * fields of its type only: a field of the other type is named, not ignored.
   */
  @Coherent
  record Schedule(
      @NotNull @Pattern(regexp = "flexible|fixed", message = "must be flexible or fixed")
          String type,
      @Min(value = 1, message = Limits.POSITIVE)
          @Max(value = MAXIMUM_EXPIRY_DAYS, message = "must be at most {value}")
          Integer expiresAfterDays,
      Map<@Text(Forms.Weekday.class) String, @NotNull @Valid Shift> shifts)
      implements Coherent.Fields {

    boolean fixed() {
      return "fixed".equals(type);
    }

    @Override
    public Map<String, String> incoherent() {
      Map<String, String> incoherent = new LinkedHashMap<>();
      if (fixed()) {
        if (expiresAfterDays != null) {
          incoherent.put("expiresAfterDays", "is not a field of a fixed schedule");
        }
        if (shifts == null) {
          incoherent.put("shifts", Violation.REQUIRED);
        } else if (shifts.isEmpty()) {
          incoherent.put("shifts", "needs at least one working weekday");
        }
      } else if ("flexible".equals(type) && shifts != null) {
        incoherent.put("shifts", "is not a field of a flexible schedule");
      }
      return incoherent;
    }
  }

  /** One weekday's shift: wall times, and the break planned within it. */
  record Shift(
      @NotNull @Text(Forms.WallTime.class) String start,
      @NotNull @Text(Forms.WallTime.class) String end,
      @Text(Forms.Span.class) String plannedBreak) {}
}
