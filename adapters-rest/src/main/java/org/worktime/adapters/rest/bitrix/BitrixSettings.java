package org.worktime.adapters.rest.bitrix;

import io.vavr.control.Option;
import java.util.LinkedHashMap;
import java.util.Map;
import org.worktime.domain.policy.SchedulePolicy;

/**
 * {@code timeman.settings}: the employee's schedule policy in Bitrix's fields. A limit the policy
 * does not set (latest start, earliest finish, minimum duration) is answered as {@code 00:00:00},
 * which Bitrix clients read as "no limit".
 */
final class BitrixSettings {

  static final String NO_LIMIT = "00:00:00";

  private BitrixSettings() {}

  /**
   * @param admin for the caller's own settings, whether they may manage others' workdays ({@code
   *     ADMIN}); Bitrix answers it for the current user only
   */
  static Map<String, Object> of(SchedulePolicy policy, Option<Boolean> admin) {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("UF_TIMEMAN", true);
    settings.put("UF_TM_FREE", policy.hoursAreFlexible());
    settings.put("UF_TM_MAX_START", policy.latestStart().map(BitrixTimes::hms).getOrElse(NO_LIMIT));
    settings.put(
        "UF_TM_MIN_FINISH", policy.earliestFinish().map(BitrixTimes::hms).getOrElse(NO_LIMIT));
    settings.put(
        "UF_TM_MIN_DURATION", policy.minimumDuration().map(BitrixTimes::hms).getOrElse(NO_LIMIT));
    settings.put("UF_TM_ALLOWED_DELTA", BitrixTimes.hms(policy.allowedDelta()));
    admin.forEach(may -> settings.put("ADMIN", may));
    return settings;
  }
}
