package org.worktime.domain.place;

/** The kind of device a punch came from, as TimeClock's {@code startSourceType} reports it. */
public enum SourceType {
  WEB,
  PHONE,
  TERMINAL,
  CLI,
  API
}
