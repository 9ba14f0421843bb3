package org.worktime.application;

/** Which door a request came through; recorded in the audit log. */
public enum Channel {
  THEBASE,
  STAFFOMATIC,
  BITRIX,
  TIMECLOCK,
  MANAGEMENT,
  CLI,
  EMBEDDED
}
