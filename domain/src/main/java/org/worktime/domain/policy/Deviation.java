package org.worktime.domain.policy;

import java.time.Duration;
import java.time.LocalTime;

/** Where a day strays from a fixed schedule's limits; a report must then explain it. */
public sealed interface Deviation {

  /** Started later than the latest allowed start (Bitrix {@code UF_TM_MAX_START}). */
  record LateStart(LocalTime started, LocalTime latestStart) implements Deviation {}

  /** Finished before the earliest allowed finish (Bitrix {@code UF_TM_MIN_FINISH}). */
  record EarlyFinish(LocalTime finished, LocalTime earliestFinish) implements Deviation {}

  /** Worked less than the minimum (Bitrix {@code UF_TM_MIN_DURATION}). */
  record ShortDay(Duration worked, Duration minimum) implements Deviation {}
}
