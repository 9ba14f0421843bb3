package org.worktime.domain.place;

/** Where the work happened, as TimeClock's {@code locationType} reports it. */
public enum LocationType {
  OFFICE,
  HOME,
  CUSTOMER_SITE,
  ON_THE_ROAD
}
