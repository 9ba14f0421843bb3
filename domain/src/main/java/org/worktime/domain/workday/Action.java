package org.worktime.domain.workday;

/** What was asked of a workday; errors name it so that a refusal says what was refused. */
public enum Action {
  OPEN,
  PAUSE,
  RESUME,
  CLOSE,
  ADD_BREAK,
  EDIT_BREAK,
  REMOVE_BREAK,
  CORRECT,
  VERIFY,
  APPROVE,
  REOPEN,
  /** A finished day given at once, by its start and end (Staffomatic's finished work timer). */
  RECORD
}
