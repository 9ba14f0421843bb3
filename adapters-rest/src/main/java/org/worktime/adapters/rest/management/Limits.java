package org.worktime.adapters.rest.management;

/** The management API's limits and the messages its DTOs share, in one place. */
final class Limits {

  /** Names, labels: text a person wrote, in code points. */
  static final int TEXT = 200;

  /** RFC 5321's longest address. */
  static final int EMAIL = 254;

  static final String POSITIVE = "must be a whole number from 1 up";
  static final String ROLES = "employee|manager|admin";
  static final String ROLE = "must be one of employee, manager, admin";
  static final String UNCHANGEABLE = "cannot be changed";

  /** Braces escaped: a message is a template, and {number} is not one of its parameters. */
  static final String LOCATION_ELSEWHERE = "is set by PUT /api/v1/employees/\\{number\\}/location";

  private Limits() {}
}
