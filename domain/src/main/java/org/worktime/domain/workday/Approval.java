package org.worktime.domain.workday;

/**
 * Whether a day's recorded times are confirmed. A manual time far from the moment it was given, or
 * an employee's own correction, waits for a manager (Bitrix {@code ACTIVE: false}).
 */
public enum Approval {
  APPROVED,
  PENDING
}
